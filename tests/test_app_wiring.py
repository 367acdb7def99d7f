"""The wiring of kiosk.app: the rules it applies (Qt-free values), the one
ShownBundle that travels from the install worker to the screen without a
second load, and the window talking back through signals."""

import shutil
import threading
from dataclasses import FrozenInstanceError

import pytest
from PySide6.QtWidgets import QApplication
from ui_helpers import TODAY, button, make_kiosk_from
from update_helpers import make_keys, packed

from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig
from kiosk.content import load_bundle
from kiosk.content.on_show import ShownBundle
from kiosk.paths import sample_bundle
from kiosk.printing.slip import Slip, SlipSettings
from kiosk.session import Change, Panel, Session, idle_watch_wanted, staff_panel_wanted
from kiosk.ui.window import KioskWindow
from kiosk.updates import install
from kiosk.updates.installer import load_trusted_keys

SAMPLE = load_bundle(sample_bundle(), today=TODAY).bundle
UNVERIFIED = next(rid for rid, r in SAMPLE.resources.items() if r.verified is None)
VERIFIED = next(rid for rid, r in SAMPLE.resources.items() if r.verified is not None)


# --- rules on plain values, no window ------------------------------------------------


@pytest.mark.parametrize(
    ("visiting", "panel", "watched"),
    [
        (False, Panel.NONE, False),  # the cover, nothing open: nothing to time out
        (True, Panel.NONE, True),
        (False, Panel.PIN_PAD, True),  # staff walked away from the pad
        (False, Panel.STAFF, True),
        (True, Panel.PRINT, True),
        (True, Panel.STILL_THERE, False),  # the question counts down on its own
        (False, Panel.STILL_THERE, False),
    ],
)
def test_idle_is_watched_during_a_visit_or_an_open_panel(visiting, panel, watched):
    assert idle_watch_wanted(visiting, panel) is watched


@pytest.mark.parametrize(
    ("panel", "wanted"),
    [
        (Panel.NONE, True),
        (Panel.PRINT, True),
        (Panel.STILL_THERE, True),
        (Panel.PIN_PAD, False),
        (Panel.STAFF, False),
    ],
)
def test_the_staff_corner_opens_nothing_over_staff_panels(panel, wanted):
    assert staff_panel_wanted(panel) is wanted


def test_the_session_refuses_an_unverified_resource_itself():
    session = Session(SAMPLE)
    session.start()
    changes = []
    session.subscribe(changes.append)
    assert session.add_to_slip(UNVERIFIED) is False
    assert session.slip == [] and changes == []
    assert session.add_to_slip(VERIFIED) is True
    assert session.slip == [VERIFIED] and changes == [Change.SLIP]


def test_a_slip_with_an_unverified_resource_is_refused_with_the_reason():
    slip = Slip(SAMPLE, (VERIFIED, UNVERIFIED), "en")
    assert slip.problems() == [
        f"resource '{UNVERIFIED}' has never been verified: unverified contacts are not "
        "printed; add `verified:` to it first"
    ]
    assert Slip(SAMPLE, (VERIFIED,), "en").problems() == []


def test_slip_settings_take_only_what_printing_uses_from_the_config():
    config = KioskConfig(slip_layout="58mm", slip_second_language="es", printer="desk")
    assert SlipSettings.from_config(config) == SlipSettings("58mm", "es", "desk")


def test_a_shown_bundle_is_one_immutable_value():
    result = load_bundle(sample_bundle(), today=TODAY)
    shown = ShownBundle.loaded(sample_bundle(), result)
    assert shown.model is result.bundle and shown.folder == sample_bundle()
    assert shown.cover is result.bundle.cover
    assert shown.findings == tuple(result.findings)
    with pytest.raises(FrozenInstanceError):
        shown.folder = None  # type: ignore[misc]
    broken = type(result)(None, result.findings)
    with pytest.raises(ValueError, match="only a bundle that loaded without errors"):
        ShownBundle.loaded(sample_bundle(), broken)


def test_a_bundle_offered_during_a_visit_waits_and_brings_its_own_value():
    session = Session(SAMPLE)
    first = session.shown
    session.start()
    newer = ShownBundle(load_bundle(sample_bundle(), today=TODAY).bundle)
    session.offer_bundle(newer)
    assert session.shown is first and session.waiting is newer
    session.reset()
    assert session.shown is newer and session.waiting is None


# --- the window talks back through signals ---------------------------------------------


def test_the_window_asks_for_quick_exit_and_printing_through_signals(qtbot):
    session = Session(SAMPLE)
    window = KioskWindow(session, today=lambda: TODAY, slip=SlipSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.quick_exit_requested, timeout=1000):
        button(window, "quick_exit").click()
    session.start()
    session.add_to_slip(VERIFIED)
    session.open_slip()
    window.show_change(Change.PLACE)
    with qtbot.waitSignal(window.print_requested, timeout=1000):
        button(window, "print_slip").click()
    assert session.is_visiting, "the window only asks; the kiosk decides"
    assert window.open_panel is Panel.NONE


# --- an install is loaded once, in its own process -----------------------------------------


def test_an_installed_bundle_is_checked_in_a_child_and_read_back_compiled_never_loaded_again(
    qtbot, tmp_path, monkeypatch
):
    from kiosk.app.start import watch_inbox

    keys = make_keys(tmp_path / "keys")
    content, inbox = tmp_path / "content", tmp_path / "inbox"
    inbox.mkdir()
    install(packed(tmp_path, keys, 1), content, load_trusted_keys([keys.pub_file]), today=TODAY)
    config = KioskConfig(content_dir=content, inbox=inbox, trusted_keys=(keys.pub_file,))
    running = make_kiosk_from(qtbot, config, ContentSource.from_config(config, None))
    loads: list[str] = []

    def counted(real):
        def load(*args, **kwargs):
            loads.append(threading.current_thread().name)
            return real(*args, **kwargs)

        return load

    import kiosk.content

    # Every way to a loaded bundle: the installer itself and its validation,
    # a lazy `from kiosk.content import load_bundle`, and an installed version
    # read (compiled form or YAML) as the kiosk and status read it. None of
    # them may run in the kiosk's process: the child installs, and the GUI
    # thread reads back only what the child compiled.
    for module, name in (
        (kiosk.updates.installer, "install"),
        (kiosk.updates.installer, "load_bundle"),
        (kiosk.content, "load_bundle"),
        (kiosk.updates.current, "load_installed"),
    ):
        monkeypatch.setattr(module, name, counted(getattr(module, name)))
    try:
        watch_inbox(running)
        running.session.start()
        shutil.copy(packed(tmp_path / "v2", keys, 2), inbox / "v2.kbundle")
        with qtbot.waitSignal(running.watcher.ready, timeout=20_000) as ready:
            pass
        handed = ready.args[0]
        assert isinstance(handed, ShownBundle) and handed.model.version == 2
        assert handed.model.resources.decoded == 0  # read from the index, not decoded yet
        assert running.session.waiting is handed  # offered, waiting for the visit to end
        running.quick_exit()
        assert running.session.shown is handed and running.session.bundle.version == 2
        assert loads == []
    finally:
        running.watcher.stop()
        running.shut_down()
    assert QApplication.instance() is not None
