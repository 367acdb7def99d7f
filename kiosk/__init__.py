"""Offline resource kiosk for clinic waiting rooms and shelter front desks."""

import sys

# No bytecode caches, whatever the environment. Run from a source checkout,
# Python would otherwise compile each module into a __pycache__ folder the
# first time it is imported, and the kiosk imports some only when a visitor
# needs them (the slip's layout when they open "My slip"), so a file's time
# would tell when someone printed. This must be the package's first
# statement: every module imported after it, the kiosk's and the libraries',
# is compiled in memory only. (This file itself is compiled before it runs;
# see docs/privacy.md for that one file.)
sys.dont_write_bytecode = True


def __getattr__(name: str) -> str:
    # The version has one source, pyproject.toml, read from the installed
    # package's metadata only when asked (not at every kiosk start).
    if name == "__version__":
        from importlib.metadata import version

        return version("resource-kiosk")
    raise AttributeError(f"module 'kiosk' has no attribute {name!r}")
