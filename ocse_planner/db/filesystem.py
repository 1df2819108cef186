"""Is a planner file on a network drive? SQLite's WAL needs shared memory between every
process using the file, which NFS, SMB/CIFS and sshfs do not provide across machines:
two computers opening the same file there can corrupt it. We cannot prevent that, but we
can say so when such a file is opened.

Linux: the longest mount point in /proc/mounts that contains the file tells its file
system type. Windows: a UNC path (\\\\server\\share) or a mapped network drive. Other
systems: best effort (no warning when we cannot tell).
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PureWindowsPath

# File system types (as /proc/mounts spells them) that are shared over a network.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs",
    "afs", "ncpfs", "9p", "fuse.davfs2", "davfs", "ceph", "glusterfs", "fuse.glusterfs",
    "fuse.rclone", "lustre", "gpfs", "beegfs", "orangefs",
})
PROC_MOUNTS = Path("/proc/mounts")


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes (\\040)."""
    return (field.replace("\\040", " ").replace("\\011", "\t")
            .replace("\\012", "\n").replace("\\134", "\\"))


def mount_type(path: PurePath, mounts_text: str) -> str | None:
    """The file system type of the mount holding `path`, from a /proc/mounts table."""
    best: tuple[int, str] | None = None
    target = path.as_posix()
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    return best[1] if best else None


def _windows_network_type(path: PureWindowsPath) -> str | None:
    if str(path).startswith(("\\\\", "//")):
        return "smb"
    if os.name == "nt" and path.drive:  # a mapped drive letter: ask Windows
        import ctypes

        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\") == drive_remote:  # type: ignore[attr-defined]
            return "smb"
    return None


def network_filesystem(path: Path | str, mounts_text: str | None = None) -> str | None:
    """The network file system type holding `path` ("nfs4", "cifs", …), or None if local."""
    if os.name == "nt" or str(path).startswith(("\\\\", "//")):
        return _windows_network_type(PureWindowsPath(str(path)))
    resolved = Path(path).expanduser().resolve()
    if mounts_text is None:
        try:
            mounts_text = PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # macOS, BSD: no /proc/mounts; we cannot tell
    fstype = mount_type(resolved, mounts_text)
    return fstype if fstype is not None and fstype.lower() in NETWORK_TYPES else None
