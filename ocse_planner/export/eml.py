"""Presenter messages as `.eml` drafts that a mail client opens ready to send.

Standard MIME built with Python's `email` package (policy SMTP): plain text and HTML
alternatives, the presenter's slots as a `text/calendar` attachment (the iTIP method in
its Content-Type, as Outlook expects), `X-Unsent: 1` so Outlook opens it as a draft.

Header values are made one line before they are set — a name, title or subject holding
a line break or a control character can never add a header. Drafts hold addresses, so
the folder is created 0700 and every file is written 0600, atomically.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from ocse_planner.export.atomic import write_bytes_atomic
from ocse_planner.export.ics import Scheduling, calendar_bytes
from ocse_planner.services.errors import FileError, os_reason
from ocse_planner.services.invitations import Draft, DraftPlan
from ocse_planner.services.message_templates import Sender
from ocse_planner.services.text import LINE_BREAKS, UNSAFE

HEADER_LIMIT = 900  # characters of a subject or display name kept (folded by the policy)
CONTENT_LANGUAGES = {"en": "en-CA", "fr": "fr-CA", "both": "en-CA, fr-CA"}


def one_line(value: str, limit: int = HEADER_LIMIT) -> str:
    """A header value: every line break and control character becomes a space."""
    text = UNSAFE.sub(" ", LINE_BREAKS.sub(" ", value))
    text = re.sub(" {2,}", " ", text).strip(" ")  # not str.split(): it would drop no-break spaces
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _address(name: str, email: str) -> Address:
    username, _, domain = email.strip().rpartition("@")
    return Address(display_name=one_line(name, 200), username=username, domain=domain)


def draft_message(draft: Draft, sender: Sender) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    message["Date"] = formatdate(localtime=True)
    if sender.email:
        message["From"] = _address(sender.name, sender.email)
    message["To"] = _address(draft.recipient_name, draft.recipient_email)
    message["Subject"] = one_line(draft.subject)
    message.set_content(draft.text)
    message.add_alternative(draft.html, subtype="html")
    if draft.calendar is not None:
        organizer = (sender.name, sender.email) if sender.email else None
        scheduling = Scheduling(draft.method, organizer, (draft.recipient_name, draft.recipient_email))
        data = calendar_bytes(draft.calendar, scheduling)
        name = "cancellation.ics" if draft.method == "CANCEL" else "invitation.ics"
        message.add_attachment(data, maintype="text", subtype="calendar", filename=name,
                               params={"method": draft.method})
    # last: turning the message into a multipart moves Content-* headers into its first part
    message["Content-Language"] = CONTENT_LANGUAGES[draft.language]
    return message


def draft_bytes(draft: Draft, sender: Sender) -> bytes:
    return draft_message(draft, sender).as_bytes()


def _slug(text: str, limit: int = 40) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return slug[:limit].strip("-") or "presenter"


def file_name(index: int, draft: Draft) -> str:
    return f"{index:02d}-{_slug(draft.recipient_name)}-{draft.template_kind.replace('_', '-')}.eml"


@dataclass(frozen=True)
class WrittenDrafts:
    folder: Path
    files: tuple[Path, ...]


def private_folder(folder: Path | str) -> Path:
    """The output folder, created 0700 (with its parents) when it is not there."""
    path = Path(folder).expanduser()
    try:
        if not path.exists():
            path.mkdir(parents=True, mode=0o700)
            path.chmod(0o700)  # whatever the umask
        elif not path.is_dir():
            raise FileError(path, "is not a folder")
    except OSError as exc:
        raise FileError(path, "cannot be created ({detail})", detail=os_reason(exc)) from exc
    return path


def write_drafts(plan: DraftPlan, folder: Path | str, check: object = None) -> WrittenDrafts:
    """One `.eml` per draft in `folder` (0700), each 0600; `check()` between files lets a
    caller cancel."""
    path = private_folder(folder)
    written = []
    for index, draft in enumerate(plan.drafts, start=1):
        if callable(check):
            check()
        written.append(write_bytes_atomic(path / file_name(index, draft), draft_bytes(draft, plan.sender),
                                          private=True))
    if os.name == "posix":
        for file in written:
            file.chmod(0o600)
    return WrittenDrafts(path, tuple(written))
