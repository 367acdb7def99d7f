"""Which D-Bus buses Qt may talk to: only a session bus that already runs on
this machine, never one started for the kiosk.

Qt's accessibility bridge asks the session bus whether a screen reader is
listening. With no session bus address in the environment, libdbus falls
back to "autolaunch:": with the dbus-x11 package installed it runs
dbus-launch, which writes ~/.dbus/session-bus/..., makes sockets in /tmp and
leaves a dbus-daemon running after the kiosk exits. Other transports are no
better for a kiosk: tcp: opens an internet socket, unixexec: starts a
program. So before Qt starts, the addresses Qt reads keep only their local
socket (unix:) entries; a real session bus, such as the one a systemd login
session provides, stays reachable and so does the screen reader.

Qt-free, so it can be tested without a display.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import MutableMapping

SESSION_BUS = "DBUS_SESSION_BUS_ADDRESS"
# Set by some desktops for the accessibility bus itself; Qt connects to it
# directly when it is there.
ACCESSIBILITY_BUS = "AT_SPI_BUS_ADDRESS"
# The print system's library tells the system bus about print jobs; its
# default is a local socket, and only this variable could make it otherwise.
SYSTEM_BUS = "DBUS_SYSTEM_BUS_ADDRESS"
# An address libdbus and Qt refuse at once ("unknown transport"): no process,
# no socket, no file. GLib reads the same word as "no session bus".
NO_BUS = "disabled:"
# Bytes a D-Bus address may hold unescaped (the D-Bus specification, "Addresses").
_PLAIN = frozenset(b"-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_/.\\*")


def uses_dbus() -> bool:
    """Qt reaches D-Bus on Linux and the BSDs, not on Windows or macOS."""
    return os.name == "posix" and sys.platform != "darwin"


def local_entries(address: str) -> tuple[str, list[str]]:
    """The address's local-socket entries, joined again, and the entries
    left out. An address is a ';'-separated list that libdbus tries in turn."""
    kept: list[str] = []
    dropped: list[str] = []
    for entry in (part.strip() for part in address.split(";")):
        if not entry:
            continue
        (kept if entry.startswith("unix:") else dropped).append(entry)
    return ";".join(kept), dropped


def escape(path: str) -> str:
    """A file path as a D-Bus address value."""
    return "".join(chr(b) if b in _PLAIN else f"%{b:02x}" for b in os.fsencode(path))


def runtime_dir_bus(environ: MutableMapping[str, str]) -> str | None:
    """$XDG_RUNTIME_DIR/bus when it is a socket this user owns: the session
    bus of a systemd login session, which libdbus would use by itself."""
    runtime_dir = environ.get("XDG_RUNTIME_DIR")
    if not runtime_dir:
        return None
    path = os.path.join(runtime_dir, "bus")
    try:
        found = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISSOCK(found.st_mode) or found.st_uid != os.getuid():
        return None
    return f"unix:path={escape(path)}"


def existing_buses_only(environ: MutableMapping[str, str]) -> list[str]:
    """Make `environ` name only buses that already run, reached through local
    sockets. Returns one line for the log per address that was changed
    (empty when nothing was)."""
    if not uses_dbus():
        return []
    notes = []
    session = environ.get(SESSION_BUS, "").strip()
    if not session:
        # libdbus would try $XDG_RUNTIME_DIR/bus, then autolaunch.
        environ[SESSION_BUS] = runtime_dir_bus(environ) or NO_BUS
    else:
        kept, dropped = local_entries(session)
        environ[SESSION_BUS] = kept or NO_BUS
        if dropped:
            notes.append(_note(SESSION_BUS, dropped))
    # Without these two, Qt asks the session bus where the accessibility bus
    # is, and libdbus uses the system bus's usual socket.
    for variable in (ACCESSIBILITY_BUS, SYSTEM_BUS):
        address = environ.get(variable)
        if address is None:
            continue
        kept, dropped = local_entries(address)
        if kept:
            environ[variable] = kept
        else:
            del environ[variable]
        if dropped:
            notes.append(_note(variable, dropped))
    return notes


def _note(variable: str, dropped: list[str]) -> str:
    transports = ", ".join(sorted({entry.split(":", 1)[0] + ":" for entry in dropped}))
    return (
        f"{variable}: ignored its {transports} part; the kiosk uses only a D-Bus "
        "bus that already runs on this machine (unix:)"
    )
