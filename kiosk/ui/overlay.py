"""Panels shown over the current screen (the idle question, the PIN pad, the
staff panel, print messages).

They are not OS dialogs: a modal dialog would take the keyboard and mouse
from the window, and Quick exit must keep working while one is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from kiosk.session import Panel
from kiosk.ui.widgets import ScrollPane


class OverlayHost(QWidget):
    """Covers its parent below `top_inset` pixels (the header, where Quick
    exit stays within reach) and shows one panel at a time, over the cover
    page and the visit page alike."""

    def __init__(self, parent: QWidget, top_inset: Callable[[], int] = lambda: 0) -> None:
        super().__init__(parent)
        self._top_inset = top_inset
        self.setObjectName("overlay_host")
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._panel: QWidget | None = None
        self._kind = Panel.NONE
        self._pane: ScrollPane | None = None
        self._holder: ScrollPane | None = None  # see _scrolling
        parent.installEventFilter(self)
        self.hide()

    def scroll_pane(self) -> ScrollPane:
        """The scroll area panels borrow (the staff panel's findings): one for
        the whole run, since each new one grabs a new touch gesture, which
        PySide6 never lets go of. It comes back when the panel closes."""
        if self._pane is None:
            self._pane = ScrollPane(parent=self)
            self._pane.hide()
        return self._pane

    @property
    def panel(self) -> QWidget | None:
        return self._panel

    @property
    def kind(self) -> Panel:
        """What the open panel is for (Panel.NONE when none is open)."""
        return self._kind

    def show_panel(self, panel: QWidget, kind: Panel) -> None:
        self.close_panel()
        self._kind = kind
        frame = panel if isinstance(panel, QFrame) else _framed(panel)
        frame.setProperty("role", "overlay")
        self._panel = panel
        # Taller than a small screen leaves it (the PIN pad at 800x480, the
        # staff panel at the largest text), the panel scrolls rather than
        # squeezing its buttons below their minimum.
        self._layout.addWidget(self._scrolling(frame, self._lent_pane(panel)))
        self._fit()
        self.show()
        self.raise_()
        panel.setFocus()

    def close_panel(self) -> None:
        if self._panel is None:
            return
        panel, self._panel = self._panel, None
        self._kind = Panel.NONE
        pane = self._lent_pane(panel)
        if pane is not None:
            # The borrowed scroll area comes back before the panel goes.
            lent = pane.takeWidget()
            if lent is not None:
                lent.setParent(panel)  # destroyed with the panel
            pane.setParent(self)
            pane.hide()
        holder = self._holder_pane()
        centre = holder.takeWidget()
        if centre is not None:
            centre.hide()
            centre.deleteLater()  # the panel with it
        holder.hide()
        self._layout.removeWidget(holder)
        self.hide()

    def _lent_pane(self, panel: QWidget) -> ScrollPane | None:
        """`scroll_pane` when this panel scrolls its own long part in it."""
        pane = self._pane
        return pane if pane is not None and panel.isAncestorOf(pane) else None

    def _holder_pane(self) -> ScrollPane:
        """The host's second scroll area (one for the run, as `scroll_pane`)."""
        if self._holder is None:
            self._holder = ScrollPane(parent=self)
            self._holder.setObjectName("overlay_scroll")
            # The dimmed screen shows through around the panel.
            self._holder.setStyleSheet(
                "#overlay_scroll, #overlay_scroll > QWidget, #overlay_scroll > QWidget > QWidget"
                " { background: transparent; }"
            )
        return self._holder

    def _scrolling(self, frame: QWidget, lent: ScrollPane | None) -> ScrollPane:
        """The panel layer's scroll area, holding the frame centred as the
        host itself would. A frame that scrolls its own long part in `lent`
        may be shorter than it asks to be (see _ShrinkingCentre); any other
        is never shorter than it asks."""
        holder = self._holder_pane()
        centre = _ShrinkingCentre(lent) if lent is not None else QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Past that height, the area scrolls: the panel's buttons keep their
        # size (a layout squeezes every widget in it below its minimum when
        # its own widget is given less than the layout's minimum).
        policy = frame.sizePolicy()
        grows = QSizePolicy.Policy.Minimum if lent is None else QSizePolicy.Policy.Preferred
        policy.setVerticalPolicy(grows)
        frame.setSizePolicy(policy)
        layout.addWidget(frame)
        holder.setWidget(centre)
        holder.show()
        return holder

    def _fit(self) -> None:
        self.setGeometry(self.parentWidget().rect().adjusted(0, self._top_inset(), 0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        # Dim what is behind the panel.
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))


class _ShrinkingCentre(QWidget):
    """The scroll area's widget for a panel that scrolls its own long part
    in `pane`. A scroll area makes its widget as tall as its heightForWidth,
    which for such a panel is its whole natural height (the pane showing
    everything): the panel would never use its own scrolling. Here it is the
    natural height less what the pane can give up; the rest (buttons sized
    for their text at the largest size, which is more than a button's
    minimum) keeps its natural height, and past that the panel layer scrolls."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__()
        self._pane = pane

    def heightForWidth(self, width: int) -> int:
        natural = super().heightForWidth(width)
        spare = max(0, self._pane.sizeHint().height() - self._pane.minimumHeight())
        return max(self.minimumSizeHint().height(), natural - spare)


def _framed(panel: QWidget) -> QFrame:
    frame = QFrame()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(32, 32, 32, 32)
    layout.addWidget(panel)
    return frame
