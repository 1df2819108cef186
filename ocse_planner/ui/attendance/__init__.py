"""The Attendance tab: imports, figures and charts, sectors, surveys, the attendee list."""
