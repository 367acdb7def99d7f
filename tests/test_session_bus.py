"""kiosk/session_bus.py: the bus addresses Qt will read, before Qt starts.
The real process under strace is in tests/test_no_trace.py."""

from __future__ import annotations

import socket

import pytest

from kiosk.session_bus import escape, existing_buses_only

S, A, Y = "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"


def note(variable: str, transports: str) -> str:
    return (
        f"{variable}: ignored its {transports} part; the kiosk uses only a D-Bus "
        "bus that already runs on this machine (unix:)"
    )


# Each case: the environment before, the one after, the log lines.
CASES = {
    "nothing set": ({}, {S: "disabled:"}, []),
    "empty": ({S: ""}, {S: "disabled:"}, []),
    "blank": ({S: "  "}, {S: "disabled:"}, []),
    "a local bus": ({S: "unix:path=/run/user/7/bus"}, {S: "unix:path=/run/user/7/bus"}, []),
    "an abstract socket": ({S: "unix:abstract=/x,guid=1"}, {S: "unix:abstract=/x,guid=1"}, []),
    "autolaunch": ({S: "autolaunch:"}, {S: "disabled:"}, [note(S, "autolaunch:")]),
    "local, then autolaunch": (
        {S: "unix:path=/b;autolaunch:"}, {S: "unix:path=/b"}, [note(S, "autolaunch:")],
    ),
    "network": ({S: "tcp:host=10.0.0.2,port=1"}, {S: "disabled:"}, [note(S, "tcp:")]),
    "nonce network": ({S: "nonce-tcp:host=x"}, {S: "disabled:"}, [note(S, "nonce-tcp:")]),
    "a program": ({S: "unixexec:path=/bin/sh"}, {S: "disabled:"}, [note(S, "unixexec:")]),
    "garbage": ({S: "garbage"}, {S: "disabled:"}, [note(S, "garbage:")]),
    "empty entries": ({S: ";;unix:path=/b;"}, {S: "unix:path=/b"}, []),
    "accessibility bus autolaunch": (
        {A: "autolaunch:"}, {S: "disabled:"}, [note(A, "autolaunch:")],
    ),
    "accessibility bus local": ({A: "unix:path=/a"}, {S: "disabled:", A: "unix:path=/a"}, []),
    "system bus over tcp": ({Y: "tcp:host=h,port=1"}, {S: "disabled:"}, [note(Y, "tcp:")]),
    "system bus local": ({Y: "unix:path=/s"}, {S: "disabled:", Y: "unix:path=/s"}, []),
    "a runtime folder with no bus": ({"XDG_RUNTIME_DIR": "/nonexistent"}, None, []),
}  # fmt: skip


@pytest.mark.parametrize(("before", "after", "notes"), CASES.values(), ids=CASES)
def test_only_existing_local_buses_are_left(before, after, notes):
    environ = dict(before)
    assert existing_buses_only(environ) == notes
    if after is None:  # the variables not about buses stay as they were
        after = {**before, S: "disabled:"}
    assert environ == after


def test_the_session_bus_of_a_login_session_is_kept(tmp_path):
    """$XDG_RUNTIME_DIR/bus, a socket this user owns (systemd --user's bus)."""
    folder = tmp_path / "run user"  # a space, escaped in the address
    folder.mkdir()
    with socket.socket(socket.AF_UNIX) as bus:
        bus.bind(str(folder / "bus"))
        environ = {"XDG_RUNTIME_DIR": str(folder)}
        assert existing_buses_only(environ) == []
    assert environ[S] == f"unix:path={escape(str(folder))}/bus"
    assert environ[S].endswith("/run%20user/bus")


def test_a_plain_file_named_bus_is_not_a_bus(tmp_path):
    (tmp_path / "bus").write_text("", encoding="utf-8")
    environ = {"XDG_RUNTIME_DIR": str(tmp_path)}
    existing_buses_only(environ)
    assert environ[S] == "disabled:"


@pytest.mark.parametrize(
    ("path", "escaped"),
    [("/run/user/1000/bus", "/run/user/1000/bus"), ("/a b/c;d=e,f", "/a%20b/c%3bd%3de%2cf"),
     ("/é", "/%c3%a9")],
)  # fmt: skip
def test_paths_are_escaped_as_the_d_bus_specification_says(path, escaped):
    assert escape(path) == escaped
