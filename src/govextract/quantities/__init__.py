"""Find quantities in a release: numbers with their unit, kind, qualifier and metric.

One compiled pattern (built lazily from the lexicon) scans the folded text of a
range once.  Each match is a *candidate*; small pure steps then turn candidates
into :class:`~govextract.models.Quantity` records:

1. parse the numeral with :mod:`govextract.numbers` (never re-parsing digits here),
2. join lists whose unit is written once at the end (5.3、0.1、7.8个百分点),
3. drop what is not a quantity (dates, ordinals, enumerators, bare numerals,
   anything inside quotes or 《》 or a URL),
4. find the governing verb (direction) and the metric (subject) in the clause.

Surfaces and subjects are always sliced from the original text.  Text
converted from PDF is read through :func:`govextract.layout.reading_view`
(soft line breaks, page furniture and the spaces around numbers taken out),
and every offset is mapped back, so ``地方财政收入 46.57 亿⏎元`` gives the surface
``46.57 亿⏎元`` with its break, read as 46.57亿元 is.

The stages, in the order data flows through them (each module imports only
the ones above it):

- :mod:`.pattern`: the candidate pattern, unit table and auxiliary patterns;
- :mod:`.clauses`: where a clause begins (a helper of the stages below);
- :mod:`.windows`: the runs of a range worth scanning (a helper of step 1);
- :mod:`.candidates`: scan a range, turn each match into a candidate (step 1);
- :mod:`.lists`: join ranges and lists, share the unit written last (step 2);
- :mod:`.filters`: keep only quantities, set rate units (step 3);
- :mod:`.subject`: the metric and direction before a group (step 4);
- :mod:`.comparison`: cut comparison and share bases off the metric (step 4);
- :mod:`.records`: subjects inherited across groups, the records;
- :mod:`.tables`: statistical tables converted to text, read apart from prose
  (the pipeline cuts their lines out of the ranges given to :func:`find_quantities`).

:func:`find_quantities` is the public entry point (:func:`iter_quantities` the same, one at a time).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .. import layout as page_layout
from ..compact import construct
from ..enclosures import Enclosure, EnclosureIndex, find_enclosures
from ..models import Quantity, QuantityKind
from ..normalize import checked_range
from ..numbers import Number
from .candidates import find_candidates, ratio_parts
from .filters import keep_quantities
from .lists import join_lists, merge_ranges
from .records import build_records

__all__ = ["Number", "find_quantities", "iter_quantities"]


def find_quantities(
    text: str,
    folded: str,
    start: int = 0,
    end: int | None = None,
    *,
    enclosures: Sequence[Enclosure] = (),
    layout: page_layout.Layout | None = None,
) -> list[Quantity]:
    """Return the quantities written in ``text[start:end]``, in order.

    ``folded`` is ``fold(text)``; matching happens on it and surfaces are sliced
    from ``text``.  Numbers inside any of ``enclosures`` (quotes, 《》) are never
    quantities; without enclosures they are computed for the range.  ``layout``
    is ``govextract.layout.analyze(text, folded)``, computed here when not given.

    >>> from govextract.normalize import fold
    >>> text = "全省政务服务事项网上可办率达到90%以上,注册用户数突破1亿。"
    >>> [(q.text, q.value, q.kind.value, q.approx.value, q.subject)
    ...  for q in find_quantities(text, fold(text))]
    [('90%以上', 90, 'percent', 'at_least', '全省政务服务事项网上可办率'), ('突破1亿', 100000000, 'count', 'more_than', '注册用户数')]
    """
    return list(iter_quantities(text, folded, start, end, enclosures=enclosures, layout=layout))


def iter_quantities(
    text: str,
    folded: str,
    start: int = 0,
    end: int | None = None,
    *,
    enclosures: Sequence[Enclosure] = (),
    layout: page_layout.Layout | None = None,
) -> Iterator[Quantity]:
    """The quantities of :func:`find_quantities`, one at a time, so a caller can keep each in its final form.

    The arguments are checked at the call, before the first quantity is asked for.
    """
    start, end = checked_range(text, folded, start, end, "find_quantities")
    if start >= end:
        return iter(())
    view = page_layout.reading_view(text, folded, start, end, layout or page_layout.analyze(text, folded))
    if view is not None:
        return _through_view(text, view)
    inside = EnclosureIndex(enclosures or find_enclosures(folded, start, end))
    # Each stage is a generator: candidates flow through one group at a time, so
    # a long text is never held as a list of candidates or of records.
    candidates = find_candidates(folded, start, end, inside)
    groups = join_lists(folded, merge_ranges(folded, candidates))
    return _with_parts(folded, build_records(text, folded, keep_quantities(folded, groups, start), start))


def _with_parts(folded: str, records: Iterator[Quantity]) -> Iterator[Quantity]:
    """Each ratio with its parts (5.5∶39.7∶54.8 -> [5.5, 39.7, 54.8]); other records pass unchanged."""
    for quantity in records:
        if quantity.kind is QuantityKind.RATIO:
            parts = ratio_parts(folded[quantity.start:quantity.end])
            if parts is not None:
                values = dict(quantity.__dict__, parts=parts)
                quantity = construct(Quantity, frozenset(quantity.model_fields_set) | {"parts"}, **values)
        yield quantity


def _through_view(text: str, view: page_layout.View) -> Iterator[Quantity]:
    """The quantities of a layout view, their offsets mapped back to ``text``."""
    inside = EnclosureIndex(find_enclosures(view.folded, 0, len(view.folded)))
    candidates = find_candidates(view.folded, 0, len(view.folded), inside)
    groups = join_lists(view.folded, merge_ranges(view.folded, candidates))
    records = build_records(view.text, view.folded, keep_quantities(view.folded, groups, 0), 0)
    for quantity in _with_parts(view.folded, records):
        start, end = view.original_span(quantity.start, quantity.end)
        if view.holds_furniture(start, end):
            continue  # a qualifier and a number either side of a page break
        values = dict(quantity.__dict__, start=start, end=end, text=text[start:end])
        if quantity.subject_start is not None and quantity.subject_end is not None:
            subject_start, subject_end = view.original_span(quantity.subject_start, quantity.subject_end)
            if view.holds_furniture(subject_start, subject_end):
                values.update(subject=None, subject_start=None, subject_end=None)
            else:
                values.update(subject=text[subject_start:subject_end], subject_start=subject_start,
                              subject_end=subject_end)
        # The record of the view moved to the text: built once, not copied (its values are checked).
        yield construct(Quantity, frozenset(quantity.model_fields_set), **values)
