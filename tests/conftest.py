"""Shared test set-up. Every Qt test runs on the offscreen platform, set here
so no test depends on the caller's environment."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "1")
