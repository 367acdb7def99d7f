"""Updates in the running kiosk: a bundle dropped in the inbox is installed,
shown from the next visit on (never in the middle of one), and staff can see,
reload and roll back from the panel."""

import shutil

import pytest
from PySide6.QtWidgets import QLabel
from ui_helpers import TODAY, button, make_kiosk_from, staff_reload
from update_helpers import make_keys, packed

from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig
from kiosk.updates import install
from kiosk.updates.installer import load_trusted_keys


@pytest.fixture
def installed_kiosk(qtbot, tmp_path):
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    install(packed(tmp_path, keys, 1), content, load_trusted_keys([keys.pub_file]), today=TODAY)
    config = KioskConfig(content_dir=content, inbox=inbox, trusted_keys=(keys.pub_file,))
    kiosk = make_kiosk_from(qtbot, config, ContentSource.from_config(config, None))
    yield kiosk, keys, inbox, tmp_path
    kiosk.shut_down()


def panel_text(kiosk) -> str:
    return "\n".join(w.text() for w in kiosk.window.overlays.panel.findChildren(QLabel))


def test_a_new_bundle_waits_for_the_next_visit(installed_kiosk, qtbot):
    from kiosk.app.start import watch_inbox

    kiosk, keys, inbox, tmp_path = installed_kiosk
    watch_inbox(kiosk)
    assert kiosk.watcher is not None
    kiosk.session.start()
    topic = kiosk.session.bundle.topics[0]
    kiosk.session.open_topic(topic.id)
    assert kiosk.session.bundle.version == 1
    shutil.copy(packed(tmp_path / "v2", keys, 2), inbox / "update.kbundle")
    with qtbot.waitSignal(kiosk.watcher.installed, timeout=20_000):
        pass
    assert kiosk.session.bundle.version == 1, "never swapped in the middle of a visit"
    assert kiosk.session.place.topic_id == topic.id
    kiosk.quick_exit()
    assert kiosk.session.bundle.version == 2
    kiosk.watcher.stop()


def test_a_forged_bundle_is_refused_and_staff_see_why(installed_kiosk, qtbot):
    from kiosk.app.start import watch_inbox

    kiosk, _keys, inbox, tmp_path = installed_kiosk
    watch_inbox(kiosk)
    stranger = make_keys(tmp_path / "stranger", "stranger")
    shutil.copy(packed(tmp_path / "forged", stranger, 5), inbox / "forged.kbundle")
    with qtbot.waitSignal(kiosk.watcher.refused, timeout=20_000):
        pass
    assert kiosk.session.bundle.version == 1
    kiosk.staff.open_panel()
    assert "Refused" in panel_text(kiosk)
    kiosk.watcher.stop()


def test_staff_roll_back_and_reload(installed_kiosk, qtbot):
    kiosk, keys, _inbox, tmp_path = installed_kiosk
    content = kiosk.source.content_dir
    install(
        packed(tmp_path / "v3", keys, 3), content, load_trusted_keys([keys.pub_file]), today=TODAY
    )
    kiosk.staff.open_panel()
    button(kiosk.window.overlays.panel, "reload").click()
    assert "Reloading content…" in panel_text(kiosk)
    qtbot.waitUntil(lambda: kiosk.session.bundle.version == 3)  # on the cover: applied at once
    assert "Loaded ofallon-mo-sample version 3." in panel_text(kiosk)
    assert "Reloading content…" not in panel_text(kiosk)
    button(kiosk.window.overlays.panel, "roll_back").click()
    qtbot.waitUntil(lambda: kiosk.session.bundle.version == 1)
    assert "version 1" in panel_text(kiosk)


def test_the_panel_charts_verification_ages(kiosk):
    from kiosk.content.freshness import Age
    from kiosk.ui.staff import VerificationChart

    kiosk.staff.open_panel()
    chart = kiosk.window.overlays.panel.findChild(VerificationChart)
    bundle = kiosk.session.bundle
    assert sum(chart.ages.values()) == len(bundle.resources)
    never = sum(1 for r in bundle.resources.values() if r.verified is None)
    assert chart.ages[Age.NEVER] == never > 0
    assert f"Never verified {never}" in chart.accessibleName()
    # Stale and unverified findings come first.
    findings = [w.text() for w in kiosk.window.overlays.panel.findChildren(QLabel, "finding")]
    rules = [text.rsplit("[", 1)[1].rstrip("]") for text in findings]
    first_other = next(
        (i for i, r in enumerate(rules) if r not in ("stale-verification", "unverified")),
        len(rules),
    )
    assert all(r in ("stale-verification", "unverified") for r in rules[:first_other])
    assert "unverified" in rules


def test_a_broken_bundle_on_reload_keeps_the_last_good_one(qtbot, tmp_path):
    from kiosk.paths import sample_bundle

    folder = tmp_path / "bundle"
    shutil.copytree(sample_bundle(), folder)
    config = KioskConfig()
    kiosk = make_kiosk_from(qtbot, config, ContentSource(folder=folder))
    try:
        (folder / "topics" / "broken.yaml").write_text("id: [\n")
        assert staff_reload(qtbot, kiosk) is False
        assert kiosk.session.bundle.id == "ofallon-mo-sample"
        kiosk.session.start()
        assert kiosk.window.screen is not None
    finally:
        kiosk.shut_down()
