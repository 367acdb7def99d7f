"""The kiosk window: two pages. The cover page (the bundle's neutral
cover, ready at all times) and the visit page (header, the current screen and
the overlay layer).

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

Why `KioskWindow` is a little over 250 lines: swapping a screen, wiping one
and painting the cover first are one sequence whose order is the visitor's
safety; kept in one class, it can be read top to bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLayout,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogues import is_right_to_left
from kiosk.content.on_show import ShownBundle
from kiosk.printing.slip import SlipSettings
from kiosk.session import Change, Panel, Screen, Session, TextSize
from kiosk.ui.context import ScreenContext
from kiosk.ui.header import Header
from kiosk.ui.keypad import KeypadHint, KeypadNavigator, screen_help
from kiosk.ui.overlay import OverlayHost
from kiosk.ui.reading_order import reading_items
from kiosk.ui.screens import build_screen
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.screens.cover import CoverScreen
from kiosk.ui.staff_only_close import StaffOnlyClose
from kiosk.ui.status_band import StatusBand
from kiosk.ui.theme import FONT_FAMILIES, MIN_TARGET_PX, Theme
from kiosk.ui.widgets import ScrollPane

if TYPE_CHECKING:
    from kiosk.ui.speech import SpeechBar

# A window shorter than this (a 7" 800x480 touchscreen) gets the compact
# header and status band: at full size, at the largest text, they would take
# more than two thirds of its height and leave the content a strip.
SHORT_WINDOW_PX: Final = 600
# The cover's look, whatever the visitor chose.
COVER_THEME: Final = Theme.for_session(False, TextSize.NORMAL)


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


class KioskWindow(StaffOnlyClose):
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
        self._theme: Theme | None = None
        # Families of the fonts the bundle brings (kiosk.app loads them).
        self.extra_families: list[str] = []
        # The visit page.
        self.visit_page = QWidget()
        self.visit_page.setObjectName("visit_page")
        self.header = Header(
            session,
            self.quick_exit_requested.emit,
            self.read_aloud_requested.emit if read_aloud else None,
        )
        # Read aloud's bar under the header, made at its first use.
        self._speech_bar: SpeechBar | None = None
        # Sample or draft content says so under the header, out of the scrolling.
        self.status_band = StatusBand(session, self.visit_page)
        # One scroll area for the whole run; each screen is the column in it.
        self.screen_area = ScrollPane(kinetic=False)  # see enable_kinetic_scrolling
        self.screen_area.setObjectName("screen_area")
        self.screen_area.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._kinetic = False  # see enable_kinetic_scrolling
        self._swapping = False
        visit = QVBoxLayout(self.visit_page)
        visit.setContentsMargins(0, 0, 0, 0)
        visit.setSpacing(0)
        visit.addWidget(self.header)
        visit.addWidget(self.status_band)
        # Help and the keypad's first words on the cover, under the header.
        self.visit_hint = KeypadHint()
        visit.addWidget(self.visit_hint)
        visit.addWidget(self.screen_area, 1)
        self.visit_screen: QWidget | None = None
        self._retired: list[QWidget] = []  # replaced, not yet destroyed by Qt
        # The cover page, in the default look whatever the visitor chose, so
        # showing it never waits for a style sheet to be applied again.
        self.cover_page = QWidget()
        self.cover_page.setObjectName("cover_page")
        # The cover offers Read aloud too (a speaker says nothing of what the
        # kiosk is for): a visitor who cannot read hears how to begin.
        self.cover_header = Header(
            session,
            self.quick_exit_requested.emit,
            self.read_aloud_requested.emit if read_aloud else None,
        )
        self._cover_layout = QVBoxLayout(self.cover_page)
        self._cover_layout.setContentsMargins(0, 0, 0, 0)
        self._cover_layout.setSpacing(0)
        self._cover_layout.addWidget(self.cover_header)
        self.cover_hint = KeypadHint()
        self._cover_layout.addWidget(self.cover_hint)
        self.cover_screen: QWidget | None = None
        self._cover_for: ShownBundle | None = None  # the bundle the cover was built for
        self._apply_cover_theme()
        self.pages = QStackedLayout(self)
        # The window is as big as the screen, whatever a screen's content
        # would like: without this every new screen would send the window
        # system new size hints.
        self.pages.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.pages.addWidget(self.cover_page)
        self.pages.addWidget(self.visit_page)
        # Panels float over both pages (staff open theirs from the cover).
        self.overlays = OverlayHost(self, self._overlay_top)
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
        if self.pages.currentWidget() is self.cover_page:
            return self.cover_screen
        return self.visit_screen

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
        self._apply_theme()
        direction = self._direction()
        if self.layoutDirection() != direction:
            self.setLayoutDirection(direction)
        ctx = self._context()
        old = self.visit_screen
        self.keypad.screen_changed()
        self.visit_hint.forget()
        self.cover_hint.forget()
        new = build_screen(ctx)
        self.visit_screen = new
        self._place(new)
        if old is not None:
            self._retire(old)
        self.header.refresh()
        self.status_band.refresh()
        self.pages.setCurrentWidget(self.visit_page)
        # Quick exit shows the cover as it was left: at the top, whatever the
        # visitor scrolled to before they started.
        self._cover_to_top()
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
            self._place(None)
            self._retire(old)
            self.visit_screen = None
        if forget:
            self._forget_keypad()
            # Screens replaced earlier may still be waiting for the event loop
            # to destroy them; empty them all now.
            for retired in list(self._retired):
                wipe(retired)
            if self._speech_bar is not None:
                self._speech_bar.forget()
        if self._cover_for is not session.shown:
            # Built once per bundle: it shows only the bundle's neutral cover.
            if self.cover_screen is not None:
                self._cover_layout.removeWidget(self.cover_screen)
                self.cover_screen.deleteLater()
            ctx = ScreenContext(
                session,
                self._today(),
                staff_pin_set=self._staff_pin_set,
                theme=self._theme,
                slip=self._slip,
                print_slip=self.print_requested.emit,
            )
            self.cover_screen = build_screen(ctx)
            self._cover_layout.addWidget(self.cover_screen, 1)
            self._cover_for = session.shown
            if self._kinetic:
                self._fling_cover()
        self._apply_theme()
        self.setLayoutDirection(self._direction())
        self.cover_header.refresh()
        self.header.refresh()
        # Back in the default language: no hidden widget keeps the visit's.
        self.status_band.refresh()
        self.pages.setCurrentWidget(self.cover_page)
        self._cover_to_top()
        if self.cover_screen is not None:
            self.cover_screen.show()
            if not self.overlays.isVisible():
                self.cover_screen.setFocus()

    def _cover_to_top(self) -> None:
        if isinstance(self.cover_screen, CoverScreen):
            self.cover_screen.to_top()

    def enable_kinetic_scrolling(self) -> None:
        """A finger flings the screens and the cover's text from now on (the
        kiosk's start calls this after the first frame: see ScrollPane)."""
        self._kinetic = True
        self.screen_area.enable_kinetic_scrolling()
        self._fling_cover()

    def _fling_cover(self) -> None:
        # One grab per cover, and a cover is built once per bundle installed.
        if isinstance(self.cover_screen, CoverScreen):
            self.cover_screen.text_area.enable_kinetic_scrolling()

    def _place(self, screen: QWidget | None) -> None:
        """Put a screen in the scroll area (shown now, not on the next pass of
        the event loop: after a quick exit the cover must be what the very
        next paint draws), at the top; the old one comes out hidden."""
        # Moving screens in and out moves the scroll bar; that is no visitor
        # scrolling, and the new place must not remember it. (Blocking the
        # bar's signals would also keep the scroll area from moving the new
        # screen to the top.)
        self._swapping = True
        try:
            old = self.screen_area.takeWidget()
            if old is not None:
                old.hide()
            if screen is not None:
                self.screen_area.setWidget(screen)
                self.screen_area.verticalScrollBar().setValue(0)
        finally:
            self._swapping = False

    def _scrolled(self, value: int) -> None:
        if not self._swapping and self.visit_screen is not None:
            self.session.remember_scroll(value)

    def _context(self) -> ScreenContext:
        # Rows a visitor can see without scrolling are built before the first
        # paint; a row is at least one target high.
        rows = max(8, self.screen_area.height() // MIN_TARGET_PX + 1)
        return ScreenContext(
            self.session,
            self._today(),
            staff_pin_set=self._staff_pin_set,
            theme=self._theme,
            slip=self._slip,
            print_slip=self.print_requested.emit,
            rows_in_view=rows,
        )

    def _direction(self) -> Qt.LayoutDirection:
        if is_right_to_left(self.session.language):
            return Qt.LayoutDirection.RightToLeft
        return Qt.LayoutDirection.LeftToRight

    def _apply_cover_theme(self) -> None:
        theme = COVER_THEME
        self.cover_page.setStyleSheet(theme.style_sheet() + theme.cover_style_sheet())

    def _retire(self, screen: QWidget) -> None:
        self._retired.append(screen)
        screen.destroyed.connect(lambda *_: self._retired.remove(screen))
        screen.deleteLater()

    def use_extra_families(self, families: list[str]) -> None:
        if not families and not self.extra_families and self._theme is not None:
            # No bundle fonts before or now: the font is right as it is, and a
            # style sheet set again would polish every widget again (at start).
            return
        self.extra_families = list(families)
        self._theme = None
        self._apply_theme()

    def _apply_theme(self) -> None:
        theme = Theme.for_session(self.session.high_contrast, self.session.text_size)
        if theme != self._theme:
            self._theme = theme
            # The base font travels by inheritance, which costs nothing per
            # widget; a universal style sheet rule would be matched against
            # every widget of every new screen.
            font = QFont()
            font.setFamilies([*FONT_FAMILIES, *self.extra_families])
            font.setPointSize(theme.body_pt)
            self.setFont(font)
            # Widgets that a style sheet rule gives any font property take the
            # rest of their font from the application's, not their parent's.
            QApplication.setFont(font)
            self.setStyleSheet(theme.style_sheet())
            self.header.set_theme(theme)

    def resizeEvent(self, event: QResizeEvent) -> None:
        short = event.size().height() < SHORT_WINDOW_PX
        for part in (self.header, self.cover_header, self.status_band):
            part.set_compact(short)
        super().resizeEvent(event)

    # --- read aloud --------------------------------------------------------------

    @property
    def has_speech_bar(self) -> bool:
        return self._speech_bar is not None

    @property
    def showing_cover(self) -> bool:
        return self.pages.currentWidget() is self.cover_page

    def speech_bar(self) -> SpeechBar:
        """Read aloud's bar, under the header; made (and its module imported)
        at the first press, never for a visitor who does not use it."""
        if self._speech_bar is None:
            from kiosk.ui.speech import SpeechBar

            self._speech_bar = SpeechBar(self.visit_page)
            layout = self.visit_page.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, self._speech_bar)
        return self._speech_bar

    # --- closing ----------------------------------------------------------------

    def quick_exit_at(self, where: QPoint) -> bool:
        """Is the Quick exit on show at this point of the screen?"""
        header = self.cover_header if self.pages.currentWidget() is self.cover_page else self.header
        button = header.quick_exit
        return button.isVisible() and button.rect().contains(button.mapFromGlobal(where))

    # --- overlays -------------------------------------------------------------

    def _overlay_top(self) -> int:
        """Panels leave the header uncovered (Quick exit) and, during a visit,
        the status band: a panel over sample content is still over sample content.
        Both are measured at the window's width: in a narrow window the
        header's buttons wrap onto two lines and the header grows."""
        visiting = self.pages.currentWidget() is self.visit_page
        header = self.header if visiting else self.cover_header
        top = max(header.heightForWidth(self.width()), header.sizeHint().height())
        band = self.status_band
        if visiting and not band.isHidden():
            # Its wrapped height at the window's width (a long line at the
            # largest text size takes two).
            height = band.heightForWidth(self.width())
            top += height if height > 0 else band.sizeHint().height()
        return top

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
            hint=lambda: self.visit_hint if self._visiting else self.cover_hint,
            back=self._back_key,
            on_cover=lambda: not self._visiting,
            theme=lambda: self._theme if self._visiting and self._theme else COVER_THEME,
        )

    @property
    def _visiting(self) -> bool:
        return self.pages.currentWidget() is self.visit_page

    def reading_items(self) -> list[QWidget]:
        """The items the keypad moves through: the page on show, or while a
        panel is open, Quick exit and the panel."""
        header = self.header if self._visiting else self.cover_header
        if self.overlays.isVisible():
            return [header.quick_exit, *reading_items(self.overlays)]
        if self._visiting and isinstance(self.visit_screen, ScrollingScreen):
            self.visit_screen.complete()  # rows still to be built are items too
        return reading_items(self.pages.currentWidget())

    def _forget_keypad(self) -> None:
        self.keypad.forget()
        self.visit_hint.forget()
        self.cover_hint.forget()

    def _back_key(self) -> None:
        if self.overlays.isVisible():
            return
        self.session.back()
