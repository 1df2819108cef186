"""Audience sectors: the editable list, the classification rules, and the classifier.

An attendee's sector comes, in this order, from
1. the file's own sector / organization-type column, when its text names one of our
   sectors (by name or a common synonym: "Police" -> Law enforcement);
2. an e-mail-domain rule: ``torontopolice.on.ca`` (that domain and its sub-domains),
   ``@rcmp-grc.gc.ca`` (exactly that domain) or ``*.gc.ca`` (gc.ca and any domain ending
   in .gc.ca); the
   most specific (longest) matching pattern wins, so ``rcmp-grc.gc.ca`` -> Law enforcement
   beats ``*.gc.ca`` -> Federal government;
3. an organization-name rule: the pattern appears in the organization's name (any case);
   rules are tried in list order;
otherwise None, shown as "Unclassified" and fixed in bulk later.

The default rules are seeded when a planner file is created or upgraded (migration 0003),
never by a command that may still fail; :func:`ensure_default_rules` adds them again on
request (Sectors page) when every rule was deleted. Every rule and sector can be edited.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocse_planner.services import text as _text  # noqa: F401  (refuses unstorable text at every flush)
from ocse_planner.db.enums import SectorRuleKind
from ocse_planner.db.models import Sector, SectorRule
from ocse_planner.services.bilingual import localized
from ocse_planner.services.errors import NotFoundError, ValidationError
from ocse_planner.services.validation import blank

LAW = "Law enforcement"
CHILD = "Child-serving organizations"
VICTIM = "Victim services"
NGO = "Other non-governmental organizations"
EDUCATION = "Education"
FEDERAL = "Federal government"
PROVINCIAL = "Provincial/territorial government"
LOCAL = "Local government"
DEFAULT_SECTORS = (LAW, CHILD, VICTIM, NGO, EDUCATION, FEDERAL, PROVINCIAL, LOCAL)
# Their French names, as a new planner file gets them (migration 0006 gives them to older files).
DEFAULT_SECTORS_FR = {
    LAW: "Application de la loi", CHILD: "Organismes au service des enfants", VICTIM: "Services aux victimes",
    NGO: "Autres organisations non gouvernementales", EDUCATION: "Éducation", FEDERAL: "Gouvernement fédéral",
    PROVINCIAL: "Gouvernements provinciaux et territoriaux", LOCAL: "Administrations locales",
}

# What a platform's "Organization type" / "Industry" column says -> our sector.
SYNONYMS: dict[str, str] = {
    "police": LAW, "law enforcement": LAW, "policing": LAW, "justice / law enforcement": LAW,
    "child-serving": CHILD, "child serving": CHILD, "child protection": CHILD, "child welfare": CHILD,
    "victim services": VICTIM, "victim support": VICTIM,
    "ngo": NGO, "non-profit": NGO, "nonprofit": NGO, "not-for-profit": NGO, "charity": NGO,
    "non-governmental organization": NGO, "civil society": NGO,
    "education": EDUCATION, "academic": EDUCATION, "school": EDUCATION, "university": EDUCATION,
    "federal": FEDERAL, "federal government": FEDERAL, "government of canada": FEDERAL,
    "provincial": PROVINCIAL, "territorial": PROVINCIAL, "provincial government": PROVINCIAL,
    "provincial/territorial": PROVINCIAL, "municipal": LOCAL, "local": LOCAL,
    "municipal government": LOCAL, "local government": LOCAL,
    # French-language registration forms
    "forces de l'ordre": LAW, "services de police": LAW, "organisme de protection de l'enfance": CHILD,
    "protection de l'enfance": CHILD, "aide aux victimes": VICTIM, "organisme sans but lucratif": NGO,
    "osbl": NGO, "ong": NGO, "organisme communautaire": NGO, "enseignement": EDUCATION, "milieu scolaire": EDUCATION,
    "université": EDUCATION, "gouvernement du canada": FEDERAL, "fédéral": FEDERAL, "provincial ou territorial": PROVINCIAL,
    "gouvernement provincial": PROVINCIAL, "municipal ou local": LOCAL, "municipalité": LOCAL,
}

DEFAULT_RULES: tuple[tuple[SectorRuleKind, str, str], ...] = (
    (SectorRuleKind.EMAIL_DOMAIN, "*.gc.ca", FEDERAL),
    (SectorRuleKind.EMAIL_DOMAIN, "canada.ca", FEDERAL),
    (SectorRuleKind.EMAIL_DOMAIN, "rcmp-grc.gc.ca", LAW),
    (SectorRuleKind.EMAIL_DOMAIN, "torontopolice.on.ca", LAW),
    (SectorRuleKind.EMAIL_DOMAIN, "opp.ca", LAW),
    (SectorRuleKind.EMAIL_DOMAIN, "spvm.qc.ca", LAW),
    (SectorRuleKind.EMAIL_DOMAIN, "vpd.ca", LAW),
    (SectorRuleKind.EMAIL_DOMAIN, "surete.qc.ca", LAW),
    (SectorRuleKind.EMAIL_DOMAIN, "*.gov.on.ca", PROVINCIAL),
    (SectorRuleKind.EMAIL_DOMAIN, "*.gov.bc.ca", PROVINCIAL),
    (SectorRuleKind.EMAIL_DOMAIN, "*.gouv.qc.ca", PROVINCIAL),
    (SectorRuleKind.EMAIL_DOMAIN, "*.gov.ab.ca", PROVINCIAL),
    (SectorRuleKind.EMAIL_DOMAIN, "protectchildren.ca", CHILD),
    (SectorRuleKind.ORGANIZATION_NAME, "police", LAW),
    (SectorRuleKind.ORGANIZATION_NAME, "RCMP", LAW),
    (SectorRuleKind.ORGANIZATION_NAME, "victim", VICTIM),
    (SectorRuleKind.ORGANIZATION_NAME, "university", EDUCATION),
    (SectorRuleKind.ORGANIZATION_NAME, "université", EDUCATION),
    (SectorRuleKind.ORGANIZATION_NAME, "college", EDUCATION),
    (SectorRuleKind.ORGANIZATION_NAME, "school board", EDUCATION),
    (SectorRuleKind.ORGANIZATION_NAME, "city of", LOCAL),
    (SectorRuleKind.ORGANIZATION_NAME, "municipality", LOCAL),
)


@dataclass(frozen=True)
class SectorRow:
    id: int
    name: str
    position: int
    name_fr: str = ""  # "" = not translated yet

    def name_in(self, language: str) -> str:
        return localized(self.name, self.name_fr, language, mark=False)


@dataclass(frozen=True)
class RuleRow:
    id: int
    kind: SectorRuleKind
    pattern: str
    sector_id: int
    sector: str


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def list_sectors(session: Session) -> list[SectorRow]:
    return [
        SectorRow(s.id, s.name, s.position, s.name_fr or "")
        for s in session.scalars(select(Sector).order_by(Sector.position, Sector.name))
    ]


def _sector_named(session: Session, name: str) -> Sector:
    sector = session.scalar(select(Sector).where(func.lower(Sector.name) == name.lower()))
    if sector is None:
        position = (session.scalar(select(func.max(Sector.position))) or 0) + 1
        sector = Sector(name=name, position=position, name_fr=DEFAULT_SECTORS_FR.get(name))
        session.add(sector)
        session.flush()
    return sector


def ensure_default_rules(session: Session) -> int:
    """Seed the default sectors and rules when no rule exists yet; return rules added."""
    if session.scalar(select(func.count()).select_from(SectorRule)):
        return 0
    for name in DEFAULT_SECTORS:
        _sector_named(session, name)
    for position, (kind, pattern, sector_name) in enumerate(DEFAULT_RULES, start=1):
        session.add(SectorRule(kind=kind, pattern=pattern, sector=_sector_named(session, sector_name),
                               position=position))
    session.flush()
    return len(DEFAULT_RULES)


def save_sector(session: Session, sector_id: int | None, name: str, name_fr: str | None = None) -> int:
    """Add (sector_id None) or rename a sector; names are unique regardless of case.
    `name_fr` is its French name ("" clears it; None leaves it as it is)."""
    if blank(name):
        raise ValidationError("The sector needs a name.", field="name")
    name = " ".join(name.split())
    french = " ".join(name_fr.split()) or None if name_fr is not None else None
    clash = session.scalar(
        select(Sector.id).where(func.lower(Sector.name) == name.lower(), Sector.id != (sector_id or -1))
    )
    if clash is not None:
        raise ValidationError("A sector named “{name}” already exists.", field="name", name=name)
    if sector_id is None:
        sector = _sector_named(session, name)
    else:
        sector = session.get(Sector, sector_id)
        if sector is None:
            raise NotFoundError("no sector with id {id}", id=sector_id)
        sector.name = name
    if name_fr is not None:
        sector.name_fr = french
    session.flush()
    return sector.id


def delete_sector(session: Session, sector_id: int) -> None:
    """Remove a sector: its records become Unclassified, its rules and counts go."""
    sector = session.get(Sector, sector_id)
    if sector is not None:
        session.delete(sector)


def list_rules(session: Session) -> list[RuleRow]:
    return [
        RuleRow(r.id, r.kind, r.pattern, r.sector_id, name)
        for r, name in session.execute(
            select(SectorRule, Sector.name).join(Sector).order_by(SectorRule.position, SectorRule.id)
        )
    ]


def save_rule(session: Session, rule_id: int | None, kind: SectorRuleKind, pattern: str, sector_id: int) -> int:
    if blank(pattern):
        raise ValidationError("The rule needs a domain or a name to look for.", field="pattern")
    pattern = pattern.strip()
    if session.get(Sector, sector_id) is None:
        raise ValidationError("Choose the sector the rule assigns.", field="sector")
    clash = session.scalar(select(SectorRule.id).where(
        SectorRule.kind == kind, func.lower(SectorRule.pattern) == pattern.lower(),
        SectorRule.id != (rule_id or -1)))
    if clash is not None:
        raise ValidationError("There is already a rule for “{pattern}”.", field="pattern", pattern=pattern)
    if rule_id is None:
        position = (session.scalar(select(func.max(SectorRule.position))) or 0) + 1
        rule = SectorRule(kind=kind, pattern=pattern, sector_id=sector_id, position=position)
        session.add(rule)
        session.flush()
        return rule.id
    rule = session.get(SectorRule, rule_id)
    if rule is None:
        raise NotFoundError("no rule with id {id}", id=rule_id)
    rule.kind, rule.pattern, rule.sector_id = kind, pattern, sector_id
    return rule.id


def delete_rule(session: Session, rule_id: int) -> None:
    rule = session.get(SectorRule, rule_id)
    if rule is not None:
        session.delete(rule)


def email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return email.rsplit("@", 1)[1].strip().lower() or None


class SectorClassifier:
    """Built once per import from the sector list and rules; then pure and fast.

    Results are cached per (sector text, domain, organization), since an import of
    100,000 rows holds far fewer distinct combinations.
    """

    def __init__(self, sectors: list[SectorRow], rules: list[RuleRow]) -> None:
        self._names = {_norm(s.name): s.id for s in sectors}
        for s in sectors:  # a French-language form names our sectors in French
            if s.name_fr:
                self._names.setdefault(_norm(s.name_fr), s.id)
        for synonym, target in SYNONYMS.items():
            if _norm(target) in self._names:
                self._names.setdefault(synonym, self._names[_norm(target)])
        self._exact: dict[str, tuple[int, int]] = {}
        self._suffix: list[tuple[str, int, int]] = []  # (".gc.ca", length, sector)
        self._organization: list[tuple[str, int]] = []
        for rule in rules:
            pattern = rule.pattern.strip().lower()
            if rule.kind == SectorRuleKind.EMAIL_DOMAIN:
                if pattern.startswith("@"):
                    self._exact[pattern[1:]] = (len(pattern), rule.sector_id)
                elif pattern.startswith("*."):  # any sub-domain, and the domain itself
                    self._suffix.append((pattern[1:], len(pattern), rule.sector_id))
                    self._exact.setdefault(pattern[2:], (len(pattern), rule.sector_id))
                else:  # the domain itself and any sub-domain
                    self._exact[pattern] = (len(pattern) + 1, rule.sector_id)
                    self._suffix.append(("." + pattern, len(pattern), rule.sector_id))
            else:
                self._organization.append((_norm(pattern), rule.sector_id))
        self._cache: dict[tuple[str | None, str | None, str | None], int | None] = {}

    @property
    def memo(self) -> dict[tuple[str | None, str | None, str | None], int | None]:
        """The answers so far, by (sector text, e-mail domain, organization): a caller
        classifying 100,000 rows looks here before calling `classify_domain`."""
        return self._cache

    @classmethod
    def load(cls, session: Session) -> SectorClassifier:
        return cls(list_sectors(session), list_rules(session))

    def sector_for_text(self, text: str | None) -> int | None:
        return self._names.get(_norm(text)) if text else None

    def sector_for_domain(self, domain: str | None) -> int | None:
        if not domain:
            return None
        best: tuple[int, int] | None = self._exact.get(domain)
        for suffix, length, sector in self._suffix:
            if domain.endswith(suffix) and (best is None or length > best[0]):
                best = (length, sector)
        return best[1] if best else None

    def sector_for_organization(self, organization: str | None) -> int | None:
        if not organization:
            return None
        name = _norm(organization)
        for pattern, sector in self._organization:
            if pattern and pattern in name:
                return sector
        return None

    def classify(self, sector_text: str | None, email: str | None, organization: str | None) -> int | None:
        return self.classify_domain(sector_text, email_domain(email), organization)

    def classify_domain(self, sector_text: str | None, domain: str | None, organization: str | None) -> int | None:
        """`classify` with the address's domain already taken out (`email_domain`); the
        answer is kept in `memo` under (sector_text, domain, organization)."""
        key = (sector_text, domain, organization)
        if key in self._cache:
            return self._cache[key]
        result = self.sector_for_text(sector_text)
        if result is None:
            result = self.sector_for_domain(domain)
        if result is None:
            result = self.sector_for_organization(organization)
        self._cache[key] = result
        return result
