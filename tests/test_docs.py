"""The documentation's examples work as written."""

import re
from pathlib import Path

from content_helpers import TODAY

from kiosk.content import load_bundle

ROOT = Path(__file__).resolve().parents[1]


def yaml_blocks_after(text: str, caption: str) -> str:
    start = text.index(f"`{caption}`:")
    return re.search(r"```yaml\n(.*?)```", text[start:], re.S).group(1)


def test_the_editor_guide_example_bundle_validates_cleanly(tmp_path):
    guide = (ROOT / "docs" / "editor-guide.md").read_text(encoding="utf-8")
    files = ("bundle.yaml", "topics/getting-help.yaml", "resources/national-hotline.yaml")
    for rel in files:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml_blocks_after(guide, rel), encoding="utf-8")
    result = load_bundle(tmp_path, today=TODAY)
    assert result.findings == [], [str(f) for f in result.findings]
    assert result.bundle.resources["national-hotline"].phones[0].display == "1-888-373-7888"


def test_the_example_config_is_a_valid_config(tmp_path):
    from kiosk.config import load_config

    config = load_config(ROOT / "deploy" / "kiosk.example.yaml")
    assert config.idle_timeout_s == 90 and config.slip_layout == "80mm"
    assert config.staff_pin_hash and config.trusted_keys


def test_the_about_screen_says_what_the_privacy_page_says(kiosk):
    from PySide6.QtWidgets import QLabel

    privacy = (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8").replace("**", "")
    privacy = " ".join(privacy.split())
    kiosk.session.start()
    kiosk.session.open_about()
    paragraphs = [w.text() for w in kiosk.window.screen.findChildren(QLabel)]
    keeps = next(p for p in paragraphs if p.startswith("Nothing."))
    cannot = next(p for p in paragraphs if p.startswith("People near you"))
    assert keeps in privacy
    assert cannot in privacy
