"""File-parsing layer of the attendance importer (pure Python: no Qt, no database).

Organisers receive registration/attendance reports after each webinar from
Zoom, Microsoft Teams or Eventbrite, or fill in our own template.  This
package turns any of them into a list of validated :class:`AttendeeRow`
(one per person) plus a list of :class:`Problem` for the rows it could not
accept, so that a later layer can store them and a UI can show what to fix.

Typical use::

    try:
        report = parse_attendance_file(path, progress=bar.update, cancel=bar.cancelled)
    except UnknownLayoutError as exc:
        mapping = ask_user(exc.headers)            # {logical_field: source_header}
        settings[header_signature(exc.headers)] = mapping
        report = parse_attendance_file(path, mapping=mapping)
    except ImportFileError as exc:
        show_error(str(exc))                       # names the file, plain words

See :mod:`.layouts` for the recognised exports and :mod:`.template` for our
template's format.
"""

from .errors import ImportCancelled, ImportFileError, UnknownLayoutError
from .headers import header_signature
from .layouts import MAPPABLE_FIELDS
from .models import AttendeeRow, ParsedReport, Problem
from .parser import gc_paused, parse_attendance_file
from .template import TEMPLATE_HEADERS, write_template_csv

__all__ = [
    "gc_paused",
    "AttendeeRow",
    "ImportCancelled",
    "ImportFileError",
    "MAPPABLE_FIELDS",
    "ParsedReport",
    "Problem",
    "TEMPLATE_HEADERS",
    "UnknownLayoutError",
    "header_signature",
    "parse_attendance_file",
    "write_template_csv",
]
