"""The slip screen: choosing, the preview that is the printed layout, and
printing from the kiosk without ever blocking it."""

import pytest
from conftest import QUEUE
from PySide6.QtWidgets import QLabel
from test_slip_print import NO_PRINTER, pdf_text, wait_for_new_output
from ui_helpers import button, make_kiosk, remove_filters

from kiosk.config import KioskConfig
from kiosk.session import Screen
from kiosk.ui.print_panel import PrintPanel


def choose_two(kiosk):
    session, window = kiosk.session, kiosk.window
    button(window, "start").click()
    # The first topic that lists two verified contacts with numbers.
    resources = session.bundle.resources
    for topic in session.bundle.topics:
        chosen = [r for r in topic.resource_ids if resources[r].verified and resources[r].phones]
        if len(chosen) >= 2:
            chosen = chosen[:2]
            break
    assert len(chosen) == 2
    for rid in chosen:
        session.open_resource(rid)
        button(window, "slip_toggle").click()
    button(window, "open_slip").click()
    assert session.place.screen is Screen.SLIP
    return chosen


@pytest.fixture
def printing_kiosk(qtbot, request):
    kiosk = make_kiosk(qtbot, KioskConfig(printer=request.param))
    yield kiosk
    if kiosk.printing.printer is not None:
        kiosk.printing.printer.wait_until_idle()
    remove_filters(kiosk)


@pytest.mark.parametrize("printing_kiosk", ["no-such-printer"], indirect=True)
def test_the_preview_is_the_slip_and_items_can_be_removed(printing_kiosk):
    kiosk = printing_kiosk
    chosen = choose_two(kiosk)
    preview = kiosk.window.screen.findChild(QLabel, "slip_preview")
    assert preview is not None and not preview.pixmap().isNull()
    assert preview.pixmap().width() >= 400
    button(kiosk.window, f"remove_{chosen[0]}").click()
    assert kiosk.session.slip == chosen[1:]
    assert kiosk.window.screen.findChild(QLabel, "slip_preview") is not None


@pytest.mark.parametrize("printing_kiosk", ["no-such-printer"], indirect=True)
def test_no_printer_is_a_clear_message_and_not_a_dead_end(printing_kiosk, qtbot):
    kiosk = printing_kiosk
    choose_two(kiosk)
    button(kiosk.window, "print_slip").click()
    panel = kiosk.window.overlays.panel
    assert isinstance(panel, PrintPanel)
    qtbot.waitUntil(lambda: panel.message.text() == NO_PRINTER, timeout=30_000)
    button(panel, "print_ok").click()
    assert kiosk.window.overlays.panel is None
    assert kiosk.session.place.screen is Screen.SLIP, "the visit goes on"


@pytest.mark.parametrize("printing_kiosk", ["no-such-printer"], indirect=True)
def test_quick_exit_during_a_print_is_instant_and_says_nothing_after(printing_kiosk, qtbot):
    kiosk = printing_kiosk
    choose_two(kiosk)
    button(kiosk.window, "print_slip").click()
    button(kiosk.window, "quick_exit").pressed.emit()
    assert kiosk.session.place.screen is Screen.COVER
    assert kiosk.window.overlays.panel is None
    kiosk.printing.printer.wait_until_idle()
    qtbot.wait(200)
    assert kiosk.window.overlays.panel is None, "the old outcome is not shown to anyone"


@pytest.mark.parametrize("printing_kiosk", [QUEUE], indirect=True)
def test_printing_from_the_kiosk_reaches_a_real_queue(printing_kiosk, cups, qtbot):
    kiosk = printing_kiosk
    chosen = choose_two(kiosk)
    before = set(cups.output_pdfs())
    button(kiosk.window, "print_slip").click()
    panel = kiosk.window.overlays.panel
    qtbot.waitUntil(
        lambda: "printing" in panel.message.text() and "\u2026" not in panel.message.text(),
        timeout=60_000,
    )
    text = pdf_text(wait_for_new_output(qtbot, cups, before))
    bundle = kiosk.session.bundle
    for rid in chosen:
        resource = bundle.resources[rid]
        assert resource.phones[0].display in text
        assert resource.name["en"] not in text, "a slip never prints the service's name"


@pytest.mark.parametrize("printing_kiosk", [QUEUE], indirect=True)
def test_staff_see_the_printer_and_can_test_print(printing_kiosk, cups, qtbot):
    from PySide6.QtWidgets import QLabel

    kiosk = printing_kiosk
    kiosk.staff.open_panel()

    def panel_text():
        return "\n".join(w.text() for w in kiosk.window.overlays.panel.findChildren(QLabel))

    assert f"Printer {QUEUE}: ready." in panel_text()
    before = set(cups.output_pdfs())
    button(kiosk.window.overlays.panel, "test_print").click()
    qtbot.waitUntil(lambda: "Test print: Your slip is printing" in panel_text(), timeout=60_000)
    text = pdf_text(wait_for_new_output(qtbot, cups, before))
    assert "Useful numbers" in text


@pytest.mark.parametrize("printing_kiosk", ["no-such-printer"], indirect=True)
def test_staff_see_a_missing_printer(printing_kiosk):
    from PySide6.QtWidgets import QLabel

    kiosk = printing_kiosk
    kiosk.staff.open_panel()
    shown = "\n".join(w.text() for w in kiosk.window.overlays.panel.findChildren(QLabel))
    assert "Printer no-such-printer: not found." in shown
