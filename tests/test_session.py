"""The visit's state and rules, without Qt."""

import subprocess
import sys

import pytest
from ui_helpers import TODAY

from kiosk.content import load_bundle
from kiosk.content.on_show import ShownBundle
from kiosk.paths import sample_bundle
from kiosk.session import MAX_SLIP_ITEMS, Change, Place, Screen, Session, TextSize


@pytest.fixture(scope="module")
def bundle():
    return load_bundle(sample_bundle(), today=TODAY).bundle


@pytest.fixture
def session(bundle):
    return Session(bundle)


def test_a_visit_starts_at_home_from_the_cover(session):
    assert session.place == Place(Screen.COVER)
    session.open_topic(session.bundle.topics[0].id)
    assert session.place.screen is Screen.COVER, "nothing moves before the visit starts"
    session.start()
    assert session.place.screen is Screen.HOME


def test_back_retraces_the_path_and_home_clears_it(session):
    session.start()
    topic = session.bundle.topics[0]
    session.open_topic(topic.id)
    session.open_resource(topic.resource_ids[0])
    assert session.place.screen is Screen.RESOURCE
    session.back()
    assert session.place == Place(Screen.TOPIC, topic_id=topic.id)
    session.open_resource(topic.resource_ids[0])
    session.home()
    assert session.place.screen is Screen.HOME and session.history == []
    session.back()
    assert session.place.screen is Screen.HOME


def test_settings_screens_are_not_returned_to(session):
    session.start()
    topic = session.bundle.topics[0]
    session.open_topic(topic.id)
    session.open_language()
    session.set_language("es")
    session.back()
    assert session.place.topic_id == topic.id
    session.back()
    assert session.place.screen is Screen.HOME


def test_scroll_position_comes_back_with_back(session):
    session.start()
    topic = session.bundle.topics[0]
    session.open_topic(topic.id)
    session.remember_scroll(420)
    session.open_resource(topic.resource_ids[0])
    session.back()
    assert session.place.scroll == 420


def test_reset_forgets_everything(session):
    session.start()
    topic = session.bundle.topics[0]
    session.open_topic(topic.id)
    session.remember_scroll(300)
    session.set_language("es")
    session.set_text_size(TextSize.LARGEST)
    session.set_high_contrast(True)
    session.add_to_slip(topic.resource_ids[0])
    changes = []
    session.subscribe(changes.append)
    session.reset()
    assert changes == [Change.RESET]
    assert session.place == Place(Screen.COVER)
    assert session.history == []
    assert session.language == session.bundle.default_language
    assert session.text_size is TextSize.NORMAL
    assert session.high_contrast is False
    assert session.slip == []
    session.back()
    assert session.place == Place(Screen.COVER), "no way back after a reset"


def test_slip_holds_at_most_six_distinct_items(session):
    session.start()
    ids = [rid for rid, r in session.bundle.resources.items() if r.verified is not None]
    assert session.add_to_slip(ids[0])
    assert not session.add_to_slip(ids[0])
    for rid in ids[1:MAX_SLIP_ITEMS]:
        assert session.add_to_slip(rid)
    assert session.slip_full
    assert not session.add_to_slip(ids[MAX_SLIP_ITEMS])
    session.remove_from_slip(ids[0])
    assert ids[0] not in session.slip and not session.slip_full


def test_unknown_ids_and_languages_are_refused(session):
    session.start()
    with pytest.raises(KeyError):
        session.open_topic("no-such-topic")
    with pytest.raises(KeyError):
        session.open_resource("no-such-resource")
    with pytest.raises(ValueError):
        session.set_language("xx")


def test_a_new_bundle_waits_for_the_end_of_the_visit(session, bundle):
    session.start()
    newer = load_bundle(sample_bundle(), today=TODAY).bundle
    session.offer_bundle(ShownBundle(newer))
    assert session.bundle is bundle, "never swapped in the middle of a visit"
    session.reset()
    assert session.bundle is newer


def test_a_new_bundle_on_the_cover_applies_at_once(session):
    newer = load_bundle(sample_bundle(), today=TODAY).bundle
    session.offer_bundle(ShownBundle(newer))
    assert session.bundle is newer


def test_session_imports_no_qt():
    code = (
        "import sys, kiosk.session, kiosk.pin_guard, kiosk.config; "
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
