"""A topic with many services: the first screenful is built before the first
paint and the rest right after; one scroll area serves the whole run."""

from __future__ import annotations

import pytest
from content_helpers import RESOURCE_YAML, make_bundle
from PySide6.QtWidgets import QScrollArea, QWidget
from soak_support import flush_deletes
from ui_helpers import all_texts, make_kiosk

from kiosk.ui.resource_button import ResourceButton
from kiosk.ui.screens.base import ScrollingScreen

SERVICES = 40


@pytest.fixture
def long_topic(tmp_path):
    """The test bundle with one topic listing 40 services."""
    bundle = make_bundle(tmp_path)
    ids = [f"service-{n:02d}" for n in range(SERVICES)]
    for n, rid in enumerate(ids):
        text = RESOURCE_YAML.replace("id: national-hotline", f"id: {rid}").replace(
            'en: "National Human Trafficking Hotline"', f'en: "Service number {n:02d}"'
        )
        bundle.write(f"resources/{rid}.yaml", text)
    bundle.remove("resources/hotline.yaml")
    bundle.replace(
        "topics/help.yaml", "resources: [national-hotline]", f"resources: [{', '.join(ids)}]"
    )
    assert bundle.load().bundle is not None
    return bundle.path, ids


def rows(screen) -> list[str]:
    return [b.objectName().removeprefix("resource_") for b in screen.findChildren(ResourceButton)]


@pytest.fixture
def visit(qtbot, long_topic):
    """A kiosk on the long-topic bundle, its visit started at Home."""
    path, ids = long_topic
    kiosk = make_kiosk(qtbot, bundle=path)
    kiosk.session.start()
    yield kiosk, ids
    kiosk.shut_down()


def test_the_first_screenful_comes_at_once_and_the_rest_right_after(qtbot, visit):
    kiosk, ids = visit
    kiosk.session.open_topic("help")
    screen = kiosk.window.screen
    first = rows(screen)
    # A screenful: a row is at least 64 px, the window 800 px high.
    assert 5 <= len(first) < SERVICES
    assert first == ids[: len(first)]
    qtbot.waitUntil(lambda: len(rows(screen)) == SERVICES)
    # In the bundle's order, above the stretch that keeps short pages at the top.
    ordered = sorted(screen.findChildren(ResourceButton), key=lambda b: b.y())
    assert [b.objectName().removeprefix("resource_") for b in ordered] == ids
    layout = screen.column
    assert layout.itemAt(layout.count() - 1).spacerItem() is not None


def test_a_screen_left_before_its_rows_come_builds_none_of_them(visit):
    kiosk, _ = visit
    kiosk.session.open_topic("help")
    left = kiosk.window.screen
    built = len(rows(left))
    kiosk.session.home()
    # The queued build was posted before the screen's deletion, so it runs
    # first, on a screen that is already out of sight.
    left._build_pending()
    assert len(rows(left)) == built


def test_quick_exit_before_the_rows_come_leaves_no_service_behind(qtbot, visit):
    kiosk, _ = visit
    kiosk.session.open_topic("help")
    kiosk.quick_exit()  # before the event loop turns
    qtbot.wait(50)
    assert not any("Service number" in text for text in all_texts())


def test_back_comes_back_to_the_same_place_in_a_long_list(qtbot, visit):
    kiosk, ids = visit
    session, window = kiosk.session, kiosk.window
    session.open_topic("help")
    qtbot.waitUntil(lambda: len(rows(window.screen)) == SERVICES)
    far = window.screen.findChild(ResourceButton, f"resource_{ids[-3]}")
    window.screen.pane.ensureWidgetVisible(far)
    scrolled = window.screen.scroll_value()
    assert scrolled > 0 and session.place.scroll == scrolled
    far.click()
    assert session.place.resource_id == ids[-3]
    session.back()
    qtbot.waitUntil(lambda: window.screen.scroll_value() == scrolled)
    assert len(rows(window.screen)) == SERVICES


def test_one_scroll_area_serves_every_screen(visit):
    kiosk, ids = visit
    session, window = kiosk.session, kiosk.window
    pane = window.screen.pane
    assert isinstance(pane, QScrollArea) and pane.widget() is window.screen
    for _ in range(3):
        session.open_topic("help")
        session.open_resource(ids[1])
        session.open_about()
        session.home()
        assert window.screen.pane is pane and pane.widget() is window.screen
        assert isinstance(window.screen, ScrollingScreen)
    flush_deletes()
    areas = [a for a in window.findChildren(QScrollArea) if a.isVisible()]
    assert areas == [pane]


# --- a Home of many topics ----------------------------------------------------------------

TOPICS = 120


@pytest.fixture
def many_topics(qtbot, tmp_path):
    """A kiosk whose bundle has 120 topics, its visit started at Home."""
    from content_helpers import TOPIC_YAML

    bundle = make_bundle(tmp_path)
    ids = [f"topic-{n:03d}" for n in range(TOPICS)]
    for n, tid in enumerate(ids):
        text = (
            TOPIC_YAML.replace("id: help", f"id: {tid}")
            .replace("order: 10", f"order: {n}")
            .replace('en: "Getting help"', f'en: "Topic number {n:03d}"')
        )
        bundle.write(f"topics/{tid}.yaml", text)
    bundle.remove("topics/help.yaml")
    assert bundle.load().bundle is not None
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    kiosk.session.start()
    yield kiosk, ids
    kiosk.shut_down()


def topic_buttons(screen) -> list:
    from kiosk.ui.widgets import WrappingButton

    return [b for b in screen.findChildren(WrappingButton) if b.objectName().startswith("topic_")]


def test_home_builds_its_first_screenful_of_topics_at_once_and_the_rest_in_slices(
    qtbot, many_topics
):
    kiosk, ids = many_topics
    screen = kiosk.window.screen
    first = topic_buttons(screen)
    assert 10 <= len(first) < TOPICS  # two columns of a screenful of rows
    assert screen.findChild(QWidget, "open_display") is None  # the settings row comes last
    # The settings row is built last, after every topic.
    qtbot.waitUntil(lambda: screen.findChild(QWidget, "open_display") is not None)
    assert len(topic_buttons(screen)) == TOPICS
    # Row by row, two to a row, as one grid would lay them out.
    laid_out = sorted(
        topic_buttons(screen),
        key=lambda b: (
            b.mapTo(screen, b.rect().topLeft()).y(),
            b.mapTo(screen, b.rect().topLeft()).x(),
        ),
    )
    assert [b.objectName().removeprefix("topic_") for b in laid_out] == ids
    lefts = {b.mapTo(screen, b.rect().topLeft()).x() for b in laid_out}
    assert len(lefts) == 2
    settings = screen.findChild(QWidget, "open_display")
    assert settings is not None
    last = laid_out[-1]
    assert (
        settings.mapTo(screen, settings.rect().topLeft()).y()
        > last.mapTo(screen, last.rect().bottomLeft()).y()
    )


def test_quick_exit_while_home_builds_its_topics_leaves_no_topic_behind(qtbot, many_topics):
    kiosk, _ = many_topics
    assert len(topic_buttons(kiosk.window.screen)) < TOPICS  # still building
    kiosk.quick_exit()
    qtbot.wait(100)  # every slice that was due has had its turn
    assert not any("Topic number" in text for text in all_texts())
