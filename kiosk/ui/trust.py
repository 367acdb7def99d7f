"""How far a visitor can rely on a resource or an answer, said plainly on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.content.model import CheckedBy, Question, Resource, Trust
from kiosk.ui.context import ScreenContext
from kiosk.ui.widgets import label


def trust_text(trust: Trust, resource: Resource, ctx: ScreenContext) -> str:
    """The words of a resource's full trust badge or "checked on" line."""
    if trust is Trust.UNVERIFIED:
        return QCoreApplication.translate(
            "Trust",
            "Not verified: these details have not been checked. Ask staff before relying on them.",
        )
    assert resource.verified is not None
    checked = ctx.long_date(resource.verified.on)
    if trust is Trust.STALE:
        return QCoreApplication.translate(
            "Trust", "May be out of date: last checked on {date}. Ask staff if unsure."
        ).format(date=checked)
    return QCoreApplication.translate("Trust", "Checked on {date}").format(date=checked)


def trust_badge(
    trust: Trust, resource: Resource, ctx: ScreenContext, *, compact: bool = False
) -> QLabel | None:
    """A badge for anything short of verified; a quiet "checked on" line otherwise."""
    if compact:
        short = {
            Trust.UNVERIFIED: QCoreApplication.translate("Trust", "Not verified"),
            Trust.STALE: QCoreApplication.translate("Trust", "May be out of date"),
        }.get(trust)
        if short is None:
            return None
        badge = label(short, "badge", wrap=False)
    elif trust is Trust.VERIFIED:
        line = label(trust_text(trust, resource, ctx), "verified")
        line.setObjectName("verified_line")
        return line
    else:
        badge = label(trust_text(trust, resource, ctx), "badge")
    badge.setObjectName("unverified_badge" if trust is Trust.UNVERIFIED else "stale_badge")
    return badge


def checked_by_name(role: CheckedBy) -> str:
    """Who checked an answer, as a visitor reads it: a role, in their language."""
    names = {
        CheckedBy.SITE_STAFF: QCoreApplication.translate("Trust", "this site's staff"),
        CheckedBy.CONTENT_EDITOR: QCoreApplication.translate("Trust", "the content editor"),
        CheckedBy.ADVOCATE: QCoreApplication.translate("Trust", "a victim advocate"),
        CheckedBy.LAWYER: QCoreApplication.translate("Trust", "a lawyer"),
        CheckedBy.LEGAL_AID: QCoreApplication.translate("Trust", "legal aid"),
    }
    return names[role]


def answer_check_text(question: Question, ctx: ScreenContext) -> tuple[str, bool]:
    """Under an answer: the day a claim about the law holds for, and when
    and by whom the answer was last checked; plainly when it never was, or
    was checked too long ago to rely on. With whether it is too old (the
    screen shows it as a badge; Read aloud reads the same words)."""
    parts: list[str] = []
    if question.as_of is not None:
        parts.append(
            QCoreApplication.translate("Trust", "As of {date}.").format(
                date=ctx.long_date(question.as_of)
            )
        )
    checked = question.checked
    stale = question.checked_long_ago(ctx.today, ctx.bundle.claims_max_age_days)
    if checked is None:
        parts.append(
            QCoreApplication.translate(
                "Trust", "Not checked yet: ask staff before relying on this."
            )
        )
    else:
        parts.append(
            QCoreApplication.translate("Trust", "Last checked on {date} by {who}.").format(
                date=ctx.long_date(checked.on), who=checked_by_name(checked.by)
            )
        )
        if stale:
            parts.append(
                QCoreApplication.translate("Trust", "This may have changed since: ask staff.")
            )
    return " ".join(parts), stale


def answer_check_line(question: Question, ctx: ScreenContext) -> QLabel:
    text, stale = answer_check_text(question, ctx)
    line = label(text, "badge" if stale else "muted")
    line.setObjectName("answer_stale" if stale else "answer_checked")
    return line
