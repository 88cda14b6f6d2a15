"""The ``govextract`` command's arguments: what it accepts and how it describes itself.

:func:`build_parser` builds the parser :mod:`govextract.cli` runs; the
small converters (:func:`byte_size`, positive whole numbers, codec names)
turn bad values into usage errors that say what to write instead.
"""

from __future__ import annotations

import argparse
import codecs
import re

from . import __version__
from .batch import DEFAULT_GLOBS, DEFAULT_MAX_BYTES

PROGRAM = "govextract"

#: Show a progress bar (on a terminal) only once more records than this have come out.
PROGRESS_THRESHOLD = 5

#: Output formats: JSON lines on a file or stdout; CSV or Parquet tables in a folder.
FORMATS = ("jsonl", "csv", "parquet")

_DESCRIPTION = """\
Extract typed, offset-exact records from Chinese government press releases.
Each PATH is a file or a folder (searched recursively for *.txt, *.html, *.htm
and *.jsonl files, or the --glob patterns); "-" reads one document from stdin.
A saved page gives its main text, a crawler dump one record per line.
Every input gives exactly one JSON line: a document ("record": "document") or
an error record ("record": "error", with source, error and message).
"""

_EPILOG = """\
Each failed input also gets one line on stderr ("govextract: SOURCE: reason")
and the others still come out; a summary line ends the run. --resume appends
to an interrupted run's output only the records it does not hold yet.
Exit status: 0 every input gave a document, 1 some input failed or the output
could not be written, 2 usage error, 130 interrupted, 141 the reader of stdout
went away (e.g. `| head`).
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``govextract`` command."""
    parser = argparse.ArgumentParser(
        prog=PROGRAM, description=_DESCRIPTION, epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to read; - is standard input")
    output = parser.add_argument_group("output")
    output.add_argument(
        "-o", "--output", metavar="OUT",
        help="jsonl: the file to write ('-', the default, is stdout); csv, parquet: the folder of tables",
    )
    output.add_argument("--format", choices=FORMATS, default="jsonl", help="jsonl (default), csv or parquet")
    output.add_argument(
        "--errors-jsonl", metavar="FILE",
        help="write the error records to FILE ('-' is stderr) instead of the output",
    )
    output.add_argument("--include-text", action="store_true", help="put the text the offsets index on every document")
    output.add_argument(
        "--resume", action="store_true",
        help="append to OUT (jsonl) the records of the inputs it does not hold yet, after an interrupted run",
    )
    inputs = parser.add_argument_group("inputs")
    inputs.add_argument(
        "--glob", action="append", metavar="PATTERN",
        help=f"file pattern searched in folders, repeatable (default: {' '.join(DEFAULT_GLOBS)})",
    )
    inputs.add_argument("--text-field", default="text", metavar="KEY", help="key of the text in a .jsonl dump (default: text)")
    inputs.add_argument("--id-field", metavar="KEY", help="key of the article id in a .jsonl dump")
    inputs.add_argument("--title-field", metavar="KEY", help="key of the title in a .jsonl dump")
    inputs.add_argument("--date-field", metavar="KEY", help="key of the publication date in a .jsonl dump")
    inputs.add_argument("--encoding", type=_codec, metavar="CODEC", help="decode every file with CODEC instead of detecting it")
    inputs.add_argument(
        "--max-bytes", type=byte_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
        help="refuse larger files, as error records; bytes, or with a k, M or G suffix (default: 20M)",
    )
    inputs.add_argument("--follow-symlinks", action="store_true", help="follow links that lead outside a folder given")
    running = parser.add_argument_group("running")
    running.add_argument(
        "-j", "--jobs", type=_positive_int, metavar="N",
        help="worker processes (default: the CPUs this process may use; a single input runs in-process)",
    )
    running.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler's address (tcp://host:8786), or 'local' for a LocalCluster"
        " of --jobs worker processes (needs govextract[dask]; every worker must see the input files)",
    )
    running.add_argument(
        "-q", "--quiet", action="store_true",
        help="print no per-input error lines, summary or progress bar (the exit status still tells)",
    )
    running.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help=f"show a progress bar on stderr (default: on a terminal, after {PROGRESS_THRESHOLD} records)",
    )
    running.add_argument(
        "-v", "--verbose", action="count", default=0,
        help="log more on stderr (-v: info, -vv: debug, with tracebacks of failed extractions)",
    )
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of the output lines and exit")
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    return parser


def byte_size(value: str) -> int:
    """A size in bytes from ``20971520``, ``512k``, ``20M`` or ``1G`` (powers of 1024).

    >>> byte_size("512k"), byte_size("20M"), byte_size("100")
    (524288, 20971520, 100)
    """
    match = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)[bB]?\s*", value)
    if match is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size: write bytes, or a number with k, M or G")
    return int(match.group(1)) * 1024 ** " kmg".index(match.group(2).lower() or " ")


def _positive_int(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


def _codec(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value
