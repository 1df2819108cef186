"""A whole series as exports print it: header facts, webinars, co-hosts and agendas.

The agenda workbook, the report and agenda releases all need the same picture of a
series; gathering it in one read keeps them consistent and hands plain frozen data to
writers that may run on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import CollaborationRole, WebinarStatus
from ocse_planner.db.models import Collaboration, Organization, Series
from ocse_planner.services.agenda import WebinarAgenda, series_agendas
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.bilingual import aligned, has_text, language_key, localized
from ocse_planner.services.collaborations import credited
from ocse_planner.services.french_articles import after, with_article
from ocse_planner.services.names import organization_label, organization_name, organization_short


@dataclass(frozen=True)
class PartnerName:
    name: str  # "Royal Canadian Mounted Police"
    label: str  # "Royal Canadian Mounted Police (RCMP)"
    short: str  # "RCMP" — how a running sentence names it
    # The same in French ("Gendarmerie royale du Canada", "… (GRC)", "GRC"), the English
    # marked "[EN]" where the French was not entered; "" when not known.
    name_fr: str = ""
    label_fr: str = ""
    short_fr: str = ""
    name_missing_fr: bool = False  # no French name entered
    # The article a French sentence puts before the name ("la": « la GRC »); "" for none,
    # and always "" in English and while the French name is missing.
    article: str = ""
    article_fr: str = ""

    def in_language(self, language: str) -> PartnerName:
        """The names a document in `language` prints."""
        if language_key(language) != "fr" or not self.label_fr:
            return self
        article = "" if self.name_missing_fr else self.article_fr
        return PartnerName(self.name_fr, self.label_fr, self.short_fr, self.name_fr, self.label_fr,
                           self.short_fr, self.name_missing_fr, article, self.article_fr)

    def the(self, name: str) -> str:
        """`name` (its name, label or short form) as a sentence names it: « la GRC »."""
        return with_article(name, self.article)

    def of(self, name: str) -> str:
        """`name` after "de": « du ministère de la Justice Canada », « de la GRC »."""
        return after("de", name, self.article)


@dataclass(frozen=True)
class WebinarOutline:
    id: int
    number: int
    title: str
    theme: str | None
    starts_at: datetime | None
    time_zone: str
    duration_minutes: int
    platform: str | None
    link: str | None
    status: WebinarStatus
    highlights: str | None
    participants_reported: int | None
    co_hosts: tuple[PartnerName, ...]
    agenda: WebinarAgenda
    title_fr: str = ""
    theme_fr: str = ""
    highlights_fr: str = ""

    def co_host_labels_in(self, language: str) -> str:
        return "; ".join(p.in_language(language).label for p in self.co_hosts)

    def title_in(self, language: str) -> str:
        return localized(self.title, self.title_fr, language)

    def theme_in(self, language: str) -> str:
        return localized(self.theme, self.theme_fr, language)

    def highlights_in(self, language: str) -> str:
        return localized(self.highlights, self.highlights_fr, language)


@dataclass(frozen=True)
class SeriesOutline:
    id: int
    title: str
    year: int
    host: PartnerName | None
    programme: str | None
    objectives: tuple[str, ...]
    time_zone: str
    participants_reported: int | None
    strategy_partners: tuple[PartnerName, ...]
    webinars: tuple[WebinarOutline, ...]
    title_fr: str = ""
    programme_fr: str = ""
    objectives_fr: tuple[str, ...] = ()  # aligned with `objectives`, "" where not translated

    def title_in(self, language: str) -> str:
        return localized(self.title, self.title_fr, language)

    def programme_in(self, language: str) -> str:
        return localized(self.programme, self.programme_fr, language)

    def objectives_in(self, language: str) -> tuple[str, ...]:
        return tuple(localized(en, fr, language) for en, fr in zip(self.objectives, self.objectives_fr, strict=True))


def partner_name(org: Organization) -> PartnerName:
    return PartnerName(
        name=org.name, label=organization_label(org), short=organization_short(org),
        name_fr=organization_name(org, "fr"), label_fr=organization_label(org, "fr"),
        short_fr=organization_short(org, "fr"), name_missing_fr=not has_text(org.name_fr),
        article_fr=org.article_fr or "",
    )


def series_outline(session: Session, series_id: int) -> SeriesOutline:
    series = session.scalar(
        select(Series).options(selectinload(Series.host_organization)).where(Series.id == series_id)
    )
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    collaborations = session.scalars(
        select(Collaboration)
        .options(selectinload(Collaboration.organization))
        .where(Collaboration.series_id == series_id)
        .order_by(Collaboration.id)
    ).all()
    co_hosts: dict[int, list[PartnerName]] = {}
    strategy: list[PartnerName] = []
    for c in filter(credited, collaborations):  # a declined partner is never printed
        if c.role == CollaborationRole.CO_HOST and c.webinar_id is not None:
            co_hosts.setdefault(c.webinar_id, []).append(partner_name(c.organization))
        elif c.role == CollaborationRole.STRATEGY_PARTNER:
            strategy.append(partner_name(c.organization))
    agendas = {a.webinar_id: a for a in series_agendas(session, series_id)}
    webinars = tuple(
        WebinarOutline(
            id=w.id,
            number=w.number,
            title=w.title,
            theme=w.theme,
            starts_at=w.starts_at,
            time_zone=w.time_zone,
            duration_minutes=w.duration_minutes,
            platform=w.platform,
            link=w.link,
            status=w.status,
            highlights=w.highlights,
            participants_reported=w.participants_reported,
            co_hosts=tuple(co_hosts.get(w.id, ())),
            agenda=agendas[w.id],
            title_fr=w.title_fr or "",
            theme_fr=w.theme_fr or "",
            highlights_fr=w.highlights_fr or "",
        )
        for w in series.webinars
    )
    return SeriesOutline(
        id=series.id,
        title=series.title,
        year=series.year,
        host=partner_name(series.host_organization) if series.host_organization else None,
        programme=series.programme,
        objectives=tuple(series.objectives or ()),
        time_zone=series.time_zone,
        participants_reported=series.participants_reported,
        strategy_partners=tuple(strategy),
        webinars=webinars,
        title_fr=series.title_fr or "",
        programme_fr=series.programme_fr or "",
        objectives_fr=tuple(fr for _, fr in aligned(series.objectives or (), series.objectives_fr)),
    )
