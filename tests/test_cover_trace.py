"""The cover after any visit is the cover at start-up, pixel for pixel: no
size, colour or language of the visit shows through."""

import pytest
from PySide6.QtWidgets import QApplication
from ui_helpers import make_kiosk, remove_filters

from kiosk.session import TextSize


@pytest.fixture(scope="module")
def languages():
    from kiosk.bundle_origin import ContentSource

    _, result = ContentSource().load()
    return list(result.bundle.languages)


def cover_image(kiosk):
    QApplication.processEvents()
    assert kiosk.window.pages.currentWidget() is kiosk.window.cover_page
    return kiosk.window.grab().toImage()


@pytest.mark.parametrize("size", list(TextSize))
@pytest.mark.parametrize("contrast", [False, True])
@pytest.mark.parametrize("leave", ["quick exit", "idle timeout"])
def test_the_cover_after_a_visit_is_the_cover_at_start(qtbot, languages, size, contrast, leave):
    kiosk = make_kiosk(qtbot)
    try:
        before = cover_image(kiosk)
        start = kiosk.window.cover_screen.start_button.size()
        for language in languages:
            session = kiosk.session
            session.start()
            session.set_language(language)
            session.set_text_size(size)
            session.set_high_contrast(contrast)
            QApplication.processEvents()
            if leave == "quick exit":
                kiosk.quick_exit()
            else:
                kiosk.ask_still_there()
                kiosk.window.overlays.panel.expired.emit()
            after = cover_image(kiosk)
            assert kiosk.window.cover_screen.start_button.size() == start, language
            assert after == before, f"cover differs after a visit in {language}"
    finally:
        remove_filters(kiosk)
