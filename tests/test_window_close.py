"""Only staff end the kiosk: a close request (Alt+F4, a window manager's
close button) is refused, and a window that goes anyway ends the run with a
status a supervisor restarts on."""

from __future__ import annotations

import contextlib
import ctypes
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from real_process import ROOT, VirtualScreen, child_env, need
from ui_helpers import SIZE, TODAY, make_kiosk, remove_filters

from kiosk.app.fonts import load_fonts
from kiosk.app.kiosk import build_kiosk
from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig
from kiosk.ui.staff_only_close import WINDOW_LOST_EXIT, end_with_the_window


@pytest.fixture
def guarded(qtbot):
    kiosk = make_kiosk(qtbot)
    end_with_the_window(kiosk.app, kiosk.window)
    yield kiosk
    QApplication.instance().setQuitOnLastWindowClosed(True)
    remove_filters(kiosk)


@pytest.mark.parametrize("how", ["QWidget.close", "QWindow.close", "close event"])
def test_a_close_request_is_refused(guarded, qtbot, how):
    window = guarded.window
    if how == "QWidget.close":
        assert window.close() is False
    elif how == "QWindow.close":
        assert window.windowHandle().close() is False
    else:  # what the platform sends for Alt+F4 / WM_DELETE_WINDOW
        event = QCloseEvent()
        QApplication.sendEvent(window.windowHandle(), event)
        assert not event.isAccepted()
    assert window.isVisible()


def run_loop_until(app, action) -> int:
    QTimer.singleShot(0, action)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: app.exit(99))  # a hang fails, not blocks
    give_up.start(10_000)
    try:
        return app.exec()
    finally:
        give_up.stop()  # it must not end a later test's event loop


def test_staff_exit_ends_with_zero(guarded):
    assert run_loop_until(guarded.app, guarded.exit_kiosk) == 0
    assert guarded.window.close() is True, "after Exit kiosk the window may close"


def test_a_refused_close_does_not_end_the_run(guarded):
    def close_then_check():
        guarded.window.close()
        QTimer.singleShot(50, lambda: guarded.app.exit(42 if guarded.window.isVisible() else 1))

    assert run_loop_until(guarded.app, close_then_check) == 42


def test_a_window_destroyed_anyway_ends_non_zero(qapp):
    # Built without qtbot, which would try to close the destroyed window.
    load_fonts()
    _, result = ContentSource().load(TODAY)
    kiosk = build_kiosk(qapp, KioskConfig(), result, today=lambda: TODAY)
    kiosk.window.resize(*SIZE)
    kiosk.window.show()
    end_with_the_window(kiosk.app, kiosk.window)
    try:
        assert run_loop_until(qapp, kiosk.window.deleteLater) == WINDOW_LOST_EXIT
    finally:
        kiosk.window.allow_close()
        qapp.setQuitOnLastWindowClosed(True)
        if kiosk.other_windows is not None:
            kiosk.other_windows.stop()
        kiosk.idle.set_active(False)


# --- the real process under X11 ------------------------------------------------


class Xlib:
    """Just enough of libX11, through ctypes, to act as a window manager does
    when someone presses Alt+F4: send WM_DELETE_WINDOW to the window."""

    def __init__(self, display: str) -> None:
        try:
            self.lib = ctypes.CDLL("libX11.so.6")
        except OSError:
            pytest.skip("libX11 is not installed (Debian package libx11-6)")
        self.lib.XOpenDisplay.restype = ctypes.c_void_p
        self.lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.lib.XInternAtom.restype = ctypes.c_ulong
        self.lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.lib.XSendEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p,
        ]  # fmt: skip
        self.lib.XFlush.argtypes = [ctypes.c_void_p]
        self.lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.display = self.lib.XOpenDisplay(display.encode())
        assert self.display

    def delete_window(self, window: int) -> None:
        class ClientMessage(ctypes.Structure):
            _fields_ = [
                ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("data", ctypes.c_long * 5), ("pad", ctypes.c_long * 12),
            ]  # fmt: skip

        protocols = self.lib.XInternAtom(self.display, b"WM_PROTOCOLS", 0)
        delete = self.lib.XInternAtom(self.display, b"WM_DELETE_WINDOW", 0)
        message = ClientMessage(type=33, window=window, message_type=protocols, format=32)
        message.data[0], message.data[1] = delete, 0  # CurrentTime
        self.lib.XSendEvent(self.display, window, 0, 0, ctypes.byref(message))
        self.lib.XFlush(self.display)

    def close(self) -> None:
        self.lib.XCloseDisplay(self.display)


def kiosk_window_id(display: str) -> int | None:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display],
        capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    for line in tree.splitlines():
        if '"Kiosk": ("' in line:  # the top-level window, with its WM_CLASS
            return int(line.split()[0], 16)
    return None


@pytest.mark.slow
def test_the_real_kiosk_refuses_a_window_manager_close_and_ends_non_zero_when_killed(tmp_path):
    need("xwininfo", "x11-utils")
    need("xkill", "x11-utils")
    screen = VirtualScreen(1024, 768)
    process = None
    try:
        env = child_env(tmp_path, DISPLAY=screen.display, QT_QPA_PLATFORM="xcb")
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--windowed"], env=env, cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        window = None
        for _ in range(300):  # up to 30 s for the window to be mapped
            window = kiosk_window_id(screen.display)
            if window is not None or process.poll() is not None:
                break
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.1)
        assert window is not None, process.communicate(timeout=10)
        x = Xlib(screen.display)
        try:
            for _ in range(3):  # Alt+F4, pressed again and again
                x.delete_window(window)
        finally:
            x.close()
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=3)
        assert kiosk_window_id(screen.display) == window, "still on screen"
        # The window goes anyway (its X connection killed, as xkill does):
        # a status the unit's Restart= acts on, never 0.
        subprocess.run(["xkill", "-display", screen.display, "-id", str(window)],
                       capture_output=True, check=True)  # fmt: skip
        _, errors = process.communicate(timeout=30)
        assert process.returncode != 0, errors
        assert "Traceback" not in errors
    finally:
        if process is not None:
            if process.poll() is None:
                process.kill()
            process.communicate(timeout=10)
        screen.close()
