"""Quantities of statistical tables converted to text (统计公报 annex tables, indicator tables).

A page table reaches the text as one line per row, its cells separated by
``|``, tabs or runs of spaces (the way trafilatura renders page tables)::

    表1  2024年全市主要经济指标
    指标 | 单位 | 绝对数 | 比上年增长(%)
    地区生产总值 | 亿元 | 3856.42 | 5.3

Such lines are no sentences: a number in them has its unit in another cell and
its metric at the start of its row.  This stage finds tables by their shape (a
header row whose cells are column words, then two or more rows that split into
as many cells) and reads every numeric cell as a quantity:

- the subject is the row label (the first cell, without 其中：/# prefixes);
- the unit and magnitude come from the column header (绝对数(亿元)), else from
  the row's unit cell (单位 column), else from a 单位：line above the header;
  the money and count conventions of prose apply (3856.42 under 亿元 is
  385642000000 元, 356.7 under 万人 is 3567000 人);
- a change column (比上年增长(%), 增减(百分点)) gives a percent or percentage
  point whose direction is the cell's sign (-1.2 has value 1.2, direction down)
  and whose basis is the one its header words state (比上年 -> year on year),
  with the offsets of those words; a share column (比重(%)) gives a percent;
  an index column or an index base as unit (上年=100) gives an index;
- empty cells (—, -, …), columns of dates, times, ranks and notes, and cells
  that are no plain number give nothing.

The surface of a quantity is its cell, exactly as written.  The pipeline reads
the lines of a table through this stage only, so no prose scan reads them again.

Public API: :func:`find_tables` (where the tables are), :func:`table_quantities` and
:func:`period_places` (where a cell's period is written: its column header, its caption).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..lexicon import statistical_tables as lex
from ..lexicon import units as unit_lex
from ..models import Basis, Direction, Quantity, QuantityKind
from ..numbers import parse_number

__all__ = ["Table", "find_tables", "period_places", "table_quantities"]

_MIN_ROWS = 2  # data rows under a header before the lines are a table
_MIN_CELLS = 2

Cell = tuple[int, int]  # stripped offsets of a cell in the text


@dataclass(frozen=True, slots=True)
class _Unit:
    kind: QuantityKind
    unit: str | None
    magnitude: str = ""  # a magnitude written before the unit (亿 of 亿元), appended to the numeral
    divisor: int = 1  # to percent (‰ -> 10)


@dataclass(frozen=True, slots=True)
class _Column:
    role: str  # "label", "unit", "skip", "value", "change", "share", "index"
    unit: _Unit | None = None  # the unit its header names
    basis: Basis | None = None
    basis_span: Cell | None = None
    header: Cell | None = None  # the offsets of its header cell


@dataclass(frozen=True, slots=True)
class Table:
    """One table: where its lines run, its columns and the cells of each data row."""

    start: int  # start of the header line
    end: int  # end of the last row line
    columns: tuple[_Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    unit: _Unit | None  # the unit a 单位：line above the header gives the whole table
    caption: Cell | None = None  # the caption line above the header (表1  2024年主要农产品产量…)


# ---------------------------------------------------------------------------
# patterns


@lru_cache(maxsize=1)
def _header_start_pattern() -> regex.Pattern[str]:
    """A line opening with a label header word (指标, 项目, 产品名称): the cheap first test of a header row."""
    words = "|".join(regex.escape(w) for w in sorted(lex.LABEL_HEADERS, key=len, reverse=True))
    return regex.compile(rf"(?m)^[ \t]*+\|?[ \t]*+(?:{words})")


@lru_cache(maxsize=1)
def _number_pattern() -> regex.Pattern[str]:
    return regex.compile(r"[+\-−]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")


@lru_cache(maxsize=1)
def _period_header_pattern() -> regex.Pattern[str]:
    return regex.compile(lex.PERIOD_HEADER_PATTERN)


@lru_cache(maxsize=1)
def _separator_row_pattern() -> regex.Pattern[str]:
    """A markdown rule under a header (|---|:---:|)."""
    return regex.compile(r"[ \t|:\-—]+")


@lru_cache(maxsize=1)
def _base_units() -> dict[str, QuantityKind]:
    kinds: dict[str, QuantityKind] = {}
    for words, kind in (
        (unit_lex.MEASURE_UNITS, QuantityKind.MEASURE),
        (unit_lex.COUNT_UNITS, QuantityKind.COUNT),
        (unit_lex.CURRENCIES, QuantityKind.MONEY),
        (unit_lex.MULTIPLE_UNITS, QuantityKind.MULTIPLE),
    ):
        for word in words:
            kinds[word] = kind
    return kinds


# ---------------------------------------------------------------------------
# units


def _parse_unit(unit: str) -> _Unit | None:
    """The kind, reported unit and magnitude a unit cell or bracket states, or None when it states none."""
    unit = unit.strip()
    if not unit:
        return None
    if unit in lex.PERCENT_UNITS:
        return _Unit(QuantityKind.PERCENT, unit, divisor=lex.PERCENT_UNITS[unit])
    if unit in lex.PERCENTAGE_POINT_UNITS:
        return _Unit(QuantityKind.PERCENTAGE_POINT, unit_lex.PERCENTAGE_POINT_UNIT)
    if lex.INDEX_BASE_MARK in unit:
        return _Unit(QuantityKind.INDEX, None)
    bases = _base_units()
    if unit in bases:
        return _Unit(bases[unit], _reported(unit, bases[unit]))
    for magnitude in lex.MAGNITUDES:
        if unit.startswith(magnitude) and unit[len(magnitude):] in bases:
            base = unit[len(magnitude):]
            return _Unit(bases[base], _reported(base, bases[base]), magnitude=magnitude)
    # A unit of no table (元/人, 人/平方公里): the value as written, the unit as written.
    return _Unit(QuantityKind.MEASURE, unit)


def _reported(base: str, kind: QuantityKind) -> str:
    """The unit prose reports for ``base`` (元人民币 and 人民币 are 元)."""
    if kind is QuantityKind.MONEY and base in lex.PLAIN_CURRENCY_SPELLINGS:
        return unit_lex.PLAIN_CURRENCIES[0]
    return base


def _bracket_unit(folded: str, start: int, end: int) -> _Unit | None:
    """The unit written in brackets in a header cell (绝对数(亿元) -> 亿元), or None."""
    for opening, closing in lex.UNIT_BRACKETS:
        left = folded.find(opening, start, end)
        if left >= 0:
            right = folded.find(closing, left + 1, end)
            if right > left + 1:
                return _parse_unit(folded[left + 1:right])
    return None


# ---------------------------------------------------------------------------
# rows


def _cells(folded: str, start: int, end: int, mode: str) -> list[Cell]:
    """The stripped cells of the line ``folded[start:end]`` split the way ``mode`` says."""
    if mode == "pipe":
        bounds = _split_at(folded, start, end, lex.PIPE)
        if len(bounds) > 2 and bounds[0][0] == bounds[0][1]:
            # | a | b |: the empty cells outside the outer bars (a | b | is a row whose last cell is empty)
            bounds = bounds[1:-1] if bounds[-1][0] == bounds[-1][1] else bounds[1:]
        return bounds
    if mode == "tab":
        return _split_at(folded, start, end, lex.TAB)
    cells: list[Cell] = []
    position = start
    pattern = "  +" if mode == "wide" else " +"
    for gap in regex.finditer(pattern, folded, pos=start, endpos=end):
        if gap.start() > position:
            cells.append((position, gap.start()))
        position = gap.end()
    if position < end:
        cells.append((position, end))
    return cells


def _split_at(folded: str, start: int, end: int, mark: str) -> list[Cell]:
    cells: list[Cell] = []
    position = start
    while True:
        cut = folded.find(mark, position, end)
        piece_end = end if cut < 0 else cut
        cells.append(_strip(folded, position, piece_end))
        if cut < 0:
            return cells
        position = cut + 1


def _strip(folded: str, start: int, end: int) -> Cell:
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    return start, end


def _modes(folded: str, start: int, end: int) -> Iterator[str]:
    """The ways a header line may split, most explicit first."""
    line = folded[start:end]
    if lex.PIPE in line:
        yield "pipe"
        return
    if lex.TAB in line:
        yield "tab"
        return
    if "  " in line:
        yield "wide"
    yield "narrow"


# ---------------------------------------------------------------------------
# headers


def _column(folded: str, cell: Cell) -> _Column | None:
    """What a header cell says its column holds, or None when it is no column word."""
    start, end = cell
    words = folded[start:end]
    if not words:
        return None
    if words in lex.UNIT_HEADERS:
        return _Column("unit")
    if words.startswith(lex.SKIPPED_HEADERS):
        return _Column("skip")
    if _number_pattern().fullmatch(words):
        return None  # a number is a cell, never a header
    unit = _bracket_unit(folded, start, end)
    plain = words
    for word in lex.NOT_CHANGE_HEADER_WORDS:
        plain = plain.replace(word, "")
    if any(word in plain for word in lex.CHANGE_HEADER_WORDS):
        basis, span = _basis(folded, start, end)
        return _Column("change", unit or _Unit(QuantityKind.PERCENT, "%"), basis, span)
    if any(word in words for word in lex.SHARE_HEADER_WORDS):
        return _Column("share", unit or _Unit(QuantityKind.PERCENT, "%"))
    if any(word in words for word in lex.INDEX_HEADER_WORDS):
        return _Column("index", _Unit(QuantityKind.INDEX, None))
    bare = words.split("(")[0] if "(" in words else words
    if (
        unit is not None or any(word in words for word in lex.VALUE_HEADER_WORDS)
        or (bare and _period_header_pattern().fullmatch(bare) is not None)
    ):
        return _Column("value", unit)
    return None


def _basis(folded: str, start: int, end: int) -> tuple[Basis | None, Cell | None]:
    """The basis a change header states and the offsets of its words (the longest written)."""
    best: tuple[int, int, str] | None = None
    for word, basis in lex.BASIS_HEADER_WORDS.items():
        at = folded.find(word, start, end)
        if at >= 0 and (best is None or len(word) > best[1] - best[0]):
            best = (at, at + len(word), basis)
    if best is None:
        return None, None
    return Basis(best[2]), (best[0], best[1])


def _header(folded: str, start: int, end: int) -> tuple[str, tuple[_Column, ...]] | None:
    """The split mode and columns of a header line, or None when the line is no header."""
    for mode in _modes(folded, start, end):
        cells = _cells(folded, start, end, mode)
        if len(cells) < _MIN_CELLS or not folded.startswith(lex.LABEL_HEADERS, cells[0][0], cells[0][1]):
            continue
        columns = [_column(folded, cell) for cell in cells[1:]]
        if any(c is None for c in columns) or not any(c.role not in ("unit", "skip") for c in columns if c):
            continue
        headed = (replace(c, header=cell) for c, cell in zip(columns, cells[1:], strict=True) if c is not None)
        return mode, (_Column("label"), *headed)
    return None


# ---------------------------------------------------------------------------
# tables


def _lines(folded: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line from ``start`` on, without its line break."""
    position = start
    while position < end:
        cut = position
        while cut < end and folded[cut] not in "\n\r":
            cut += 1
        yield position, cut
        position = cut + 1
        if cut < end and folded[cut] == "\r" and position < end and folded[position] == "\n":
            position += 1


def find_tables(folded: str, start: int, end: int) -> list[Table]:
    """The tables of ``folded[start:end]``, in order."""
    tables: list[Table] = []
    floor = start
    for match in _header_start_pattern().finditer(folded, start, end):
        line_start = match.start()
        if line_start < floor:
            continue
        line_end = folded.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        if folded[line_end - 1:line_end] == "\r":
            line_end -= 1
        table = _table(folded, line_start, line_end, end)
        if table is not None:
            tables.append(table)
            floor = table.end
    return tables


def _table(folded: str, start: int, end: int, limit: int) -> Table | None:
    """The table whose header is the line ``folded[start:end]``, or None."""
    header = _header(folded, start, end)
    if header is None:
        return None
    mode, columns = header
    rows: list[tuple[Cell, ...]] = []
    last = end
    for line_start, line_end in _lines(folded, end + 1, limit):
        if line_start == line_end or folded[line_start:line_end].isspace():
            continue  # a blank line between rows
        if not rows and _separator_row_pattern().fullmatch(folded, line_start, line_end):
            last = line_end
            continue
        stripped = _strip(folded, line_start, line_end)
        if _header_start_pattern().match(folded, line_start, line_end) and _header(folded, *stripped):
            break  # the header of the next table
        cells = _cells(folded, stripped[0], stripped[1], mode)
        if mode == "wide" and len(cells) < len(columns):
            cells = _cells(folded, stripped[0], stripped[1], "narrow")  # a cell set off by one space only
        if len(cells) != len(columns) or cells[0][0] == cells[0][1]:
            break
        rows.append(tuple(cells))
        last = line_end
    if len(rows) < _MIN_ROWS:
        return None
    return Table(
        _line_start(folded, start), last, columns, tuple(rows), _table_unit(folded, start), _caption(folded, start)
    )


def _line_start(folded: str, offset: int) -> int:
    return max(folded.rfind("\n", 0, offset), folded.rfind("\r", 0, offset)) + 1


def _table_unit(folded: str, header_start: int) -> _Unit | None:
    """The unit of a 单位：line (or caption end) right above the header, or None."""
    line_start = _line_start(folded, header_start)
    if line_start == 0:
        return None
    above_end = line_start - 1
    while above_end > 0 and folded[above_end - 1] in "\r\n":
        above_end -= 1
    above = folded[_line_start(folded, above_end):above_end]
    for label in lex.TABLE_UNIT_LABELS:
        at = above.rfind(label)
        if at >= 0:
            return _parse_unit(above[at + len(label):])
    return None


def _caption(folded: str, header_start: int) -> Cell | None:
    """The caption line (表1 …, 附表 …) right above the header or above its 单位：line, or None."""
    end = _line_start(folded, header_start)
    for _ in range(2):
        if end == 0:
            return None
        end -= 1
        while end > 0 and folded[end - 1] in "\r\n":
            end -= 1
        start = _line_start(folded, end)
        line = _strip(folded, start, end)
        if folded.startswith(lex.CAPTION_OPENINGS, *line) and "。" not in folded[start:end]:
            return line
        if not any(label in folded[start:end] for label in lex.TABLE_UNIT_LABELS):
            return None
        end = start
    return None


def period_places(table: Table) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    """Where the period of each cell is written: ``(cell start, spans)``, its column header, then the caption.

    A table states the period of its figures in a column header (全年, 2024年, 1—10月累计)
    or in its caption (表1  2024年主要农产品产量…), not in the row: the period stage looks
    for a date mention in these spans, in this order, before it reads the prose around.
    """
    for row in table.rows:
        for column, cell in zip(table.columns[1:], row[1:], strict=True):
            if column.role not in ("label", "unit", "skip"):
                spans = tuple(span for span in (column.header, table.caption) if span is not None)
                yield cell[0], spans


# ---------------------------------------------------------------------------
# quantities


def table_quantities(text: str, folded: str, table: Table) -> Iterator[Quantity]:
    """The quantities of the numeric cells of ``table``, row by row, left to right."""
    unit_index = next((i for i, c in enumerate(table.columns) if c.role == "unit"), None)
    for row in table.rows:
        subject = _label(folded, row[0])
        if subject is None:
            continue
        row_unit = _parse_unit(folded[row[unit_index][0]:row[unit_index][1]]) if unit_index is not None else None
        for column, cell in zip(table.columns[1:], row[1:], strict=True):
            if column.role in ("label", "unit", "skip"):
                continue
            quantity = _cell_quantity(text, folded, cell, column, row_unit or table.unit, subject)
            if quantity is not None:
                yield quantity


def _label(folded: str, cell: Cell) -> Cell | None:
    """The row label without the prefixes that make it a part of the row above (其中：, #)."""
    start, end = cell
    changed = True
    while changed:
        changed = False
        for prefix in lex.LABEL_PREFIXES:
            if folded.startswith(prefix, start, end):
                start, end = _strip(folded, start + len(prefix), end)
                changed = True
    if start >= end or _number_pattern().fullmatch(folded, start, end):
        return None
    return start, end


def _cell_quantity(
    text: str, folded: str, cell: Cell, column: _Column, row_unit: _Unit | None, subject: Cell
) -> Quantity | None:
    start, end = cell
    if start >= end or folded[start:end] in lex.EMPTY_CELLS or not _number_pattern().fullmatch(folded, start, end):
        return None
    written = folded[start:end].replace(",", "").replace("−", "-")
    negative = written.startswith("-")
    unit = column.unit if column.role != "value" else column.unit or row_unit
    if column.role == "value" and row_unit is not None and row_unit.kind is QuantityKind.INDEX:
        unit = row_unit  # 居民消费价格指数 | 上年同期=100 | 100.3
    if unit is None:
        return None  # a number of no stated unit is no quantity
    digits = written.lstrip("+-")
    if column.role == "change":
        value = parse_number(digits + unit.magnitude)
        direction = Direction.DOWN if negative else (Direction.UP if value else None)
    else:
        value = parse_number(written + unit.magnitude)
        direction = None
    if value is None:
        return None
    if unit.divisor != 1:
        value = value / unit.divisor
    change = column.role == "change"
    basis_start, basis_end = column.basis_span if change and column.basis_span else (None, None)
    return Quantity(
        text=text[start:end], start=start, end=end, value=value, kind=unit.kind, unit=unit.unit,
        direction=direction, subject=text[subject[0]:subject[1]], subject_start=subject[0], subject_end=subject[1],
        basis=column.basis if change else None, basis_start=basis_start, basis_end=basis_end,
    )
