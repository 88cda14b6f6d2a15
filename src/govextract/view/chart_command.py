"""``govextract chart``: one metric over time from JSON-lines outputs, as a chart file or a table.

``govextract chart OUT.jsonl --subject 地区生产总值 [--kind percent] [--basis year_on_year]
[-o chart.html|chart.png|chart.svg]`` selects the series as
:func:`govextract.view.series.metric_series` does and draws it with
:func:`govextract.view.chart.chart`; without ``-o`` it prints the selected
points as tab-separated lines (no chart, no altair needed). Every problem is
one sentence on stderr and exit status 2; a summary line on stderr says what
was drawn and what was left out.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from ..batch import MissingExtraError
from ..models import Basis, QuantityKind
from .series import NO_BASIS, SelectionError, metric_series

__all__ = ["TABLE_COLUMNS", "build_parser", "main"]

PROGRAM = "govextract chart"
EXIT_OK = 0
EXIT_USAGE = 2

#: The columns printed without ``-o``.
TABLE_COLUMNS = ["line", "period", "period_from", "period_to", "signed_value", "text", "source", "start", "end"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        _say(f"{PROGRAM}: {message} (see {PROGRAM} --help)")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``govextract chart``."""
    parser = _Parser(
        prog=PROGRAM,
        description="Draw one metric over time from govextract's JSON-lines output: the quantities whose "
        "subject contains --subject, one point per period, one line per subject, unit, basis and period shape "
        "(cumulative from 1 January, single month, single quarter, at a date). Levels and rates never share a "
        "chart: when the subject's figures are of several kinds, --kind chooses one.",
    )
    parser.add_argument("paths", nargs="+", metavar="OUT.jsonl", help="JSON-lines outputs of govextract")
    parser.add_argument("--subject", required=True, help="a word the quantities' subject contains, e.g. 地区生产总值")
    parser.add_argument("--kind", choices=[k.value for k in QuantityKind], help="keep one kind of figure")
    parser.add_argument(
        "--basis", choices=[*(b.value for b in Basis), NO_BASIS], help=f"keep one comparison basis ({NO_BASIS}: no basis stated)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="chart.html (offline page), chart.png or chart.svg; "
                        "without it the points are printed as tab-separated lines")
    parser.add_argument("--title", help="the chart's title (default: the subject and kind)")
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``govextract chart`` with ``argv`` (the arguments after ``chart``) and return its exit status."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help (0) or a usage error already reported (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        return _run(args)
    except (SelectionError, MissingExtraError) as error:
        _say(f"{PROGRAM}: {error}")
        return EXIT_USAGE
    except OSError as error:
        _say(f"{PROGRAM}: {args.output}: cannot be written ({error.strerror or error})")
        return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    if args.output:
        from .chart import check_target

        check_target(args.output)
    frame = metric_series(args.paths, args.subject, kind=args.kind, basis=args.basis)
    if args.output:
        from .chart import chart_frame, save_chart

        chart = chart_frame(frame, title=args.title or _default_title(args, frame))
        save_chart(chart, args.output)
        where = f"written to {args.output}"
    else:
        _print_table(frame)
        where = "printed"
    lines = len(set(frame["line"]))
    left_out = [
        f"{n} {what}"
        for n, what in (
            (frame.attrs.get("skipped_lines", 0), "error or unreadable lines skipped"),
            (frame.attrs.get("no_period", 0), "figures without a period left out"),
            (frame.attrs.get("duplicates", 0), "restated figures replaced by a later release's"),
        )
        if n
    ]
    summary = f"{PROGRAM}: {len(frame)} points in {lines} line{'s' * (lines != 1)} {where}"
    _say(summary + (f"; {', '.join(left_out)}" if left_out else ""))
    return EXIT_OK


def _default_title(args: argparse.Namespace, frame: Any) -> str:
    kinds = "/".join(sorted(set(frame["kind"])))
    return " · ".join(part for part in (args.subject, kinds, args.basis and args.basis.replace("_", " ")) if part)


def _print_table(frame: Any) -> None:
    out = sys.stdout
    out.write("\t".join(TABLE_COLUMNS) + "\n")
    for row in frame[TABLE_COLUMNS].itertuples(index=False):
        out.write("\t".join("" if v is None or v != v else str(v) for v in row) + "\n")
    out.flush()
