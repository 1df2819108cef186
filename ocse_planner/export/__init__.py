"""Files out: agenda and attendee-summary workbooks, the report, directories, calendars.

No Qt here: the GUI and the CLI both call these writers, which read through services and
write through `atomic.write_atomically` so a failed export never leaves a broken file.
"""
