"""The README names only files that are in the repository (no paths into other folders)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


# What a file of the project is named like (not `module.ATTRIBUTE`, not an example output).
FILE_ENDINGS = r"(\.(py|md|png|svg|ttf|txt|desktop|toml|ts|qm|mako|csv|json|ini|sh)|/)$"


def named_paths() -> list[str]:
    """Relative paths in code spans and links: `tests/x.py`, `ui/common/settings.py`, (docs/a.png)."""
    spans = re.findall(r"`([^`\s]+)`", README) + re.findall(r"\]\(([^)\s]+)\)", README)
    return [s for s in spans
            if "/" in s and ".." not in s and not s.startswith(("~", "$", "%", "http", "file:", "/", "-"))
            and not any(c in s for c in "<>*|:=") and re.search(FILE_ENDINGS, s)]


def test_the_readme_points_nowhere_outside_the_repository():
    """No path that climbs out of the project (`../shared/tools/…`); `sub/../plan.db`, an
    example of one file spelled two ways, stays inside."""
    climbing = re.findall(r"(?<![\w/.])\.\./[^\s`)]*", README)
    assert climbing == []
    assert "shared/tools" not in README


# Named as files a command or a later change writes, not as files to read now.
NOT_YET = {
    "ocse_planner/resources/translations/ocse_planner_fr.ts",  # written by scripts/update_translations.py
    "mutants/",  # written by scripts/mutation.py, ignored by git
}


def test_every_file_the_readme_names_exists():
    paths = named_paths()
    assert "docs/main-window.png" in paths and "tests/ui/test_usable_window.py" in paths
    missing = [p for p in paths if p not in NOT_YET
               and not (ROOT / p).exists() and not (ROOT / "ocse_planner" / p).exists()]
    assert missing == []
