"""An export that fails half-way leaves the previous file as it was, and no litter."""

from __future__ import annotations

import os

import pytest

from ocse_planner.export import atomic
from ocse_planner.export.atomic import ExportError, write_bytes_atomic


def test_replaces_the_file_in_one_step(tmp_path):
    target = tmp_path / "cal.ics"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["cal.ics"]


def test_failure_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    target = tmp_path / "cal.ics"
    target.write_bytes(b"old")

    def broken_replace(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(ExportError, match="disk is full"):
        write_bytes_atomic(target, b"new")
    monkeypatch.setattr(atomic.os, "replace", os.replace)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["cal.ics"]
