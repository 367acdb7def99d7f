"""The bar across the top of every screen: Back, Home, the slip, and Quick exit
in the trailing corner (top right, or top left in right-to-left languages:
QHBoxLayout mirrors it with the window's layout direction)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout

from kiosk.session import Screen, Session
from kiosk.ui.context import language_name
from kiosk.ui.icons import icon_for
from kiosk.ui.theme import TARGET_GAP_PX, Theme
from kiosk.ui.widgets import QuickExitButton, WrappingButton


class Header(QFrame):
    def __init__(self, session: Session, on_quick_exit: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("header")
        self.session = session
        layout = QHBoxLayout(self)
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
        # In a narrow window at the largest text size the labels wrap onto
        # two lines rather than being cut off (WrappingButton).
        self.quick_exit = QuickExitButton("", on_quick_exit)
        for widget in (self.back, self.home, self.slip):
            layout.addWidget(widget)
        layout.addStretch(1)
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
        exit_text = self.tr("Quick exit")
        self.quick_exit.setText(exit_text)
        self.quick_exit.setAccessibleName(exit_text)
        place = self.session.place.screen
        visiting = place is not Screen.COVER
        self.back.setVisible(visiting and place is not Screen.HOME)
        self.home.setVisible(visiting and place is not Screen.HOME)
        self.slip.setVisible(visiting and count > 0 and place is not Screen.SLIP)
        self.language.setVisible(visiting and place is not Screen.LANGUAGE)

    def set_theme(self, theme: Theme) -> None:
        icon = icon_for("globe", theme.palette.button_text)
        if icon is not None:
            self.language.setIcon(icon)

    def set_overlay_open(self, is_open: bool) -> None:
        """While a panel is open only Quick exit stays usable."""
        for widget in (self.back, self.home, self.slip, self.language):
            widget.setEnabled(not is_open)
