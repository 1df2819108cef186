"""Refresh the translation sources (.ts) from the code and compile them (.qm).

    python scripts/update_translations.py [LANG ...]     (default: fr)

Adding a language is adding its .ts file: run this, translate the file in Qt Linguist
(`pyside6-linguist`), run this again. The app loads
`ocse_planner/resources/translations/ocse_planner_<lang>.qm` for the user's locale; no
code changes are needed. Strings are collected from `ui/` (self.tr / translate) and from
`services/` (QT_TRANSLATE_NOOP markers in the Qt-free vocabulary).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ocse_planner"
OUT = PACKAGE / "resources" / "translations"


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def main(languages: list[str]) -> int:
    sources = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
    sources += sorted(str(p) for p in (PACKAGE / "services").rglob("*.py"))
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in languages or ["fr"]:
        ts = OUT / f"ocse_planner_{lang}.ts"
        subprocess.run([tool("lupdate"), *sources, "-ts", str(ts)], check=True)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
