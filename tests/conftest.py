"""Shared test set-up. Every Qt test runs on the offscreen platform, set here
so no test depends on the caller's environment."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "1")

import pytest


@pytest.fixture
def kiosk(qtbot):
    from ui_helpers import make_kiosk, remove_filters

    built = make_kiosk(qtbot)
    yield built
    remove_filters(built)
