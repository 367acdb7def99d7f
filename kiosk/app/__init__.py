"""The one place that builds the kiosk and wires its parts together.

Empty on purpose: `kiosk run`'s argument parsing imports
`kiosk.app.commands` and must not pull in Qt through this package.
"""
