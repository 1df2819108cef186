"""Files that leave the app (calendars, agendas, reports); plain Python, no Qt."""
