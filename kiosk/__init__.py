"""Offline resource kiosk for clinic waiting rooms and shelter front desks."""


def __getattr__(name: str) -> str:
    # The version has one source, pyproject.toml, read from the installed
    # package's metadata only when asked (not at every kiosk start).
    if name == "__version__":
        from importlib.metadata import version

        return version("resource-kiosk")
    raise AttributeError(f"module 'kiosk' has no attribute {name!r}")
