"""Before Qt starts: is there a screen to open, can Qt's X11 plugin load, and
does a display server answer where DISPLAY or WAYLAND_DISPLAY points?

When it cannot, Qt prints a long plugin message and aborts the process. A
person setting up a kiosk needs one plain sentence saying what is missing and
the command that installs it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

# Shared libraries the xcb plugin needs that a fresh Debian lacks, and the
# packages that bring them.
DEBIAN_PACKAGES: Final = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def debian_package(soname: str) -> str:
    """The Debian package that ships a shared library: the table's answer, else
    Debian's naming rule (libxcb-cursor.so.0 -> libxcb-cursor0; a name ending
    in a digit takes a hyphen: libxkbcommon-x11.so.0 -> libxkbcommon-x11-0)."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    name, version = name.lower(), version.split(".")[0]
    if not version:
        return name
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def qt_platforms() -> list[str]:
    """The platform plugins Qt will try, in order, as QGuiApplication picks
    them: QT_QPA_PLATFORM (a ';' list), else Wayland in a Wayland session
    (but not on GNOME, where Qt stays on X11), else X11."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [name.split(":")[0].strip() for name in chosen.split(";") if name.strip()]
    desktops = os.environ.get("XDG_CURRENT_DESKTOP", "") + os.environ.get("XDG_SESSION_DESKTOP", "")
    if os.environ.get("XDG_SESSION_TYPE") == "wayland" and "gnome" not in desktops.lower():
        return ["wayland"]
    return ["xcb"]


def display_problem() -> str | None:
    """None when Qt should be able to open a window; else what to do about it.
    With a list of platforms, one that works is enough; else the first one's
    problem is told."""
    problems = [_platform_problem(name) for name in qt_platforms()]
    if not problems or any(problem is None for problem in problems):
        return None
    return problems[0]


def _platform_problem(platform: str) -> str | None:
    if platform.startswith("wayland"):
        return wayland_problem()
    if platform == "xcb":
        return x11_problem()
    return None  # offscreen, eglfs, linuxfb, vnc...: no display server to reach


def x11_problem() -> str | None:
    display = os.environ.get("DISPLAY", "")
    if not display:
        return (
            "No display to show the kiosk on: DISPLAY is not set. Start it from the kiosk's "
            "graphical session (see deploy/README.md), under a Wayland compositor such as "
            "cage, or on a virtual screen: xvfb-run kiosk run."
        )
    missing = missing_xcb_libraries()
    if missing:
        packages = sorted({debian_package(lib) for lib in missing})
        return (
            "Qt's X11 plugin cannot load: these system libraries are missing: "
            f"{', '.join(missing)}. On Debian or Ubuntu install them with: "
            f"sudo apt-get install {' '.join(packages)}"
        )
    if not x11_display_answers(display):
        return (
            f"No X server answers on DISPLAY={display} (none runs there, or it refuses this "
            "user): start the kiosk from its graphical session (see deploy/README.md) or on "
            "a virtual screen: xvfb-run kiosk run."
        )
    return None


def x11_display_answers(display: str) -> bool:
    """Connect as Qt's X11 plugin will (libxcb, same display name, same
    authority file) and hang up. True also when libxcb cannot be loaded here:
    then there is nothing to test with, and Qt would say why itself."""
    import ctypes  # here: only an X11 start needs it

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)  # also frees a connection in error


def wayland_problem() -> str | None:
    """The compositor's socket, found as libwayland-client finds it."""
    if os.environ.get("WAYLAND_SOCKET"):
        return None  # handed over by the compositor as an open descriptor
    name = os.environ.get("WAYLAND_DISPLAY") or "wayland-0"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not name.startswith("/") and not runtime:
        return (
            "No Wayland compositor to show the kiosk on: XDG_RUNTIME_DIR is not set. Start it "
            "under cage from the kiosk's systemd unit (see deploy/README.md)."
        )
    path = name if name.startswith("/") else os.path.join(runtime, name)
    if not wayland_display_answers():
        return (
            f"No Wayland compositor answers at {path} (WAYLAND_DISPLAY={name}): start the "
            "kiosk under cage from its systemd unit (see deploy/README.md)."
        )
    return None


def wayland_display_answers() -> bool:
    """Connect as Qt's Wayland plugin will (libwayland-client, which reads
    WAYLAND_DISPLAY and XDG_RUNTIME_DIR itself) and hang up. True when the
    library cannot be loaded here: Qt's plugin needs it too, and says so."""
    import ctypes  # here: only a Wayland start needs it

    try:
        wayland = ctypes.CDLL("libwayland-client.so.0")
    except OSError:
        return True
    wayland.wl_display_connect.restype = ctypes.c_void_p
    wayland.wl_display_connect.argtypes = [ctypes.c_char_p]
    wayland.wl_display_disconnect.argtypes = [ctypes.c_void_p]
    connection = wayland.wl_display_connect(None)
    if connection is None:
        return False
    wayland.wl_display_disconnect(connection)
    return True


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_xcb_libraries() -> list[str]:
    import shutil
    import subprocess

    plugin = _xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        out = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(
        {line.split()[0] for line in out.splitlines() if "not found" in line and line.strip()}
    )
