"""Before Qt starts: is there a screen to open, and can Qt's X11 plugin load?

When it cannot, Qt prints a long plugin message and aborts the process. A
person setting up a kiosk needs one plain sentence saying what is missing and
the command that installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
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


def display_problem() -> str | None:
    """None when Qt should be able to open a window; else what to do about it."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")):
        return None
    wayland = bool(os.environ.get("WAYLAND_DISPLAY")) and not platform.startswith("xcb")
    if wayland:
        return None
    if not os.environ.get("DISPLAY"):
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
    return None


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_xcb_libraries() -> list[str]:
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
