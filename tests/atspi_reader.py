"""What a screen reader is told about an application, read over AT-SPI the
way Orca reads it: through libatspi (pyatspi), from a process of its own.
For tests/test_atspi.py; it runs under the system's python3, which has the
Debian package python3-pyatspi (the project's virtualenv has no gi).

    python3 atspi_reader.py APP SECONDS WAIT [PRESS WAIT]...

Waits until the application named APP shows an object named WAIT, then
prints one JSON line: every object of APP that is showing, as
[role, name, [actions]]. Then, for each PRESS WAIT pair, runs the "Press"
action of the showing object named PRESS (as a screen reader's "activate"
does), waits until an object named WAIT shows, and prints the next line.
Gives up after SECONDS in all, printing {"error": ...} and exiting 1.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

POLL_S = 0.1  # the bus offers no "the screen changed" event worth the wiring


def showing(node, found: list) -> list:
    """node and its descendants that are on screen, in the tree's order."""
    if node is None or not node.getState().contains(pyatspi.STATE_SHOWING):
        return found
    found.append(node)
    for child in node:
        showing(child, found)
    return found


def actions(node) -> list[str]:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def application(name: str):
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == name:
            return app
    return None


def wait_for(app_name: str, name: str, deadline: float) -> list:
    """The showing objects of the application, once one is named `name`."""
    while True:
        app = application(app_name)
        shown = []
        if app is not None:
            for child in app:  # the application itself has no showing state
                showing(child, shown)
        if any(node.name == name for node in shown):
            return shown
        if time.monotonic() > deadline:
            names = sorted({node.name for node in shown if node.name})
            fail(f"{name!r} never showed in {app_name!r} (showing: {names})")
        time.sleep(POLL_S)


def press(shown: list, name: str) -> None:
    node = next(node for node in shown if node.name == name)
    action = node.queryAction()
    index = actions(node).index("Press")
    if not action.doAction(index):
        fail(f"the Press action of {name!r} was refused")


def report(shown: list) -> None:
    lines = [[node.getRoleName(), node.name, actions(node)] for node in shown]
    print(json.dumps(lines), flush=True)


def fail(message: str) -> None:
    print(json.dumps({"error": message}), flush=True)
    sys.exit(1)


def main() -> None:
    app_name, seconds, first, *steps = sys.argv[1:]
    deadline = time.monotonic() + float(seconds)
    shown = wait_for(app_name, first, deadline)
    report(shown)
    for pressed, awaited in zip(steps[::2], steps[1::2], strict=True):
        press(shown, pressed)
        shown = wait_for(app_name, awaited, deadline)
        report(shown)


if __name__ == "__main__":
    main()
