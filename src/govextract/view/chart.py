"""One metric over time, drawn: a Vega-Lite line chart (altair) saved as offline HTML, PNG or SVG.

The points are :func:`govextract.view.series.metric_series`'s; this module only
draws them, with a maintained library (altair builds the Vega-Lite spec;
vl-convert renders PNG/SVG and supplies the Vega JavaScript that the HTML
carries inline, so the page fetches nothing). Both come with the ``view``
extra (``pip install "govextract[view]"``) and are imported only when a chart
is made.

The chart: x is the month of each point's ``period_to`` (the end of the
period the figure holds for; the exact interval is in the tooltip), y its signed value (a 下降 is negative), one coloured line per
subject, unit, basis and period shape; hovering a point shows the figure as
written, its period and interval, the release, the publication time and the
sentence it was read from; clicking it opens the release at the figure
(``link``: the file with an RFC 5147 ``#char=start,end`` fragment).

Chinese labels need a CJK font where the chart is rendered: the chart asks
for Noto Sans CJK (Debian/Ubuntu ``fonts-noto-cjk``), Source Han Sans,
PingFang or Microsoft YaHei, then any sans-serif; vl-convert reads the
system's fonts for PNG and SVG.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..batch import MissingExtraError
from .series import INSTALL, SelectionError, metric_series

__all__ = ["CJK_FONT", "FORMATS", "chart", "chart_frame", "check_target", "save_chart"]

#: The font list the chart asks for (a CSS font-family list): CJK fonts first.
CJK_FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"

#: What :func:`save_chart` writes, by file suffix.
FORMATS = {".html": "html", ".htm": "html", ".png": "png", ".svg": "svg", ".json": "json"}

_BASIS_TITLES = {
    "year_on_year": "year on year",
    "period_on_period": "period on period",
    "vs_earlier": "vs an earlier period",
    "vs_average": "vs an average",
    "vs_target": "vs a target",
}


def _altair() -> Any:
    try:
        import altair
    except ImportError:
        raise MissingExtraError(f"charts need altair, which is not installed: {INSTALL}") from None
    return altair


def chart(
    data: Any,
    subject: str,
    *,
    kind: str | None = None,
    basis: str | None = None,
    title: str | None = None,
    **series_options: Any,
) -> Any:
    """An altair chart of one metric over time (``.save(path)``, or :func:`save_chart` for offline HTML).

    ``data``, ``subject``, ``kind``, ``basis`` and ``series_options`` are
    :func:`~govextract.view.series.metric_series`'s; the selection rules and
    errors are its own.
    """
    frame = metric_series(data, subject, kind=kind, basis=basis, **series_options)
    return chart_frame(frame, title=title or _title(frame, subject, basis))


def _title(frame: Any, subject: str, basis: str | None) -> str:
    kinds = sorted(set(frame["kind"]))
    parts = [subject, "/".join(k.replace("_", " ") for k in kinds)]
    if basis is not None:
        parts.append(_BASIS_TITLES.get(basis, "no basis stated"))
    return " · ".join(parts)


def chart_frame(frame: Any, *, title: str = "") -> Any:
    """The chart of a frame shaped as :func:`~govextract.view.series.metric_series` returns."""
    alt = _altair()
    if frame.empty:
        raise SelectionError("the series has no points to draw")
    data = frame.assign(
        interval=frame["period_from"] + " – " + frame["period_to"],
        sentence=frame["sentence"].fillna(frame["text"]),
        published_at=frame["published_at"].fillna(""),
        period=frame["period"].fillna(""),
    )
    units = sorted({u for u in frame["unit"] if isinstance(u, str)})
    kinds = sorted(set(frame["kind"]))
    y_title = "/".join(k.replace("_", " ") for k in kinds) + (f" ({'/'.join(units)})" if units else "")
    lines = sorted(set(frame["line"]))
    base = alt.Chart(data, title=title).encode(
        x=alt.X("utcyearmonth(period_to):T", title="month the period ends", axis=alt.Axis(format="%Y-%m")),
        y=alt.Y("signed_value:Q", title=y_title, scale=alt.Scale(zero=False)),
        color=alt.Color("line:N", title="line", sort=lines, legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=600)),
    )
    tooltip = [
        alt.Tooltip("text:N", title="figure"),
        alt.Tooltip("signed_value:Q", title="value"),
        alt.Tooltip("period:N", title="period"),
        alt.Tooltip("interval:N", title="interval"),
        alt.Tooltip("line:N", title="line"),
        alt.Tooltip("source:N", title="release"),
        alt.Tooltip("published_at:N", title="published"),
        alt.Tooltip("sentence:N", title="sentence"),
    ]
    line = base.mark_line()
    points = base.mark_point(filled=True, size=70, cursor="pointer").encode(href="link:N", tooltip=tooltip)
    return (line + points).properties(width=640, height=360).configure(font=CJK_FONT)


def check_target(path: str | Path) -> str:
    """The format a chart file's suffix names, or a :class:`SelectionError` naming the suffixes there are."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise SelectionError(f"{path}: a chart is written as {', '.join(sorted(FORMATS))}, chosen by the file's suffix")
    return fmt


def save_chart(figure: Any, path: str | Path, *, scale: float = 2.0) -> str:
    """Write ``figure`` to ``path`` in the format its suffix names; return the format.

    HTML carries the Vega JavaScript inline (``inline=True``: vl-convert's
    bundle), so the page works offline; PNG is rendered at ``scale`` times the
    chart's size. Raises :class:`SelectionError` for an unknown suffix and
    :class:`~govextract.batch.MissingExtraError` without vl-convert.
    """
    target = Path(path)
    fmt = check_target(target)
    if fmt in ("html", "png", "svg"):
        try:
            import vl_convert  # noqa: F401
        except ImportError:
            raise MissingExtraError(f"{fmt.upper()} charts need vl-convert-python, which is not installed: {INSTALL}") from None
    if fmt == "html":
        figure.save(str(target), format="html", inline=True)
    elif fmt == "png":
        figure.save(str(target), format="png", scale_factor=scale)
    else:
        figure.save(str(target), format=fmt)
    return fmt
