"""Regression guard for the PySide6 6.12.0 hazard: every void Qt call lowered
None's reference count, and on Python < 3.12 the kiosk died with
"Fatal Python error: none_dealloc" after a few thousand taps.

Runs in a child process because the failure is a hard abort of the interpreter.
"""

import subprocess
import sys
import textwrap

CALLS = 40_000

CHILD = textwrap.dedent(
    f"""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton
    app = QApplication([])
    label = QLabel()
    button = QPushButton()
    taps = []
    button.clicked.connect(lambda: taps.append(1))
    before = sys.getrefcount(None)
    for _ in range({CALLS}):
        label.setText("")
        button.click()
    after = sys.getrefcount(None)
    print(before, after, len(taps))
    """
)


def test_void_qt_calls_do_not_leak_none_references():
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    before, after, taps = (int(x) for x in done.stdout.split())
    assert taps == CALLS
    # A leak of one reference per call would show as a drop of ~2 * CALLS.
    assert abs(before - after) < 1000, (before, after)
