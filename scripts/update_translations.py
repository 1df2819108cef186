"""Refresh both translation catalogues from the whole package, compile them, or check them.

    python scripts/update_translations.py            refresh fr from the code, then compile
    python scripts/update_translations.py --check    list what is untranslated; exit 1 if any
    python scripts/update_translations.py de         another language (creates its files)

Two catalogues (README, "Translating"):

- Qt Linguist, for the window: `pyside6-lupdate` reads every `self.tr(...)`,
  `QCoreApplication.translate("Context", ...)` and `QT_TRANSLATE_NOOP("Context", ...)` of
  the package into `ocse_planner/resources/translations/ocse_planner_<lang>.ts`;
  `pyside6-lrelease` compiles it to the `.qm` the app loads.
- gettext, for everything without Qt (command line, argparse's own strings, service
  messages): Babel extracts `_()`, `N_()`, `ngettext()` and the `UserError` templates into a
  template, merges it into `ocse_planner/resources/locale/<lang>/LC_MESSAGES/ocse_planner.po`
  and compiles the `.mo`.

After a refresh, new strings are "unfinished" in the .ts (edit in Qt Linguist,
`pyside6-linguist`, or any editor) and empty in the .po; translate them and run the script
again to compile. Strings the code no longer uses are dropped from both files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ocse_planner"
TS_DIR = PACKAGE / "resources" / "translations"
LOCALE_DIR = PACKAGE / "resources" / "locale"
DOMAIN = "ocse_planner"
sys.path.insert(0, str(ROOT))
from ocse_planner.services.errors import EXTRACT_KEYWORDS  # noqa: E402

# What Babel looks for besides its defaults (_, gettext, ngettext, N_ ...): the templates
# of every UserError (`ConflictError("Number {number} is already used…", number=…)`).
KEYWORDS = (*EXTRACT_KEYWORDS,
            # the Qt-free vocabulary of statuses and roles (services/vocabulary.py) is marked
            # for Qt's catalogue; the command line needs its words too, without the context
            "QT_TRANSLATE_NOOP:2")
# ui/ speaks through Qt's catalogue only (self.tr, translate): Babel leaves it to lupdate.
GETTEXT_SKIPS = ("ui",)


def tool(name: str) -> str:
    """`pyside6-<name>` of this interpreter's environment (PySide6-Essentials ships them)."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"ocse_planner_{lang}.ts"


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


# --- Qt ------------------------------------------------------------------------------

# The regional variant each catalogue is written for (Canadian French).
TARGETS = {"fr": "fr_CA", "en": "en_CA"}


def lupdate(ts: Path, lang: str) -> None:
    """Merge the package's current strings into `ts`, dropping those the code lost."""
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none",
                    "-target-language", TARGETS.get(lang, lang), *sources(), "-ts", str(ts)],
                   check=True, capture_output=True)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("lrelease"), "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)


def ts_problems(ts: Path) -> list[str]:
    """Strings of `ts` without a finished translation (new, unfinished or vanished)."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if message.get("numerus") == "yes" and translation is not None:
                empty = not any((form.text or "").strip() for form in translation.iter("numerusform"))
            else:
                empty = translation is None or not (translation.text or "").strip()
            if kind in ("unfinished", "missing") or empty:
                problems.append(f"{ts.name}: [{name}] {source!r} is not translated")
            elif kind in ("obsolete", "vanished"):
                problems.append(f"{ts.name}: [{name}] {source!r} is no longer used by the code")
    return problems


def check_ts(lang: str) -> list[str]:
    """lupdate into a temporary copy of the .ts: what the code asks for that is missing."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts_path(lang).name
        if ts_path(lang).exists():
            shutil.copyfile(ts_path(lang), copy)
        subprocess.run([tool("lupdate"), "-locations", "none", *sources(), "-ts", str(copy)],
                       check=True, capture_output=True)
        return ts_problems(copy)


# --- gettext -------------------------------------------------------------------------

def pybabel(*args: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(pot: Path) -> None:
    keywords = [f"--keyword={k}" for k in KEYWORDS]
    skips = [f"--ignore-dirs={name}" for name in GETTEXT_SKIPS]
    pybabel("extract", "--no-location", "--sort-output", "--project=OCSE Planner",
            "--copyright-holder=OCSE Planner", *keywords, *skips, "-o", str(pot), str(PACKAGE))


def po_problems(pot: Path, po: Path) -> list[str]:
    """Every message of the template translated in `po`, none fuzzy, none left over."""
    from babel.messages.pofile import read_po

    with pot.open("rb") as handle:
        template = read_po(handle)
    if not po.exists():
        return [f"{po}: missing"]
    with po.open("rb") as handle:
        catalog = read_po(handle)
    problems = []
    for message in template:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        found = catalog.get(message.id if isinstance(message.id, str) else message.id[0])
        if found is None:
            problems.append(f"{po.name}: {key!r} is not in the catalogue")
        elif found.fuzzy:
            problems.append(f"{po.name}: {key!r} is fuzzy")
        elif not all(found.string) if isinstance(found.string, tuple) else not found.string:
            problems.append(f"{po.name}: {key!r} is not translated")
    wanted = {m.id[0] if isinstance(m.id, tuple) else m.id for m in template if m.id}
    for message in catalog:
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if message.id and key not in wanted:
            problems.append(f"{po.name}: {key!r} is no longer used by the code")
    return problems


def check_po(lang: str) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        pot = Path(folder) / f"{DOMAIN}.pot"
        extract(pot)
        return po_problems(pot, po_path(lang))


def update_po(lang: str) -> None:
    """Merge the extracted template into the .po (new messages empty, vanished ones
    dropped) without touching its dates when nothing changed, so the file only changes
    with its messages."""
    from babel.messages.pofile import read_po, write_po

    po = po_path(lang)
    with tempfile.TemporaryDirectory() as folder:
        pot = Path(folder) / f"{DOMAIN}.pot"
        extract(pot)
        with pot.open("rb") as handle:
            template = read_po(handle)
    if po.exists():
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
        catalog.obsolete.clear()
    else:
        po.parent.mkdir(parents=True, exist_ok=True)
        catalog = template
        catalog.locale = lang  # type: ignore[assignment]
        catalog.language_team = f"{lang} <{lang}@li.org>"
    catalog.project, catalog.version = "OCSE Planner", "1"
    with po.open("wb") as handle:
        write_po(handle, catalog, width=100)


def compile_po(lang: str) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    with po_path(lang).with_suffix(".mo").open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)


# --- main ----------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("languages", nargs="*", default=["fr"], help="languages to refresh (default: fr)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list untranslated or unused strings and exit 1 if any")
    args = parser.parse_args(argv)
    problems: list[str] = []
    for lang in args.languages:
        if args.check:
            problems += check_ts(lang) + check_po(lang)
            continue
        TS_DIR.mkdir(parents=True, exist_ok=True)
        lupdate(ts_path(lang), lang)
        lrelease(ts_path(lang))
        update_po(lang)
        compile_po(lang)
        problems += ts_problems(ts_path(lang)) + check_po(lang)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} string(s) to translate or remove.", file=sys.stderr)
    return 1 if problems and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
