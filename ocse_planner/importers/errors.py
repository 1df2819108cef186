"""Exceptions raised by the attendance importer.

Only *whole-file* failures are exceptions.  A bad row never raises: it becomes
a :class:`~ocse_planner.importers.models.Problem` so an organiser can fix a
spreadsheet with a full list of what is wrong instead of one error at a time.

Every message names the file and says in plain words what is wrong, because
it is shown as-is in a dialog to people who are not developers. The reasons are
templates (services/errors.py), so they can be translated.
"""

from __future__ import annotations

from pathlib import Path

from ocse_planner.services.errors import N_, Cancelled, FileError


class ImportFileError(FileError):
    """The file as a whole cannot be imported (empty, not a report, damaged, too big...).

    ``file`` is the path as given; the template is the reason, the sentence after the
    file name, so a UI can lay the two out separately if it wants to.
    """

    frame = N_('"{name}" {reason}')

    def __init__(self, file: str | Path, template: str, /, **arguments: object) -> None:
        super().__init__(file, template, **arguments)
        self.file = str(file)


class UnknownLayoutError(ImportFileError):
    """The columns were not recognised as any known report layout.

    The UI is expected to show ``headers`` in a column-mapping dialog and call
    :func:`~ocse_planner.importers.parse_attendance_file` again with
    ``mapping={logical_field: source_header}``.  ``header_row`` is the 1-based
    row where those headers were found, so the dialog can say where it looked.
    """

    def __init__(self, file: str | Path, template: str, /, headers: list[str] | None = None,
                 header_row: int | None = None, **arguments: object) -> None:
        super().__init__(file, template, **arguments)
        self.headers = list(headers or ())
        self.header_row = header_row


class ImportCancelled(Cancelled):
    """The caller's ``cancel()`` callback returned True; nothing was imported."""
