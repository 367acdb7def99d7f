"""A service's cost: its fees in words and its current prices, as one text."""

from __future__ import annotations

from typing import Any

from kiosk.hsds.plan import TEXT_LIMITS, Found
from kiosk.hsds.values import Record, children, is_placeholder, iso_date, number, text


def read_cost(data: dict[str, Any], s: Record, where: str, found: Found) -> None:
    parts = []
    fees = text(s, "fees_description", where)
    fees_key = "fees_description"
    if fees is None:
        fees, fees_key = text(s, "fees", where), "fees"  # HSDS 2's name for it
    if fees is not None and not is_placeholder(fees, fees_key):
        found.usage.use(s, fees_key)
        parts.append(fees)
    for option, place in children(s, "cost_options", where):
        line = _cost_option(option, place, found)
        if line:
            parts.append(line)
    found.usage.use(s, "cost_options")
    if not parts:
        return
    joined = "\n".join(parts)
    if len(joined) > TEXT_LIMITS["cost"]:
        found.problems.append(
            f"the cost text is {len(joined)} characters, more than {TEXT_LIMITS['cost']}: "
            "not imported, write a shorter one by hand"
        )
        return
    data["cost"] = found.lang(joined)


def _cost_option(option: Record, where: str, found: Found) -> str | None:
    found.usage.use(option, "id")
    valid_to = text(option, "valid_to", where)
    end = iso_date(valid_to) if valid_to else None
    if end is not None and end < found.ctx.today:
        found.usage.use(option, *option.keys())
        found.problems.append(
            f"a price ({_cost_words(option, where) or 'cost option'}) was valid only until "
            f"{end}: not imported"
        )
        return None
    line = _cost_words(option, where)
    if line:
        found.usage.use(option, "option", "amount", "currency", "amount_description")
        if end is not None:
            found.usage.use(option, "valid_to")
    return line


def _cost_words(option: Record, where: str) -> str | None:
    label = text(option, "option", where)
    amount = number(option, "amount", where)
    currency = text(option, "currency", where)
    detail = text(option, "amount_description", where)
    price = ""
    if amount is not None:
        shown = f"{amount:g}" if amount == int(amount) else f"{amount:.2f}"
        price = f"{shown} {currency.upper()}" if currency else shown
    price = " ".join(p for p in (price, detail) if p)
    if label and price:
        return f"{label}: {price}"
    return label or price or None
