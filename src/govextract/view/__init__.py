"""Views of extracted records: a release with its records highlighted, and a metric over time.

* :mod:`~govextract.view.spans`: the document's mentions as nested, non-crossing marks;
* :mod:`~govextract.view.records`: what the page says about each quantity (its card, its table row);
* :mod:`~govextract.view.page`: :func:`render`, the page itself (style ``view.css``, script ``view.js``);
* :mod:`~govextract.view.command`: ``govextract show FILE``, imported only by the command;
* :mod:`~govextract.view.series`: one metric's figures by period (pandas, extra ``view``);
* :mod:`~govextract.view.chart`: those figures as a Vega-Lite chart (altair, extra ``view``);
* :mod:`~govextract.view.chart_command`: ``govextract chart``, imported only by the command.
"""

from __future__ import annotations

from typing import Any

__all__ = ["render"]


def __getattr__(name: str) -> Any:
    # The page code loads on first use: ``import govextract`` reaches this package for
    # ``chart`` and ``metric_series``, which import their libraries lazily too.
    if name == "render":
        from .page import render

        return render
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
