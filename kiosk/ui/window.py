"""The kiosk window: two pages. The cover page (kiosk.ui.cover_page: the
bundle's neutral cover, ready at all times) and the visit page
(kiosk.ui.visit_page: header, status band, the current screen), with the
overlay layer over both; the visit's look is kiosk.ui.look's.

It assembles what the session says and nothing more; the flow lives in
`Session`. Every change rebuilds the screen from the session, and the old
screen widget is destroyed, so no hidden widget keeps a visitor's content.
Quick exit flips to the cover page and paints it before anything else is
tidied: the cover needs no building and no restyling at that moment.

Only staff close it (StaffOnlyClose): a window manager's close request
(Alt+F4) is refused until `allow_close`.

It talks back only through signals (`quick_exit_requested`,
`print_requested`) and is told of session changes by kiosk.app, which
decides the order in which the parts of the kiosk hear of them.

What stays here is the sequence whose order is the visitor's safety:
swapping a screen, wiping the old ones and painting the cover first, read top
to bottom in one class.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLayout,
    QStackedLayout,
    QWidget,
)

from kiosk.printing.slip import SlipSettings
from kiosk.session import Change, Panel, Screen, Session
from kiosk.ui.context import ScreenContext
from kiosk.ui.cover_page import COVER_THEME, CoverPage
from kiosk.ui.header import Header
from kiosk.ui.keypad import KeypadNavigator, screen_help
from kiosk.ui.look import VisitLook
from kiosk.ui.overlay import OverlayHost
from kiosk.ui.reading_order import reading_items
from kiosk.ui.screens import build_screen
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.staff_only_close import StaffOnlyClose
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.visit_page import VisitPage

# A window shorter than this (a 7" 800x480 touchscreen) gets the compact
# header and status band: at full size, at the largest text, they would take
# more than two thirds of its height and leave the content a strip.
SHORT_WINDOW_PX: Final = 600


def wipe(root: QWidget) -> None:
    """Empty every text a widget tree holds (shown, spoken or as a tooltip)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            widget.setText("")
        widget.setAccessibleName("")
        widget.setToolTip("")
        forget = getattr(widget, "forget", None)
        if callable(forget):
            forget()


class RetiredScreens:
    """Screens replaced, not yet destroyed by Qt: the event loop gets round
    to them later, and a reset must not leave a word of the visit in them
    meanwhile."""

    def __init__(self) -> None:
        self._screens: list[QWidget] = []

    def retire(self, screen: QWidget) -> None:
        self._screens.append(screen)
        screen.destroyed.connect(lambda *_: self._screens.remove(screen))
        screen.deleteLater()

    def wipe_all(self) -> None:
        for screen in list(self._screens):
            wipe(screen)


class KioskWindow(StaffOnlyClose):
    """The two pages, the panels over them and the keypad; the order in which
    a screen is swapped, wiped and the cover painted (see the module)."""

    # A visitor pressed Quick exit (either header's button).
    quick_exit_requested = Signal()
    # A visitor asked for their slip to be printed.
    print_requested = Signal()
    # A visitor pressed Read aloud (or Stop reading).
    read_aloud_requested = Signal()

    def __init__(
        self,
        session: Session,
        *,
        today: Callable[[], date],
        staff_pin_set: bool = False,
        slip: SlipSettings | None = None,
        read_aloud: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("kiosk_window")
        self.setWindowTitle("Kiosk")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.session = session
        self._today = today
        self._staff_pin_set = staff_pin_set
        self._slip = slip
        read = self.read_aloud_requested.emit if read_aloud else None
        self.visit_page = VisitPage(session, Header(session, self.quick_exit_requested.emit, read))
        # The parts of the visit page kiosk.app and the keypad reach for.
        self.header = self.visit_page.header
        self.status_band = self.visit_page.status_band
        self.screen_area = self.visit_page.screen_area
        self.visit_hint = self.visit_page.hint
        self.speech_bar = self.visit_page.speech_bar
        self.look = VisitLook(self, self.header, session)
        self.use_extra_families = self.look.use_extra_families
        self._retired = RetiredScreens()
        # The cover offers Read aloud too (a speaker says nothing of what the
        # kiosk is for): a visitor who cannot read hears how to begin.
        self.cover_page = CoverPage(Header(session, self.quick_exit_requested.emit, read))
        self.cover_header = self.cover_page.header
        self.cover_hint = self.cover_page.hint
        self.pages = QStackedLayout(self)
        # The window is as big as the screen, whatever a screen's content
        # would like: without this every new screen would send the window
        # system new size hints.
        self.pages.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.pages.addWidget(self.cover_page)
        self.pages.addWidget(self.visit_page)
        # Panels float over both pages (staff open theirs from the cover).
        self.overlays = OverlayHost(self, lambda: self._page.panel_top(self.width()))
        self._install_keys()
        self.render()

    # --- rendering ------------------------------------------------------------

    def show_change(self, change: Change) -> None:
        """Bring the screen in line with a session change."""
        if change is Change.SLIP and self.session.place.screen not in (
            Screen.RESOURCE,
            Screen.SLIP,
        ):
            self.header.refresh()
            return
        self.render(forget=change is Change.RESET)

    @property
    def screen(self) -> QWidget | None:
        """The screen the visitor sees now."""
        return self._page.screen

    @property
    def visit_screen(self) -> QWidget | None:
        return self.visit_page.screen

    @property
    def cover_screen(self) -> QWidget | None:
        return self.cover_page.screen

    def show_cover_now(self) -> None:
        """Quick exit's first step: the cover, painted before this returns
        (with no trace of where the keypad was)."""
        self._forget_keypad()
        self.pages.setCurrentWidget(self.cover_page)
        self.repaint()

    def render(self, *, forget: bool = False) -> None:
        """Show the screen the session is at. With `forget` (a reset), the
        visit's screens are emptied at once, before Qt gets round to
        destroying them: no hidden widget holds a word of the visit."""
        session = self.session
        if session.place.screen is Screen.COVER:
            self._render_cover(forget)
            return
        self.look.apply()
        direction = self.look.direction()
        if self.layoutDirection() != direction:
            self.setLayoutDirection(direction)
        ctx = self._context()
        old = self.visit_screen
        self.keypad.screen_changed()
        self.visit_hint.forget()
        self.cover_hint.forget()
        new = build_screen(ctx)
        self.visit_page.place(new)
        if old is not None:
            self._retired.retire(old)
        self.header.refresh()
        self.status_band.refresh()
        self.pages.setCurrentWidget(self.visit_page)
        # Quick exit shows the cover as it was left: at the top, whatever the
        # visitor scrolled to before they started.
        self.cover_page.to_top()
        scroll = session.place.scroll
        if scroll and isinstance(new, ScrollingScreen):
            # The range is known only once the new screen is laid out.
            QTimer.singleShot(0, new, lambda: new.restore_scroll(scroll))
        self.overlays.raise_()
        if not self.overlays.isVisible():
            # A screen that names a first control (the cover's Start) gets the
            # keyboard; otherwise Tab starts from the top.
            (new if new.focusProxy() is not None else self).setFocus()

    def _render_cover(self, forget: bool) -> None:
        session = self.session
        old = self.visit_screen
        if old is not None:
            self.visit_page.place(None)
            self._retired.retire(old)
        if forget:
            self._forget_keypad()
            self._retired.wipe_all()
            self.visit_page.forget_speech()
        self.cover_page.build_for(session.shown, lambda: build_screen(self._context(cover=True)))
        self.look.apply()
        self.setLayoutDirection(self.look.direction())
        self.cover_header.refresh()
        self.header.refresh()
        # Back in the default language: no hidden widget keeps the visit's.
        self.status_band.refresh()
        self.pages.setCurrentWidget(self.cover_page)
        self.cover_page.to_top()
        if self.cover_screen is not None:
            self.cover_screen.show()
            if not self.overlays.isVisible():
                self.cover_screen.setFocus()

    def enable_kinetic_scrolling(self) -> None:
        """A finger flings the screens and the cover's text from now on (the
        kiosk's start calls this after the first frame: see ScrollPane)."""
        self.screen_area.enable_kinetic_scrolling()
        self.cover_page.enable_kinetic_scrolling()

    def _context(self, *, cover: bool = False) -> ScreenContext:
        # Rows a visitor can see without scrolling are built before the first
        # paint; a row is at least one target high. (The cover builds all of
        # its few, once per bundle.)
        rows = 1_000 if cover else max(8, self.screen_area.height() // MIN_TARGET_PX + 1)
        return ScreenContext(
            self.session,
            self._today(),
            staff_pin_set=self._staff_pin_set,
            theme=self.look.theme,
            slip=self._slip,
            print_slip=self.print_requested.emit,
            rows_in_view=rows,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        short = event.size().height() < SHORT_WINDOW_PX
        for part in (self.header, self.cover_header, self.status_band):
            part.set_compact(short)
        super().resizeEvent(event)

    # --- read aloud --------------------------------------------------------------

    @property
    def has_speech_bar(self) -> bool:
        return self.visit_page.has_speech_bar

    @property
    def showing_cover(self) -> bool:
        return self.pages.currentWidget() is self.cover_page

    # --- closing ----------------------------------------------------------------

    def quick_exit_at(self, where: QPoint) -> bool:
        """Is the Quick exit on show at this point of the screen?"""
        button = self._page.header.quick_exit
        return button.isVisible() and button.rect().contains(button.mapFromGlobal(where))

    # --- overlays -------------------------------------------------------------

    @property
    def open_panel(self) -> Panel:
        """Which panel is open, as a plain value for the kiosk's rules."""
        return self.overlays.kind

    def show_panel(self, panel: QWidget, kind: Panel) -> None:
        self.overlays.show_panel(panel, kind)
        self.header.set_overlay_open(True)

    def close_panel(self) -> None:
        self.overlays.close_panel()
        self.header.set_overlay_open(False)

    # --- keys -----------------------------------------------------------------

    def _install_keys(self) -> None:
        # The keypad's keys (arrows, Tab, Escape, Backspace, F1, ?) are the
        # navigator's, which kiosk.app puts on the window's QWindow behind
        # the Quick-exit watcher; Alt+Left is a browser's Back.
        shortcut = QShortcut(QKeySequence("Alt+Left"), self)
        shortcut.activated.connect(self._back_key)
        self.keypad = KeypadNavigator(
            self,
            items=self.reading_items,
            help_text=lambda: screen_help(self.session.place.screen, self.overlays.kind),
            hint=lambda: self._page.hint,
            back=self._back_key,
            on_cover=lambda: not self._visiting,
            theme=lambda: self.look.theme if self._visiting and self.look.theme else COVER_THEME,
        )

    @property
    def _visiting(self) -> bool:
        return self.pages.currentWidget() is self.visit_page

    @property
    def _page(self) -> VisitPage | CoverPage:
        return self.visit_page if self._visiting else self.cover_page

    def reading_items(self) -> list[QWidget]:
        """The items the keypad moves through: the page on show, or while a
        panel is open, Quick exit and the panel."""
        if self.overlays.isVisible():
            return [self._page.header.quick_exit, *reading_items(self.overlays)]
        return self._page.reading_items()

    def _forget_keypad(self) -> None:
        self.keypad.forget()
        self.visit_hint.forget()
        self.cover_hint.forget()

    def _back_key(self) -> None:
        if self.overlays.isVisible():
            return
        self.session.back()
