"""What an exported agenda says, whatever the file: the workbook and the PDF both print this.

The agenda goes to partners and presenters as a workbook (`agenda_xlsx.py`) or a PDF
(`agenda_pdf.py`). Both read the same gathered data (`gather_agenda`) and take every text
— headings, facts, the rows of the running agenda, the booking status of an internal copy,
the changes since a release — from the functions here, so the two can never say different
things: a rule about what an agenda shows is written once, here or in the services.

What they may say follows services/credits.py: only confirmed presenters are named, others
are "to be confirmed" (or left out, an option), declined and withdrawn never appear, and
carried-over titles are marked. Clock times read "1:10 p.m." ("13 h 10" in French); when a webinar runs across
a daylight-saving change each time carries its zone. Overlaps and gaps of an agenda are
warning lines above its table and a note on the rows they concern. An internal copy lists
every booking with its status and is marked INTERNAL_MARKING on every page.

Every function takes the `Wording` of the language it writes in: an agenda is written in
English or French (`AgendaOptions.languages`), or in both side by side, each side asking
the same functions in its own language. A French text not written yet is the English
marked "[EN]" (services/bilingual.py), never a blank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.export.wording import DocumentLanguage, Wording
from ocse_planner.services.agenda import AgendaItem, WebinarAgenda
from ocse_planner.services.credits import PendingPresenters, public_credit, public_title
from ocse_planner.services.errors import N_
from ocse_planner.services.releases import AgendaChange, ReleaseInfo, changes_since
from ocse_planner.services.series_outline import SeriesOutline, WebinarOutline, series_outline
from ocse_planner.services.time_format import crosses_offset_change
from ocse_planner.services.vocabulary import english

AGENDA_HEADERS = [N_("Time"), N_("Until"), N_("Item"), N_("Presenters")]
NOTE_HEADER = N_("Note")
STATUS_HEADER = N_("Booking status")
INTERNAL_MARKING = N_("INTERNAL — not for distribution")
COVER_HEADERS = [N_("No."), N_("Title"), N_("Date"), N_("Time"), N_("Co-hosting partner")]
CHANGE_HEADERS = [N_("Webinar"), N_("Change"), N_("Presentation"), N_("Before"), N_("Now")]
CHANGE_KINDS = {"added": N_("Added"), "removed": N_("Removed"), "moved": N_("Moved"), "retitled": N_("Retitled"),
                "presenters": N_("Presenters changed")}
NO_CHANGES = N_("No changes: the agendas are as released.")
PLATFORM_FACT = 3  # the index of the platform (and its link) in `webinar_facts`


@dataclass(frozen=True)
class AgendaOptions:
    internal: bool = False  # every booking with its status; marked as not for distribution
    changes_since: int | None = None  # add a "Changes since release N" part
    pending: PendingPresenters = PendingPresenters.MARKER  # unconfirmed presenters: marker or left out
    languages: DocumentLanguage = field(default_factory=DocumentLanguage)  # English, French or both


def marking(options: AgendaOptions, words: Wording) -> str | None:
    """What every page of an internal copy says (header, footer, first line), else None."""
    return words.gettext(INTERNAL_MARKING) if options.internal else None


@dataclass(frozen=True)
class AgendaExport:
    outline: SeriesOutline
    options: AgendaOptions
    exported: date
    release: ReleaseInfo | None = None
    changes: tuple[AgendaChange, ...] = ()

    @property
    def editions(self) -> tuple[Wording, ...]:
        """The wording of each language the agenda is written in, English first."""
        return tuple(Wording(language) for language in self.options.languages.editions)


def gather_agenda(session: Session, series_id: int, options: AgendaOptions | None = None,
                  exported: date | None = None) -> AgendaExport:
    """Everything an agenda export shows, read in the caller's session."""
    options = options or AgendaOptions()
    release, changes = None, ()
    if options.changes_since is not None:
        release, found = changes_since(session, series_id, options.changes_since)
        changes = tuple(found)
    return AgendaExport(series_outline(session, series_id), options, exported or date.today(), release, changes)


def both(texts: list[str]) -> str:
    """One line for both languages ("Agenda / Ordre du jour"), each text once."""
    return " / ".join(dict.fromkeys(texts))


# --- the series ---------------------------------------------------------------------------

def series_heading(outline: SeriesOutline, words: Wording) -> str:
    return words.gettext("{title} — {year} webinar series").format(title=outline.title_in(words.language),
                                                                  year=outline.year)


def cover_facts(outline: SeriesOutline, words: Wording) -> list[tuple[str, str]]:
    host = outline.host.in_language(words.language) if outline.host else None
    return [
        (words.gettext("Host"), host.label if host else ""),
        (words.gettext("Programme"), outline.programme_in(words.language)),
        (words.gettext("Year"), str(outline.year)),
    ]


def cover_objectives(outline: SeriesOutline, words: Wording) -> list[str]:
    return [f"• {objective}" for objective in outline.objectives_in(words.language)]


def cover_headers(words: Wording) -> list[str]:
    return [words.gettext(h) for h in COVER_HEADERS]


def cover_rows(outline: SeriesOutline, words: Wording) -> list[list[str]]:
    """The webinars of the series, under `cover_headers`."""
    return [
        [str(w.number), w.title_in(words.language), words.long_date(w.starts_at, w.time_zone),
         words.time_with_pacific(w.starts_at, w.duration_minutes, w.time_zone), w.co_host_labels_in(words.language)]
        for w in outline.webinars
    ]


# --- one webinar --------------------------------------------------------------------------

def webinar_heading(webinar: WebinarOutline, words: Wording) -> str:
    return words.gettext("Webinar {number}: {title}").format(number=webinar.number,
                                                             title=webinar.title_in(words.language))


def webinar_facts(webinar: WebinarOutline, words: Wording) -> list[tuple[str, str]]:
    """Date, time, partners and platform, then the theme (what the webinar is about) when written."""
    zone = webinar.time_zone
    facts = [
        (words.gettext("Date"), words.long_date(webinar.starts_at, zone)),
        (words.gettext("Time"), words.time_with_pacific(webinar.starts_at, webinar.duration_minutes, zone)),
        (words.gettext("In collaboration with"), webinar.co_host_labels_in(words.language) or "—"),
        (words.gettext("Platform"),
         ", ".join(x for x in (webinar.platform, webinar.link) if x) or words.gettext("To be announced")),
    ]
    theme = webinar.theme_in(words.language).strip()
    return facts + [(words.gettext("Theme"), theme)] if theme else facts


def warning_lines(webinar: WebinarOutline, words: Wording) -> list[str]:
    """What is wrong with the agenda's timing, above its table: an overrun, then every
    overlap and gap (services/agenda.py `timing`)."""
    minutes = webinar.agenda.overrun_minutes
    lines = [words.gettext("The agenda runs {minutes} minutes past the end of the webinar.").format(minutes=minutes)
             ] if minutes else []
    return lines + [issue.message(words.language, words.gettext) for issue in webinar.agenda.timing]


def row_note(item: AgendaItem, words: Wording) -> str:
    """An overlap or a gap, on the row it concerns."""
    notes = []
    if item.overlap_minutes:
        notes.append(words.gettext("Overlaps the previous item by {minutes} minutes").format(
            minutes=item.overlap_minutes))
    if item.gap_minutes:
        if item.position > 1:
            notes.append(words.gettext("Starts {minutes} minutes after the previous item ends").format(
                minutes=item.gap_minutes))
        else:
            notes.append(words.gettext("Starts {minutes} minutes after the webinar begins").format(
                minutes=item.gap_minutes))
    return "; ".join(notes)


def has_notes(webinar: WebinarOutline) -> bool:
    return any(item.overlap_minutes or item.gap_minutes for item in webinar.agenda.items)


def agenda_headers(webinar: WebinarOutline, options: AgendaOptions, words: Wording) -> list[str]:
    """The running agenda's columns: a Note column only when a row has a timing note."""
    names = AGENDA_HEADERS + ([NOTE_HEADER] if has_notes(webinar) else []) + ([STATUS_HEADER] if options.internal else [])
    return [words.gettext(name) for name in names]


def note_column(webinar: WebinarOutline) -> int | None:
    """The 0-based column of the timing notes, if the agenda has one."""
    return len(AGENDA_HEADERS) if has_notes(webinar) else None


def item_title(item: AgendaItem, words: Wording) -> str:
    """A presentation by its title; another item with its kind ("Welcome (Opening remarks)")
    unless its title is the kind's name (then in the document's language, needing no
    translation); a carried-over title marked "(title to be confirmed)"."""
    language = words.language
    if item.kind == AgendaItemKind.PRESENTATION:
        return public_title(item.title_in(language), item.placeholder, language)
    kind = words.label(item.kind)
    if is_kind_name(item):
        return public_title(kind, item.placeholder, language)
    title = public_title(item.title_in(language), item.placeholder, language)
    if item.title_in(language, mark=False).strip().lower() != kind.lower():
        title = f"{title} ({kind})"
    return title


def item_text(item: AgendaItem, words: Wording) -> str:
    """The Item cell: the title, and under it the item's description when it has one (what
    a presentation is about, a note on an opening or a break), in the document's language."""
    description = item.description_in(words.language).strip()
    title = item_title(item, words)
    return f"{title}\n{description}" if description else title


def is_kind_name(item: AgendaItem) -> bool:
    """An item titled by its kind alone ("Break", "Questions and answers"), untranslated."""
    return not item.title_fr.strip() and item.title.strip().lower() == english(item.kind).lower()


def presenter_lines(item: AgendaItem, options: AgendaOptions, words: Wording) -> tuple[str, str]:
    """(presenters, statuses) of a row: every booking in the internal copy, else the credit rule."""
    language = words.language
    if options.internal:
        return ("\n".join(p.credit_in(language) for p in item.presenters),
                "\n".join(words.label(p.status) for p in item.presenters))
    credit = public_credit(item.presenters, options.pending, needs_presenter=item.kind == AgendaItemKind.PRESENTATION,
                           language=language)
    return "\n".join(credit.lines(lambda p: p.credit_in(language))), ""


def item_times(agenda: WebinarAgenda, item: AgendaItem, words: Wording) -> tuple[str, str]:
    """A row's clock times, each with its zone abbreviation when the webinar runs across a
    daylight-saving change (so that no row reads as the wrong length)."""
    if item.starts_at is None or item.ends_at is None:
        return f"+{item.offset_minutes} min", f"+{item.offset_minutes + item.duration_minutes} min"
    zoned = (agenda.starts_at is not None and agenda.ends_at is not None
             and crosses_offset_change(agenda.starts_at, max(agenda.ends_at, item.ends_at), agenda.time_zone))
    return (words.clock(item.starts_at, agenda.time_zone, with_zone=zoned),
            words.clock(item.ends_at, agenda.time_zone, with_zone=zoned))


def agenda_rows(webinar: WebinarOutline, options: AgendaOptions, words: Wording) -> list[list[str]]:
    """The running agenda under `agenda_headers(...)`: one credit (and status) a line."""
    with_notes = has_notes(webinar)
    rows = []
    for item in webinar.agenda.items:
        presenters, statuses = presenter_lines(item, options, words)
        row = [*item_times(webinar.agenda, item, words), item_text(item, words), presenters]
        if with_notes:
            row.append(row_note(item, words))
        if options.internal:
            row.append(statuses)
        rows.append(row)
    return rows


# --- changes since a release --------------------------------------------------------------

def changes_heading(release: ReleaseInfo, words: Wording) -> str:
    return words.gettext("Changes since agenda release {number}").format(number=release.number)


def release_line(release: ReleaseInfo, words: Wording) -> str:
    note = f" — {release.note}" if release.note else ""
    return words.gettext("Release {number} of {date}").format(number=release.number,
                                                              date=f"{release.released_at:%Y-%m-%d}") + note


def change_headers(words: Wording) -> list[str]:
    return [words.gettext(h) for h in CHANGE_HEADERS]


def change_rows(changes: tuple[AgendaChange, ...], words: Wording) -> list[list[str]]:
    """Under CHANGE_HEADERS; none means the agendas are as released (`NO_CHANGES`)."""
    return [[str(c.webinar_number), words.gettext(CHANGE_KINDS[c.kind]), c.title, c.before_in(words.language),
             c.after_in(words.language)] for c in changes]


def exported_line(exported: date, words: Wording) -> str:
    """The right of a printed page's footer (the left names the page, the middle numbers it)."""
    return words.gettext("Exported {date}").format(date=exported.isoformat())
