"""What the page says about each quantity: the lines of its tip and the cells of its row in the side table.

One place for both, so the hover card and the table never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Number, Quantity


@dataclass(frozen=True)
class Cell:
    """A table cell: what it shows and the key it sorts by (a number sorts numerically)."""

    text: str
    key: str | float


def number(value: Number) -> str:
    """A value as a reader writes it: thousands grouped, no trailing zeros (85000 -> 85,000; 0.352 -> 0.352)."""
    return f"{value:,}"


def value_text(quantity: Quantity) -> str:
    """The value, a range as low–high, a ratio as its parts."""
    if quantity.parts:
        return "∶".join(number(part) for part in quantity.parts)
    if quantity.value_max is not None:
        return f"{number(quantity.value)}–{number(quantity.value_max)}"
    return number(quantity.value)


def approx_text(quantity: Quantity) -> str:
    """The approximation and the word that set it (``more_than (余)``); ``exact`` alone."""
    approx = quantity.approx.value
    return f"{approx} ({quantity.qualifier})" if quantity.qualifier else approx


def period_text(quantity: Quantity) -> str:
    """The period's surface with its interval and granularity, or empty."""
    if quantity.period is None:
        return ""
    interval = ""
    if quantity.period_from or quantity.period_to:
        interval = f"{quantity.period_from or '?'} – {quantity.period_to or '?'}"
    details = ", ".join(
        part for part in (interval, quantity.period_granularity.value if quantity.period_granularity else "") if part
    )
    return f"{quantity.period} ({details})" if details else quantity.period


def basis_text(quantity: Quantity, text: str) -> str:
    """The basis with the words that state it (``year_on_year 同比``), or empty."""
    if quantity.basis is None:
        return ""
    if quantity.basis_start is not None and quantity.basis_end is not None:
        return f"{quantity.basis.value} {text[quantity.basis_start:quantity.basis_end]}"
    return quantity.basis.value


def tip_lines(quantity: Quantity, text: str) -> list[str]:
    """The record of a quantity as short lines, for the card shown on hover and focus."""
    unit = f" {quantity.unit}" if quantity.unit else ""
    lines = [f"value: {value_text(quantity)}{unit}", f"kind: {quantity.kind.value}", f"approx: {approx_text(quantity)}"]
    if quantity.direction is not None:
        lines.append(f"direction: {quantity.direction.value}")
    lines.append(f"subject: {quantity.subject or '—'}")
    lines.append(f"period: {period_text(quantity) or '—'}")
    lines.append(f"basis: {basis_text(quantity, text) or '—'}")
    return lines


#: The side table's columns, in order.
COLUMNS = ("#", "mention", "value", "unit", "kind", "approx", "subject", "period", "basis")


def row_cells(index: int, quantity: Quantity, text: str) -> list[Cell]:
    """The cells of a quantity's row, one per :data:`COLUMNS` entry (the mention cell is made a link by the page)."""
    return [
        Cell(str(index + 1), float(index)),
        Cell(quantity.text, float(quantity.start)),
        Cell(value_text(quantity), float(quantity.value)),
        Cell(quantity.unit or "", quantity.unit or ""),
        Cell(quantity.kind.value, quantity.kind.value),
        Cell(approx_text(quantity), quantity.approx.value),
        Cell(quantity.subject or "", quantity.subject or ""),
        Cell(period_text(quantity), quantity.period_from or quantity.period or ""),
        Cell(basis_text(quantity, text), quantity.basis.value if quantity.basis else ""),
    ]
