"""When does a window appear on an X display? A private Xvfb server and a map watcher.

`xdotool search --sync --name` answers the question too, but it polls every 500 ms,
coarser than the start-up it would measure. `MapWatcher` instead asks the X server for
the root window's SubstructureNotify events (libX11 through ctypes, no extra package) and
returns the moment a top-level window whose name contains the given text is mapped; the
bench confirms afterwards with `xdotool search --onlyvisible --name` that it is there.

Without a window manager (a bare Xvfb) top-level windows are children of the root window,
so their MapNotify events reach the watcher directly.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import tempfile
import time

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19
ANY_PROPERTY_TYPE = 0


class _Event(ctypes.Structure):
    # XEvent is a union padded to 24 longs; MapNotify's window is the 6th long
    # (type, serial, send_event, display, event, window).
    _fields_ = [("data", ctypes.c_long * 24)]


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
        ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    return lib


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda _d, _e: 0)


class MapWatcher:
    """Connected to `display` before the process starts, so no map event is missed."""

    def __init__(self, display: str) -> None:
        self.x = _xlib()
        self.x.XSetErrorHandler(_ERROR_HANDLER)  # a window gone before we read its name is no error
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self.root = self.x.XDefaultRootWindow(self.dpy)
        self.x.XSelectInput(self.dpy, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x.XSync(self.dpy, 1)  # discard anything from before
        self.names = [self.x.XInternAtom(self.dpy, name, 0) for name in (b"_NET_WM_NAME", b"WM_NAME")]

    def _name(self, window: int) -> str:
        for atom in self.names:
            kind, fmt = ctypes.c_ulong(), ctypes.c_int()
            count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
            status = self.x.XGetWindowProperty(self.dpy, window, atom, 0, 1024, 0, ANY_PROPERTY_TYPE,
                                               ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(count),
                                               ctypes.byref(after), ctypes.byref(data))
            if status == 0 and data.value:
                text = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
                self.x.XFree(data)
                if text:
                    return text
        return ""

    def wait_for(self, title: str, timeout: float, alive=lambda: True) -> float:  # type: ignore[no-untyped-def]
        """perf_counter() when a window whose name contains `title` is mapped."""
        fd = self.x.XConnectionNumber(self.dpy)
        deadline = time.perf_counter() + timeout
        event = _Event()
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.data[0] & 0x7F == MAP_NOTIFY:
                    at = time.perf_counter()
                    if title in self._name(event.data[5]):
                        return at
            left = deadline - time.perf_counter()
            if left <= 0 or not alive():
                raise TimeoutError(f"no window named like {title!r} was mapped")
            select.select([fd], [], [], min(left, 0.05))

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)


class Xvfb:
    """A private virtual X display for the duration of a `with` block."""

    def __init__(self, size: str = "1280x800x24") -> None:
        self.size = size
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        if shutil.which("Xvfb") is None:
            raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb)")
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", self.size, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as handle:
            number = handle.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        return self

    def __exit__(self, *_: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)


def visible(display: str, title: str) -> bool:
    """`xdotool search --onlyvisible --name TITLE` finds the window (a cross-check)."""
    if shutil.which("xdotool") is None:
        return True  # the map event alone is then the evidence
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], capture_output=True,
                           env=dict(os.environ, DISPLAY=display), timeout=30)
    return found.returncode == 0 and bool(found.stdout.strip())


def time_to_window(command: list[str], title: str, display: str, env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from starting `command` until its window named like `title` is mapped on
    `display`; the process is then ended."""
    watcher = MapWatcher(display)
    log = tempfile.TemporaryFile()
    try:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=dict(env, DISPLAY=display), stdout=log, stderr=log)
        try:
            mapped = watcher.wait_for(title, timeout, alive=lambda: process.poll() is None)
            if not visible(display, title):
                raise RuntimeError(f"xdotool does not see the window {title!r}")
        except TimeoutError as exc:
            log.seek(0)
            output = log.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)}: {exc}; its output: {output}") from None
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return mapped - start
    finally:
        watcher.close()
        log.close()


__all__ = ["MapWatcher", "Xvfb", "time_to_window", "visible"]
