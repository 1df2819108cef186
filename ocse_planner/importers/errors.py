"""Exceptions raised by the attendance importer.

Only *whole-file* failures are exceptions.  A bad row never raises: it becomes
a :class:`~ocse_planner.importers.models.Problem` so an organiser can fix a
spreadsheet with a full list of what is wrong instead of one error at a time.

Every message names the file and says in plain words what is wrong, because
it is shown as-is in a dialog to people who are not developers.
"""

from __future__ import annotations

from pathlib import Path


class ImportFileError(Exception):
    """The file as a whole cannot be imported (empty, not a report, damaged, too big...).

    ``file`` is the path as given; ``reason`` is the sentence after the file
    name, so a UI can lay the two out separately if it wants to.
    """

    def __init__(self, file: str | Path, reason: str) -> None:
        self.file = str(file)
        self.reason = reason
        super().__init__(f'"{Path(self.file).name}" {reason}')

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Rebuilt from its parts when it crosses a process boundary (the import child).
        return (type(self), (self.file, self.reason))


class UnknownLayoutError(ImportFileError):
    """The columns were not recognised as any known report layout.

    The UI is expected to show ``headers`` in a column-mapping dialog and call
    :func:`~ocse_planner.importers.parse_attendance_file` again with
    ``mapping={logical_field: source_header}``.  ``header_row`` is the 1-based
    row where those headers were found, so the dialog can say where it looked.
    """

    def __init__(
        self, file: str | Path, reason: str, headers: list[str], header_row: int | None
    ) -> None:
        super().__init__(file, reason)
        self.headers = list(headers)
        self.header_row = header_row

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (self.file, self.reason, self.headers, self.header_row))


class ImportCancelled(Exception):
    """The caller's ``cancel()`` callback returned True; nothing was imported."""
