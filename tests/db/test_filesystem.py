"""Detecting a planner file on a network drive from a (fake) mount table."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from ocse_planner.db.filesystem import mount_type, network_filesystem

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
fileserver:/export/team /mnt/team nfs4 rw,relatime,vers=4.2 0 0
//nas/Shared\\040Drive /media/shared\\040drive cifs rw,vers=3.0 0 0
me@host:/home/me /home/me/remote fuse.sshfs rw,nosuid 0 0
/dev/sdb1 /mnt/team/local-disk ext4 rw 0 0
"""


def test_nfs_share_is_network():
    assert network_filesystem("/mnt/team/plans/planner.db", MOUNTS) == "nfs4"


def test_smb_share_with_a_space_in_its_mount_point():
    assert network_filesystem("/media/shared drive/planner.db", MOUNTS) == "cifs"


def test_sshfs_is_network():
    assert network_filesystem("/home/me/remote/planner.db", MOUNTS) == "fuse.sshfs"


def test_local_disk_mounted_inside_a_share_is_local():
    assert network_filesystem("/mnt/team/local-disk/planner.db", MOUNTS) is None


def test_local_file_is_not_network():
    assert network_filesystem("/home/me/planner.db", MOUNTS) is None


def test_prefix_of_a_mount_point_name_is_not_inside_it():
    assert mount_type(PurePosixPath("/mnt/teamwork/planner.db"), MOUNTS) == "ext4"


def test_unc_path_is_network():
    assert network_filesystem(r"\\server\share\planner.db") == "smb"


def test_real_temp_folder_is_local(tmp_path: Path):
    assert network_filesystem(tmp_path / "planner.db") is None
