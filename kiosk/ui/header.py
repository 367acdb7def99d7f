"""The bar across the top of every screen: Back, Home, the slip, Read aloud
(a speaker), the language, and Quick exit
in the trailing corner (top right, or top left in right-to-left languages:
QHBoxLayout mirrors it with the window's layout direction).

In a short window (a 7" 800x480 touchscreen) the bar is compact: tighter
margins and padding, and its labels no bigger than the large text size, so
that at the largest size its buttons stay on one line and the screen under it
keeps room for content. Quick exit keeps its full touch size (QuickExitButton's
minimum) whatever the window; the visitor's text size still applies in full to
everything under the bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy

from kiosk.session import Screen, Session, TextSize
from kiosk.ui.context import language_name
from kiosk.ui.icons import icon_for
from kiosk.ui.theme import BODY_PT, MIN_TARGET_PX, TARGET_GAP_PX, Theme
from kiosk.ui.widgets import (
    QUICK_EXIT_MIN_HEIGHT,
    QuickExitButton,
    TouchButton,
    WrappingButton,
)

READ_ALOUD_ICON_PX = 36


class Header(QFrame):
    def __init__(
        self,
        session: Session,
        on_quick_exit: Callable[[], None],
        on_read_aloud: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("header")
        self.session = session
        self._theme = Theme.for_session(False, TextSize.NORMAL)
        self._compact = False
        layout = QHBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(TARGET_GAP_PX)
        self.back = WrappingButton("", session.back)
        self.back.setObjectName("back")
        self.home = WrappingButton("", session.home)
        self.home.setObjectName("home")
        self.slip = WrappingButton("", session.open_slip)
        self.slip.setObjectName("open_slip")
        self.language = WrappingButton("", session.open_language)
        self.language.setObjectName("open_language")
        self.language.setIconSize(QSize(28, 28))
        # Read aloud, where the kiosk's config offers it (speech: off hides it).
        self._reads = on_read_aloud is not None
        self._reading = False
        # A speaker drawn, not a word: the header's words already fill a
        # 1280 px row in the longer languages, and a visitor who cannot read
        # knows a speaker. Its name ("Read aloud", "Stop reading") is what
        # assistive technology and the keypad say.
        self.read_aloud = TouchButton("", on_read_aloud)
        self.read_aloud.setObjectName("read_aloud")
        self.read_aloud.setIconSize(QSize(READ_ALOUD_ICON_PX, READ_ALOUD_ICON_PX))
        self.read_aloud.setMinimumWidth(MIN_TARGET_PX)
        # As tall as the row, like the worded buttons beside it.
        self.read_aloud.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        # In a narrow window at the largest text size the labels wrap onto
        # two lines rather than being cut off (WrappingButton).
        self.quick_exit = QuickExitButton("", on_quick_exit)
        for widget in (self.back, self.home, self.slip):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.language)
        layout.addWidget(self.quick_exit)
        self.refresh()

    def refresh(self) -> None:
        """Labels follow the visitor's language and direction; buttons follow the place."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arrow = "\u2192" if rtl else "\u2190"  # the back arrow points where reading came from
        self.back.setText(f"{arrow} {self.tr('Back')}")
        self.back.setAccessibleName(self.tr("Back"))
        self.home.setText(self.tr("Home"))
        self.home.setAccessibleName(self.tr("Home"))
        count = len(self.session.slip)
        self.slip.setText(self.tr("My slip ({count})").format(count=count))
        self.slip.setAccessibleName(self.tr("My slip, %n item(s)", "", count))
        # The language button names the current language in itself, so a
        # visitor who cannot read it still recognises how to change it.
        self.language.setText(language_name(self.session.language))
        self.language.setAccessibleName(self.tr("Change language"))
        read = (
            QCoreApplication.translate("ReadAloud", "Stop reading")
            if self._reading
            else QCoreApplication.translate("ReadAloud", "Read aloud")
        )
        self.read_aloud.setAccessibleName(read)
        self._draw_read_aloud()
        exit_text = self.tr("Quick exit")
        self.quick_exit.setText(exit_text)
        self.quick_exit.setAccessibleName(exit_text)
        place = self.session.place.screen
        visiting = place is not Screen.COVER
        self.back.setVisible(visiting and place is not Screen.HOME)
        self.home.setVisible(visiting and place is not Screen.HOME)
        self.slip.setVisible(visiting and count > 0 and place is not Screen.SLIP)
        self.language.setVisible(visiting and place is not Screen.LANGUAGE)
        self.read_aloud.setVisible(self._reads)

    def set_reading(self, reading: bool) -> None:
        """Read aloud becomes Stop reading while it reads, and back: that
        button alone. The cover's header is never refreshed for a visit's
        place or language (Quick exit's first frame shows it as it is)."""
        if reading != self._reading:
            self._reading = reading
            read = (
                QCoreApplication.translate("ReadAloud", "Stop reading")
                if reading
                else QCoreApplication.translate("ReadAloud", "Read aloud")
            )
            self.read_aloud.setAccessibleName(read)
            self._draw_read_aloud()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        icon = icon_for("globe", theme.palette.button_text)
        if icon is not None:
            self.language.setIcon(icon)
        self._draw_read_aloud()
        self._restyle()

    def _draw_read_aloud(self) -> None:
        icon = icon_for(
            "stop" if self._reading else "speaker",
            self._theme.palette.button_text,
            READ_ALOUD_ICON_PX,
        )
        if icon is not None:
            self.read_aloud.setIcon(icon)

    def set_compact(self, compact: bool) -> None:
        """Compact in a short window (the window decides what is short)."""
        if compact != self._compact:
            self._compact = compact
            self._restyle()

    @property
    def compact(self) -> bool:
        return self._compact

    def _restyle(self) -> None:
        if not self._compact:
            self._layout.setContentsMargins(16, 12, 16, 12)
            if self.styleSheet():
                self.setStyleSheet("")
            return
        self._layout.setContentsMargins(8, 4, 8, 4)
        # This sheet is the header's own, so it wins over the window's for
        # these properties and leaves it the colours and borders.
        body = min(self._theme.body_pt, BODY_PT[TextSize.LARGE])
        # A style sheet's min-height is the height inside padding and border
        # (2 px, 3 px for Quick exit), and it overrides setMinimumSize: the
        # targets keep their full size with the thinner padding.
        pad = 4
        button = MIN_TARGET_PX - 2 * (pad + 2)
        quick_exit = QUICK_EXIT_MIN_HEIGHT - 2 * (pad + 3)
        sheet = (
            f"QPushButton {{ font-size: {body}pt; padding: {pad}px 12px; min-height: {button}px; }}"
            f" QPushButton#quick_exit {{ font-size: {round(body * 1.1)}pt;"
            f" padding: {pad}px 14px; min-height: {quick_exit}px; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def set_overlay_open(self, is_open: bool) -> None:
        """While a panel is open only Quick exit stays usable."""
        for widget in (self.back, self.home, self.slip, self.language, self.read_aloud):
            widget.setEnabled(not is_open)
