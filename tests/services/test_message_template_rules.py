"""The wording of presenter messages, rule by rule: what a template may hold, how it is
stored and filled, the built-in French typography, and the organizer's name, address and
signatures."""

from __future__ import annotations

import pytest

from ocse_planner.services import message_templates as templates
from ocse_planner.services.errors import ValidationError


def _problems(subject: str, body: str) -> list[tuple[str, str]]:
    return [(p.field, p.message()) for p in templates.template_problems(subject, body)]


def test_a_subject_is_one_short_line_and_a_body_is_not_empty_nor_too_long():
    assert _problems("Invitation", "Dear {salutation}") == []
    assert _problems("x" * 500, "y" * 20_000) == []
    assert _problems("x" * 501, "y" * 20_001) == [
        ("subject", "The subject is longer than 500 characters."),
        ("body", "The message is longer than 20000 characters.")]
    assert _problems("  ", " \n ") == [("subject", "The subject cannot be empty."),
                                       ("body", "The message cannot be empty.")]
    for subject in ("Two\nlines", "Bell\x07", "Line\u2028separator"):
        assert _problems(subject, "Body") == [
            ("subject", "The subject must be one line, without control characters.")], subject


def test_unknown_placeholders_are_named_once_each_in_order_and_anything_else_in_braces_is_text():
    assert templates.unknown_placeholders("{b} {a} {b} {salutation} {not a placeholder} {}") == ["b", "a"]
    assert _problems("{x}", "{y} {x}") == [
        ("subject", "Unknown placeholder(s): {x}. Use only the placeholders listed."),
        ("body", "Unknown placeholder(s): {y}, {x}. Use only the placeholders listed.")]
    filled = templates.fill("{salutation}, {name}, {odd}, {with space}", {"salutation": "Dr. Seto"})
    assert filled == "Dr. Seto, {name}, {odd}, {with space}"  # a known one without a value is left as typed


def test_an_own_template_is_stored_trimmed_with_plain_line_breaks_and_reset_to_the_built_in(empty_db):
    with empty_db.write() as session:
        built_in = templates.get_template(session, "reminder", "fr")
        assert not built_in.customized and built_in.subject == templates.DEFAULTS["fr"]["reminder"][0]
        templates.save_template(session, "reminder", "fr", "  Rappel {date}  ", "Bonjour\r\n\r\n{slots}")
        templates.save_template(session, "reminder", "fr", "  Rappel : {date}  ", "Bonjour\r\n{slots}")  # again
    with empty_db.read() as session:
        own = templates.get_template(session, "reminder", "fr")
        english = templates.get_template(session, "reminder", "en")
    assert (own.subject, own.body, own.customized) == ("Rappel : {date}", "Bonjour\n{slots}", True)
    assert (english.customized, english.language, english.kind) == (False, "en", "reminder")
    with empty_db.write() as session:
        templates.reset_template(session, "reminder", "fr")
        assert templates.get_template(session, "reminder", "fr") == built_in


def test_a_refused_template_changes_nothing(empty_db):
    with empty_db.write() as session:
        templates.save_template(session, "thanks", "en", "Thanks", "Thank you {salutation}")
        with pytest.raises(ValidationError):
            templates.save_template(session, "thanks", "en", "Thanks {oops}", "Changed")
    with empty_db.read() as session:
        assert templates.get_template(session, "thanks", "en").body == "Thank you {salutation}"


def test_an_unknown_kind_or_language_is_refused(empty_db):
    with empty_db.write() as session:
        with pytest.raises(ValidationError, match="unknown kind of message: postcard") as kind:
            templates.get_template(session, "postcard", "en")
        with pytest.raises(ValidationError, match="unknown language: de") as language:
            templates.save_template(session, "thanks", "de", "Danke", "Danke")
        with pytest.raises(ValidationError):
            templates.reset_template(session, "postcard", "fr")
    assert kind.value.problems[0].field == "kind" and language.value.problems[0].field == "language"


def test_built_in_french_puts_a_no_break_space_before_each_colon():
    assert templates._french_typography("Lien : {link} et : fin") == "Lien\u00a0: {link} et\u00a0: fin"
    for subject, body in templates.DEFAULTS["fr"].values():
        assert " :" not in subject + body
    assert "\u00a0:" in templates.DEFAULTS["fr"]["confirmation"][1]


def test_the_signature_falls_back_to_english_then_to_the_name():
    sender = templates.Sender("Alex Organizer", "alex@example.ca", "  Alex, Public Safety  ", "   ")
    assert sender.signature_in("fr") == "Alex, Public Safety"
    assert templates.Sender("Alex", "", "EN", "FR").signature_in("fr") == "FR"
    assert templates.Sender("Alex", "", "EN", "FR").signature_in("en") == "EN"
    assert templates.Sender("Alex", "", " ", "").signature_in("en") == "Alex"


def test_the_organizer_is_stored_trimmed_and_an_address_or_name_that_could_add_a_header_is_refused(empty_db):
    with empty_db.read() as session:
        assert templates.get_sender(session) == templates.Sender()
    with empty_db.write() as session:
        templates.save_sender(session, templates.Sender(" Alex ", " alex@example.ca ", " Sig ", "  "))
        templates.save_sender(session, templates.Sender(" Alex O. ", " alex@example.ca ", " Sig ", " Sign. "))
    with empty_db.read() as session:
        assert templates.get_sender(session) == templates.Sender("Alex O.", "alex@example.ca", "Sig", "Sign.")
    with empty_db.write() as session:
        templates.save_sender(session, templates.Sender("", "", "", ""))  # cleared: nothing stored
    with empty_db.read() as session:
        assert templates.get_sender(session) == templates.Sender()
    for sender, fields in [
        (templates.Sender("Alex", "not an address"), ["organizer_email"]),
        (templates.Sender("Alex\r\nBcc: spy@example.org", "alex@example.ca"), ["organizer_name"]),
        (templates.Sender("Alex\x1b[31m", "alex@example.ca"), ["organizer_name"]),
    ]:
        with empty_db.write() as session, pytest.raises(ValidationError) as refused:
            templates.save_sender(session, sender)
        assert [p.field for p in refused.value.problems] == fields
    with empty_db.read() as session:
        assert templates.get_sender(session) == templates.Sender()


def test_a_placeholder_name_is_at_most_60_characters_longer_braces_are_text():
    sixty, sixty_one = "a" * 60, "b" * 61
    assert templates.unknown_placeholders(f"{{{sixty}}} {{{sixty_one}}}") == [sixty]
    assert templates.fill(f"{{{sixty_one}}} {{name}}", {"name": "Dr. Seto"}) == f"{{{sixty_one}}} Dr. Seto"


def test_resetting_one_language_keeps_the_other_languages_own_wording(empty_db):
    with empty_db.write() as session:
        templates.save_template(session, "thanks", "en", "Thanks", "Thank you {salutation}")
        templates.save_template(session, "thanks", "fr", "Merci", "Merci {salutation}")
        templates.save_template(session, "reminder", "fr", "Rappel", "Rappel {salutation}")
        templates.reset_template(session, "thanks", "fr")
    with empty_db.read() as session:
        assert templates.get_template(session, "thanks", "en") == templates.Template(
            "thanks", "en", "Thanks", "Thank you {salutation}", True)
        assert not templates.get_template(session, "thanks", "fr").customized
        assert templates.get_template(session, "reminder", "fr").subject == "Rappel"


def test_an_organizer_name_pasted_with_a_trailing_line_break_is_kept_trimmed(empty_db):
    with empty_db.write() as session:
        templates.save_sender(session, templates.Sender("Alex Organizer\n", "alex@example.ca\r\n"))
    with empty_db.read() as session:
        assert templates.get_sender(session) == templates.Sender("Alex Organizer", "alex@example.ca")


def test_a_refused_organizer_says_why_field_by_field(empty_db):
    with empty_db.write() as session, pytest.raises(ValidationError) as refused:
        templates.save_sender(session, templates.Sender("Alex\nBcc: x@example.org", "not an address"))
    assert [(p.field, p.message()) for p in refused.value.problems] == [
        ("organizer_email", "This is not an e-mail address."),
        ("organizer_name", "This must be one line, without control characters.")]


def test_an_address_with_a_control_character_is_refused_on_the_address_field(empty_db):
    with empty_db.write() as session, pytest.raises(ValidationError) as refused:
        templates.save_sender(session, templates.Sender("Alex", "alex@example.ca\x07"))
    assert [(p.field, p.message()) for p in refused.value.problems] == [
        ("organizer_email", "This must be one line, without control characters.")]
