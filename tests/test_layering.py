"""The content layer must stay Qt-free: the validator runs on editors' laptops
and in CI, where PySide6 may be absent or unusable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import importlib, json, pkgutil, sys
import kiosk.content
names = [m.name for m in pkgutil.walk_packages(kiosk.content.__path__, "kiosk.content.")]
for name in names:
    importlib.import_module(name)
qt = sorted(n for n in sys.modules if n.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_content_layer_imports_no_qt() -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    process = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    report = json.loads(process.stdout.splitlines()[-1])
    # The walk found the layer's modules, so the check below means something.
    assert {"kiosk.content.loader", "kiosk.content.schema"} <= set(report["imported"])
    assert report["qt"] == []
