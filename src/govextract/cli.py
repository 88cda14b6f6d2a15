"""The ``govextract`` command: releases in, one JSON document per line out.

This module parses the arguments, reports on stderr (failures, summary,
progress bar) and maps the outcome to an exit status; reading, extracting and
writing the output are :mod:`govextract.batch`'s.
This is the only module that configures logging; the library never does.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from . import __version__
from .batch import FileResult, RecordWriter, extract_files, find_files, open_jsonl, open_lines
from .models import Document
from .pipeline import Extractor

if TYPE_CHECKING:  # tqdm is imported only when a bar is shown, to keep the start fast
    from tqdm import tqdm

PROGRAM = "govextract"

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a killed pipe writer

#: Show a progress bar (on a terminal) only for more files than this.
PROGRESS_THRESHOLD = 5

_DESCRIPTION = """\
Extract typed, offset-exact records from Chinese government press releases.
Each PATH is a file or a folder (searched recursively for .txt files); every
document is written as one JSON object per line, with "source" set to its path.
"""

_EPILOG = """\
A file that cannot be read, decoded or extracted gets one line on stderr
("govextract: PATH: reason") and the other files still come out.
Exit status: 0 all files gave a document, 1 some file failed, 2 usage error,
130 interrupted, 141 the reader of stdout went away (e.g. `| head`).
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``govextract`` command."""
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="release files (.txt, any name) or folders")
    parser.add_argument(
        "-o", "--output", default="-", metavar="OUT.jsonl",
        help="write the documents to this file, UTF-8 JSON lines ('-', the default, is stdout)",
    )
    parser.add_argument(
        "--errors-jsonl", metavar="FILE",
        help="also write one JSON record {source, error, message} per failed file to FILE ('-' is stderr)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true",
        help="print no per-file error lines, summary or progress bar (the exit status still tells)",
    )
    parser.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help=f"show a progress bar on stderr (default: on a terminal, for more than {PROGRESS_THRESHOLD} files)",
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0,
        help="log more on stderr (-v: info, -vv: debug, with tracebacks of failed extractions)",
    )
    parser.add_argument(
        "--schema", action="store_true",
        help="print the JSON Schema of a document record and exit",
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors
        return _exit_code(exit_)
    if args.schema:
        return _print_schema()
    if not args.paths:
        return _usage_error(parser, "give at least one PATH (a file or a folder)")
    with _logging(args.verbose, args.quiet):
        try:
            return _run(args)
        except KeyboardInterrupt:
            _say(f"{PROGRAM}: interrupted")
            return EXIT_INTERRUPTED


def _run(args: argparse.Namespace) -> int:
    files = find_files(args.paths)
    show_progress = _want_progress(args, len(files))
    total = failed = 0
    with contextlib.ExitStack() as stack:
        try:
            output = stack.enter_context(open_jsonl(args.output, sys.stdout))
            errors_out = (
                stack.enter_context(open_jsonl(args.errors_jsonl, sys.stderr, flush_each=True))
                if args.errors_jsonl else None
            )
        except OSError as error:
            _say(f"{PROGRAM}: cannot write {error.filename or args.output}: {error.strerror or error}")
            return EXIT_USAGE
        bar = stack.enter_context(_progress_bar(len(files), show_progress))
        try:
            for result in extract_files(files, extractor=Extractor()):
                total += 1
                if result.document is not None:
                    output.write(result.document)
                else:
                    failed += 1
                    _report_failure(result, errors_out, bar, args.quiet)
                if bar is not None:
                    bar.update(1)
            output.flush()
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_BROKEN_PIPE
    logging.getLogger(__name__).info("%d documents, %d failures", total - failed, failed)
    if failed:
        if not args.quiet:
            _say(f"{PROGRAM}: {failed} of {total} input{'s' if total != 1 else ''} failed")
        return EXIT_SOME_FAILED
    return EXIT_OK


def _report_failure(result: FileResult, errors_out: RecordWriter | None, bar: tqdm | None, quiet: bool) -> None:
    assert result.error is not None
    if errors_out is not None:
        errors_out.write(result.error)  # flushed at once: opened with flush_each
    if not quiet:
        line = f"{PROGRAM}: {result.error.message}"
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            _say(line)


# ---------------------------------------------------------------- output


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _print_schema() -> int:
    schema = json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2)
    try:
        with open_lines("-", sys.stdout) as out:
            out.write(schema)
            out.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return EXIT_OK


# ---------------------------------------------------------------- stderr, progress, logging


def _say(line: str) -> None:
    with contextlib.suppress(BrokenPipeError, ValueError):
        print(line, file=sys.stderr, flush=True)


def _want_progress(args: argparse.Namespace, count: int) -> bool:
    if args.quiet:
        return False
    if args.progress is not None:
        return bool(args.progress)
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty()) and count > PROGRESS_THRESHOLD


@contextlib.contextmanager
def _progress_bar(total: int, show: bool) -> Iterator[tqdm | None]:
    if not show:
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(total=total, file=sys.stderr, unit="file", desc=PROGRAM, dynamic_ncols=True, leave=False)
    try:
        yield bar
    finally:
        bar.close()


@contextlib.contextmanager
def _logging(verbosity: int, quiet: bool) -> Iterator[None]:
    """Send govextract's log records to stderr for the duration of one run, then undo it."""
    level = logging.WARNING
    if verbosity >= 2:
        level = logging.DEBUG
    elif verbosity == 1:
        level = logging.INFO
    elif quiet:
        level = logging.ERROR
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROGRAM}: %(levelname)s: %(message)s"))
    package = logging.getLogger("govextract")
    jieba = logging.getLogger("jieba")  # jieba logs its dictionary loading at DEBUG on import
    saved = (package.level, package.propagate, jieba.level)
    package.addHandler(handler)
    package.setLevel(level)
    package.propagate = False
    if verbosity < 2:
        jieba.setLevel(logging.WARNING)
    try:
        yield
    finally:
        package.removeHandler(handler)
        package.setLevel(saved[0])
        package.propagate = saved[1]
        jieba.setLevel(saved[2])


def _usage_error(parser: argparse.ArgumentParser, message: str) -> int:
    try:
        parser.error(message)
    except SystemExit as exit_:
        return _exit_code(exit_)
    return EXIT_USAGE  # pragma: no cover - parser.error always exits


def _exit_code(exit_: SystemExit) -> int:
    code = exit_.code
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    return EXIT_USAGE
