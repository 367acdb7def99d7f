"""Write kiosk/qt_key_names.py: every key name Qt knows, and its code.

The kiosk checks `panic_key` before Qt is loaded (the config module is
Qt-free, and start-up time is the visitor's), so it needs Qt's key names as
plain data. Run this after upgrading PySide6; tests/test_config_safety.py
fails while the table differs from Qt's own Qt.Key enum.

    .venv/bin/python scripts/qt_key_names.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

HEADER = '''"""Qt's key names (Qt.Key without the "Key_" prefix) and their codes, for
checking `panic_key` without loading Qt. Written by scripts/qt_key_names.py
from PySide6 {version}; tests check it against Qt.Key."""

from typing import Final

QT_KEY_CODES: Final[dict[str, int]] = {{
'''


def main() -> None:
    import PySide6

    rows = [
        f'    "{name.removeprefix("Key_")}": 0x{int(key.value):08X},\n'
        for name, key in Qt.Key.__members__.items()
    ]
    out = Path(__file__).resolve().parents[1] / "kiosk" / "qt_key_names.py"
    out.write_text(HEADER.format(version=PySide6.__version__) + "".join(rows) + "}\n", "utf-8")
    print(out)


if __name__ == "__main__":
    main()
