"""The wording of presenter messages: built-in texts, the organizer's own, placeholders.

Each kind of message (invitation, follow-up, confirmation, reminder, thanks, change and
cancellation notices) has a subject and a body in English and in French. The built-in
texts read the way a federal organizer writes; an organizer's own wording is stored in
the planner file (`message_template`), so a colleague opening it writes the same drafts.

A placeholder is a name in braces, `{webinar_title}`. Saving a template with a name this
module does not know is refused, naming it, so a typo never reaches a presenter as
"{webinar_tilte}". A subject is one line: a line break there could add a mail header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ocse_planner.db.models import MessageSender, MessageTemplate
from ocse_planner.services.errors import N_, FieldProblem, ValidationError
from ocse_planner.services.people import EMAIL_PATTERN
from ocse_planner.services.text import LINE_BREAKS, UNSAFE

KINDS = ("invitation", "follow_up", "confirmation", "reminder", "thanks", "change", "cancellation")
TEMPLATE_LANGUAGES = ("en", "fr")
SUBJECT_LIMIT = 500
BODY_LIMIT = 20_000

# Every placeholder a template may use, with what it stands for (shown in the editor).
PLACEHOLDERS: dict[str, str] = {
    "salutation": N_("honorific and family name (Dr. Seto), or given and family name"),
    "name": N_("the presenter's full name"),
    "presentation_title": N_("title of the (first) presentation"),
    "webinar_title": N_("title of the (first) webinar"),
    "webinar_number": N_("number of the (first) webinar"),
    "series_title": N_("title of the series"),
    "date": N_("date of the (first) presentation"),
    "start": N_("start time in the series' time zone"),
    "end": N_("end time in the series' time zone"),
    "presenter_start": N_("start time in the presenter's own time zone"),
    "presenter_end": N_("end time in the presenter's own time zone"),
    "duration": N_("length of the (first) presentation"),
    "slots": N_("every slot of the presenter, one per line, in both time zones"),
    "co_host": N_("the co-hosting organizations"),
    "platform": N_("the webinar platform"),
    "link": N_("the webinar link"),
    "recording_link": N_("the recording or survey link of the webinar"),
    "reply_by": N_("the date to answer by"),
    "organizer": N_("the organizer's name"),
    "organizer_email": N_("the organizer's e-mail address"),
    "signature": N_("the organizer's signature"),
}

_PLACEHOLDER = re.compile(r"\{([^{}\s]{1,60})\}")

KIND_NAMES = {
    "invitation": N_("Invitation"),
    "follow_up": N_("Follow-up"),
    "confirmation": N_("Confirmation"),
    "reminder": N_("Reminder"),
    "thanks": N_("Thank-you"),
    "change": N_("Change notice"),
    "cancellation": N_("Cancellation notice"),
}

_EN = {
    "invitation": (
        "Invitation to present: {webinar_title}",
        "Dear {salutation},\n\n"
        "On behalf of the organizing team of the {series_title} webinar series, I am pleased to invite you "
        "to present at the following session:\n\n{slots}\n\n"
        "The session is held on {platform}. We would be grateful for your answer by {reply_by}. "
        "A calendar entry is attached so that you can hold the time.\n\n"
        "Please do not hesitate to contact me with any question.\n\n"
        "Kind regards,\n\n{signature}"),
    "follow_up": (
        "Following up: invitation to present, {webinar_title}",
        "Dear {salutation},\n\n"
        "I am following up on our invitation to present in the {series_title} webinar series:\n\n{slots}\n\n"
        "We would be grateful for your answer by {reply_by}, so that we can finalize the agenda. "
        "The calendar entry is attached again for your convenience.\n\n"
        "Kind regards,\n\n{signature}"),
    "confirmation": (
        "Confirmed: your presentation, {webinar_title}",
        "Dear {salutation},\n\n"
        "Thank you for agreeing to present in the {series_title} webinar series. Here are the practical "
        "details:\n\n{slots}\n\n"
        "Platform: {platform}\nLink: {link}\nCo-host: {co_host}\n\n"
        "Please join 15 minutes early for a sound check. The attached calendar entry holds the time.\n\n"
        "Kind regards,\n\n{signature}"),
    "reminder": (
        "Reminder: your presentation on {date}",
        "Dear {salutation},\n\n"
        "This is a friendly reminder of your upcoming presentation:\n\n{slots}\n\n"
        "Link: {link}\n\n"
        "Please join 15 minutes early for a sound check.\n\n"
        "Kind regards,\n\n{signature}"),
    "thanks": (
        "Thank you for presenting: {webinar_title}",
        "Dear {salutation},\n\n"
        "Thank you for your presentation in the {series_title} webinar series. Your contribution was "
        "greatly appreciated by the participants.\n\n"
        "The recording and the participant survey are available here: {recording_link}\n\n"
        "With our sincere thanks,\n\n{signature}"),
    "change": (
        "Change of time: your presentation, {webinar_title}",
        "Dear {salutation},\n\n"
        "Please note that the time of your presentation has changed. The new time is:\n\n{slots}\n\n"
        "The attached calendar entry replaces the one you received before. We apologize for any "
        "inconvenience.\n\n"
        "Kind regards,\n\n{signature}"),
    "cancellation": (
        "Cancelled: your presentation, {webinar_title}",
        "Dear {salutation},\n\n"
        "Please note that the following presentation will no longer take place as planned:\n\n{slots}\n\n"
        "The attached calendar update removes it from your calendar. Thank you for your understanding.\n\n"
        "Kind regards,\n\n{signature}"),
}

_FR = {
    "invitation": (
        "Invitation à présenter : {webinar_title}",
        "Bonjour {salutation},\n\n"
        "Au nom de l'équipe organisatrice de la série de webinaires {series_title}, j'ai le plaisir de vous "
        "inviter à présenter lors de la séance suivante :\n\n{slots}\n\n"
        "La séance a lieu sur {platform}. Nous vous serions reconnaissants de nous répondre d'ici le "
        "{reply_by}. Une entrée d'agenda est jointe pour que vous puissiez réserver ce moment.\n\n"
        "N'hésitez pas à communiquer avec moi pour toute question.\n\n"
        "Veuillez agréer mes salutations distinguées.\n\n{signature}"),
    "follow_up": (
        "Suivi : invitation à présenter, {webinar_title}",
        "Bonjour {salutation},\n\n"
        "Je fais suite à notre invitation à présenter dans la série de webinaires {series_title} :\n\n"
        "{slots}\n\n"
        "Nous vous serions reconnaissants de nous répondre d'ici le {reply_by}, afin de finaliser "
        "l'ordre du jour. L'entrée d'agenda est jointe de nouveau.\n\n"
        "Veuillez agréer mes salutations distinguées.\n\n{signature}"),
    "confirmation": (
        "Confirmation : votre présentation, {webinar_title}",
        "Bonjour {salutation},\n\n"
        "Merci d'avoir accepté de présenter dans la série de webinaires {series_title}. Voici les "
        "renseignements pratiques :\n\n{slots}\n\n"
        "Plateforme : {platform}\nLien : {link}\nCoanimation : {co_host}\n\n"
        "Veuillez vous joindre à la séance 15 minutes à l'avance pour un essai du son. L'entrée "
        "d'agenda ci-jointe réserve ce moment.\n\n"
        "Veuillez agréer mes salutations distinguées.\n\n{signature}"),
    "reminder": (
        "Rappel : votre présentation le {date}",
        "Bonjour {salutation},\n\n"
        "Nous vous rappelons votre présentation à venir :\n\n{slots}\n\n"
        "Lien : {link}\n\n"
        "Veuillez vous joindre à la séance 15 minutes à l'avance pour un essai du son.\n\n"
        "Veuillez agréer mes salutations distinguées.\n\n{signature}"),
    "thanks": (
        "Merci de votre présentation : {webinar_title}",
        "Bonjour {salutation},\n\n"
        "Merci de votre présentation dans la série de webinaires {series_title}. Les personnes "
        "participantes ont grandement apprécié votre contribution.\n\n"
        "L'enregistrement et le sondage des personnes participantes sont accessibles ici : {recording_link}\n\n"
        "Avec nos plus sincères remerciements,\n\n{signature}"),
    "change": (
        "Changement d'heure : votre présentation, {webinar_title}",
        "Bonjour {salutation},\n\n"
        "Veuillez noter que l'heure de votre présentation a changé. Voici la nouvelle heure :\n\n"
        "{slots}\n\n"
        "L'entrée d'agenda ci-jointe remplace celle que vous avez reçue. Nous nous excusons de tout "
        "inconvénient.\n\n"
        "Veuillez agréer mes salutations distinguées.\n\n{signature}"),
    "cancellation": (
        "Annulation : votre présentation, {webinar_title}",
        "Bonjour {salutation},\n\n"
        "Veuillez noter que la présentation suivante n'aura pas lieu comme prévu :\n\n{slots}\n\n"
        "La mise à jour d'agenda ci-jointe la retire de votre agenda. Merci de votre compréhension.\n\n"
        "Veuillez agréer mes salutations distinguées.\n\n{signature}"),
}


def _french_typography(text: str) -> str:
    """Canadian French: a no-break space before the colon."""
    return text.replace(" :", "\u00a0:")


DEFAULTS: dict[str, dict[str, tuple[str, str]]] = {
    "en": _EN,
    "fr": {kind: (_french_typography(subject), _french_typography(body)) for kind, (subject, body) in _FR.items()},
}


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    subject: str
    body: str
    customized: bool  # the organizer's own wording (False: the built-in text)


@dataclass(frozen=True)
class Sender:
    name: str = ""
    email: str = ""
    signature: str = ""
    signature_fr: str = ""

    def signature_in(self, language: str) -> str:
        text = self.signature_fr if language == "fr" and self.signature_fr.strip() else self.signature
        return text.strip() or self.name


def placeholders_in(text: str) -> list[str]:
    return [match.group(1) for match in _PLACEHOLDER.finditer(text)]


def unknown_placeholders(text: str) -> list[str]:
    """The placeholder names in `text` that no message can fill, in order, once each."""
    return list(dict.fromkeys(name for name in placeholders_in(text) if name not in PLACEHOLDERS))


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with each known placeholder replaced; anything else in braces left as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)) if m.group(1) in PLACEHOLDERS
                            else m.group(0), text)


def _check_kind(kind: str, language: str) -> None:
    if kind not in KINDS:
        raise ValidationError("unknown kind of message: {kind}", field="kind", kind=kind)
    if language not in TEMPLATE_LANGUAGES:
        raise ValidationError("unknown language: {language}", field="language", language=language)


def template_problems(subject: str, body: str) -> list[FieldProblem]:
    problems = []
    for field, text in (("subject", subject), ("body", body)):
        unknown = unknown_placeholders(text)
        if unknown:
            problems.append(FieldProblem(
                N_("Unknown placeholder(s): {names}. Use only the placeholders listed."), field=field,
                names=", ".join("{" + name + "}" for name in unknown)))
    if not subject.strip():
        problems.append(FieldProblem(N_("The subject cannot be empty."), field="subject"))
    elif LINE_BREAKS.search(subject) or UNSAFE.search(subject):
        problems.append(FieldProblem(N_("The subject must be one line, without control characters."),
                                     field="subject"))
    elif len(subject) > SUBJECT_LIMIT:
        problems.append(FieldProblem(N_("The subject is longer than {limit} characters."), field="subject",
                                     limit=SUBJECT_LIMIT))
    if not body.strip():
        problems.append(FieldProblem(N_("The message cannot be empty."), field="body"))
    elif len(body) > BODY_LIMIT:
        problems.append(FieldProblem(N_("The message is longer than {limit} characters."), field="body",
                                     limit=BODY_LIMIT))
    return problems


def get_template(session: Session, kind: str, language: str) -> Template:
    _check_kind(kind, language)
    row = session.scalar(select(MessageTemplate).where(MessageTemplate.kind == kind,
                                                      MessageTemplate.language == language))
    if row is not None:
        return Template(kind, language, row.subject, row.body, True)
    subject, body = DEFAULTS[language][kind]
    return Template(kind, language, subject, body, False)


def save_template(session: Session, kind: str, language: str, subject: str, body: str) -> None:
    """Store the organizer's wording; refused, naming every unknown placeholder, before
    anything is written."""
    _check_kind(kind, language)
    problems = template_problems(subject, body)
    if problems:
        raise ValidationError.of(problems)
    row = session.scalar(select(MessageTemplate).where(MessageTemplate.kind == kind,
                                                      MessageTemplate.language == language))
    if row is None:
        row = MessageTemplate(kind=kind, language=language)
        session.add(row)
    row.subject, row.body = subject.strip(), body.replace("\r\n", "\n")
    session.flush()


def reset_template(session: Session, kind: str, language: str) -> None:
    """Back to the built-in text."""
    _check_kind(kind, language)
    session.execute(delete(MessageTemplate).where(MessageTemplate.kind == kind,
                                                  MessageTemplate.language == language))


def get_sender(session: Session) -> Sender:
    row = session.get(MessageSender, 1)
    if row is None:
        return Sender()
    return Sender(row.organizer_name or "", row.organizer_email or "", row.signature or "", row.signature_fr or "")


def save_sender(session: Session, sender: Sender) -> None:
    problems = []
    email = sender.email.strip()
    if email and not EMAIL_PATTERN.match(email):
        problems.append(FieldProblem(N_("This is not an e-mail address."), field="organizer_email"))
    for field, value in (("organizer_name", sender.name), ("organizer_email", email)):
        if LINE_BREAKS.search(value.strip()) or UNSAFE.search(value):
            problems.append(FieldProblem(N_("This must be one line, without control characters."), field=field))
    if problems:
        raise ValidationError.of(problems)
    row = session.get(MessageSender, 1)
    if row is None:
        row = MessageSender(id=1)
        session.add(row)
    row.organizer_name = sender.name.strip() or None
    row.organizer_email = email or None
    row.signature = sender.signature.strip() or None
    row.signature_fr = sender.signature_fr.strip() or None
    session.flush()
