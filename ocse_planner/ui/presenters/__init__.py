"""The Presenters tab: people, availability, the timetable, bookings, conflicts, follow-ups."""
