"""Offline resource kiosk for clinic waiting rooms and shelter front desks."""

__version__ = "0.1.0"
