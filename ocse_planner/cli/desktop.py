"""`ocse-planner install-desktop-entry`: put OCSE Planner in the Linux desktop's menu.

Writes the package's `.desktop` file (with the full path of this `ocse-planner`, so an
install in a virtual environment starts from the menu too) and the icon into the user's
data folder (`$XDG_DATA_HOME`, by default `~/.local/share`), where desktops look for them.
`--remove` takes them out again. Nothing outside that folder is touched; no root needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from ocse_planner.cli import EXIT_OK, CliError

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DESKTOP_FILE = RESOURCES / "desktop" / "ocse-planner.desktop"
ICON_SVG = RESOURCES / "icons" / "ocse-planner.svg"
ICON_PNG = RESOURCES / "icons" / "ocse-planner.png"


def data_folder(given: str | None) -> Path:
    if given:
        return Path(given).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(xdg) if xdg else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command the menu entry runs: this very `ocse-planner` when it is a script."""
    script = Path(sys.argv[0])
    if script.name == "ocse-planner" and script.exists():
        return [str(script.resolve())]
    found = shutil.which("ocse-planner")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "ocse_planner"]


def entry_text(command: list[str]) -> str:
    """The package's desktop entry with `Exec`/`TryExec` running `command`."""
    lines = []
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_quote(part) for part in command)
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _quote(part: str) -> str:
    """A word of an Exec line (Desktop Entry spec: reserved characters need double quotes)."""
    if any(c in part for c in ' \t\n"\'\\><~|&;$*?#()`'):
        escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
        return f'"{escaped}"'
    return part


def targets(folder: Path) -> dict[str, Path]:
    return {
        "entry": folder / "applications" / "ocse-planner.desktop",
        "svg": folder / "icons" / "hicolor" / "scalable" / "apps" / "ocse-planner.svg",
        "png": folder / "icons" / "hicolor" / "256x256" / "apps" / "ocse-planner.png",
    }


def cmd_install_desktop_entry(args: argparse.Namespace) -> int:
    if sys.platform != "linux" and not args.data_dir:
        raise CliError("The desktop entry is for Linux desktops; on this system start ocse-planner itself.")
    paths = targets(data_folder(args.data_dir))
    if args.remove:
        for path in paths.values():
            if path.exists():
                path.unlink()
                print(f"Removed {path}")
        return EXIT_OK
    from ocse_planner.export.atomic import ExportError, write_atomically
    from ocse_planner.services.errors import os_reason

    for path in paths.values():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(path.parent, "cannot be created ({detail})", detail=os_reason(exc)) from None
    write_atomically(paths["entry"], lambda tmp: tmp.write_text(entry_text(launcher()), encoding="utf-8"))
    write_atomically(paths["svg"], lambda tmp: tmp.write_bytes(ICON_SVG.read_bytes()))
    write_atomically(paths["png"], lambda tmp: tmp.write_bytes(ICON_PNG.read_bytes()))
    for path in paths.values():
        print(f"Wrote {path}")
    print("OCSE Planner is in the desktop's menu (Office); log out and in again if it does not show yet.")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "install-desktop-entry", help="add OCSE Planner to the Linux desktop's application menu (with its icon)"
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where desktops look for entries and icons (default: $XDG_DATA_HOME or ~/.local/share)")
    parser.add_argument("--remove", action="store_true", help="remove the entry and icon written before")
    parser.set_defaults(func=cmd_install_desktop_entry)
