"""The ``govextract`` command: releases in, one record per input out.

This module parses the arguments, reports on stderr (failures, a summary,
a progress bar) and maps the outcome to an exit status. Reading the inputs,
extracting (in parallel), writing the records and resuming are
:mod:`govextract.batch`'s; the loop here ties them together and makes sure
that every input gives exactly one record (a document, or an error record
in the same stream unless ``--errors-jsonl`` moves errors aside).

A write failure (disk full, file too large) never leaves a torn line: the
file is cut back to its last complete record, the command says so and exits
with status 1, and ``--resume`` writes the rest later.

This is the only module that configures logging; the library never does.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sys
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from .arguments import FORMATS, PROGRAM, PROGRESS_THRESHOLD, build_parser, byte_size
from .batch import (
    DEFAULT_GLOBS,
    InputOptions,
    OutputError,
    OutputLine,
    Record,
    ResumeError,
    WriteFailed,
    Written,
    cut_back,
    default_jobs,
    extract_sources,
    guarded_writer,
    open_lines,
    read_sources,
    read_written,
)
from .errors import ExtractionFailure, VersionMismatchError
from .models import Document
from .pipeline import Extractor

__all__ = ["FORMATS", "PROGRAM", "build_parser", "byte_size", "main", "record_schema"]

if TYPE_CHECKING:  # tqdm is imported only when a bar is shown, to keep the start fast
    from tqdm import tqdm

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a killed pipe writer


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["show"]:  # govextract show FILE: one release as a page
        from .view.command import show_main

        return show_main(argv[1:])
    if argv[:1] == ["chart"]:  # govextract chart OUT.jsonl --subject …: a metric over time
        from .view.chart_command import main as chart_main

        return chart_main(argv[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors
        return _exit_code(exit_)
    if args.schema:
        return _print_schema()
    problem = _usage_problem(args)
    if problem:
        return _usage_error(parser, problem)
    with _logging(args.verbose, args.quiet):
        try:
            return _run(args)
        except KeyboardInterrupt:
            _say(f"{PROGRAM}: interrupted")
            return EXIT_INTERRUPTED


def _usage_problem(args: argparse.Namespace) -> str | None:
    if not args.paths:
        return "give at least one PATH (a file or a folder, or - for standard input)"
    if args.format != "jsonl" and args.output in (None, "-"):
        return f"--format {args.format} writes a folder of tables: give it with -o FOLDER"
    if args.resume and (args.format != "jsonl" or args.output in (None, "-")):
        return "--resume appends to a JSON-lines file: give it with -o OUT.jsonl (and no --format)"
    if args.errors_jsonl not in (None, "-") and args.output not in (None, "-") and _same_file(args.errors_jsonl, args.output):
        return "--errors-jsonl and -o name the same file"
    if args.paths.count("-") > 1:
        return "standard input (-) can be read once only"
    return None


def _same_file(first: str, second: str) -> bool:
    return os.path.realpath(first) == os.path.realpath(second)


# ---------------------------------------------------------------- the run


def _run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    targets = [t for t in (args.output or "-", args.errors_jsonl) if t not in (None, "-")]
    written = Written()
    if args.resume:
        try:
            written = read_written(targets)
        except (ResumeError, OSError) as error:
            _say(f"{PROGRAM}: cannot resume: {error}")
            return EXIT_USAGE
        for path, size in written.cut:
            if not args.quiet:
                _say(f"{PROGRAM}: {path}: cut a torn last line ({size} bytes) left by the interrupted run")
    tally = _Tally()
    try:
        status = _extract_and_write(args, written, tally)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except WriteFailed as failure:
        status = _write_failed(failure, targets, args)
    except VersionMismatchError as error:  # a worker that joined the cluster during the run
        _say(f"{PROGRAM}: stopped: {error}")
        status = EXIT_SOME_FAILED
    if status == EXIT_USAGE:
        return status
    if not args.quiet:
        _say(tally.summary(time.monotonic() - started, written))
    return status


def _extract_and_write(args: argparse.Namespace, written: Written, tally: _Tally) -> int:
    with contextlib.ExitStack() as stack:
        try:
            output = stack.enter_context(guarded_writer(args.format, args.output or "-", sys.stdout, args.resume))
            errors_out = (
                stack.enter_context(guarded_writer("jsonl", args.errors_jsonl, sys.stderr, args.resume))
                if args.errors_jsonl else None
            )
        except OSError as error:
            _say(f"{PROGRAM}: cannot write {error.filename or args.output}: {error.strerror or error}")
            return EXIT_USAGE
        except OutputError as error:  # a format this target or installation cannot take
            _say(f"{PROGRAM}: {error}")
            return EXIT_USAGE
        if args.scheduler:
            try:
                records = _cluster_records(args, stack)
            except (ImportError, OSError, RuntimeError) as error:  # no Dask, no scheduler, another version
                _say(f"{PROGRAM}: {_cluster_problem(args.scheduler, error)}")
                return EXIT_USAGE
            if written.sources:
                records = (record for record in records if record.source not in written.sources)
        else:
            items = read_sources(args.paths, _input_options(args))
            if written.sources:
                items = (item for item in items if item.source not in written.sources)
            jobs = args.jobs or default_jobs()
            records = extract_sources(items, extractor=Extractor(), jobs=jobs, include_text=args.include_text)
        stack.enter_context(contextlib.closing(records))  # stops the workers or cancels the tasks on any way out
        progress = stack.enter_context(_Progress(args))
        for record in records:
            tally.add(record)
            if isinstance(record, ExtractionFailure):
                (errors_out or output).write(record)
                if errors_out is not None:
                    errors_out.flush()  # a reader of the errors file sees each failure when it happens
                if not args.quiet:
                    progress.say(f"{PROGRAM}: {_one_line(record.message)}")
            else:
                output.write(record)
            progress.advance()
        output.flush()
    return EXIT_SOME_FAILED if tally.errors or written.errors else EXIT_OK


def _cluster_records(args: argparse.Namespace, stack: contextlib.ExitStack) -> Generator[Record, None, None]:
    """The records of the inputs, computed on the Dask cluster of ``--scheduler``, in input order."""
    from .dask import Settings, connect, ordered_records, path_units
    from .tokenize import default_backend

    client = stack.enter_context(connect(args.scheduler, jobs=args.jobs))
    options = _input_options(args)
    settings = Settings(options=options, include_text=args.include_text, tokenizer=default_backend())
    return ordered_records(client, path_units(args.paths, options), settings)


def _cluster_problem(scheduler: str, error: Exception) -> str:
    """One sentence on why the run could not start on the cluster."""
    if isinstance(error, OSError | TimeoutError) and scheduler != "local":
        detail = " ".join(str(error).split()) or type(error).__name__
        return f"cannot reach the Dask scheduler at {scheduler}, or no worker joined it ({detail})"
    return str(error)


def _one_line(message: str) -> str:
    """``message`` with line breaks (a file name may hold them) written as ``\\n``, so one failure is one line."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


def _input_options(args: argparse.Namespace) -> InputOptions:
    return InputOptions(
        globs=tuple(args.glob) if args.glob else DEFAULT_GLOBS,
        text_field=args.text_field,
        id_field=args.id_field,
        title_field=args.title_field,
        date_field=args.date_field,
        encoding=args.encoding,
        max_bytes=args.max_bytes,
        follow_symlinks=args.follow_symlinks,
    )


@dataclass
class _Tally:
    """What this run wrote, for the summary line and the exit status."""

    files: set[str] = field(default_factory=set)
    documents: int = 0
    errors: int = 0
    quantities: int = 0

    def add(self, record: Document | ExtractionFailure) -> None:
        self.files.add(_LINE_OF_DUMP.sub("", record.source or ""))
        if isinstance(record, ExtractionFailure):
            self.errors += 1
        else:
            self.documents += 1
            self.quantities += len(record.quantities)

    def summary(self, elapsed: float, written: Written) -> str:
        rate = self.documents / elapsed if elapsed > 0 else 0.0
        line = (
            f"{PROGRAM}: {_count(len(self.files), 'file')}, {_count(self.documents, 'document')}, "
            f"{_count(self.errors, 'error')}, {_count(self.quantities, 'quantity', 'quantities')} "
            f"in {elapsed:.1f} s ({rate:.1f} docs/s)"
        )
        if written.records:
            line += f"; resumed after {_count(written.records, 'record')} already written"
        return line


# A dump's line N is the record source FILE#N; the summary counts FILE once.
_LINE_OF_DUMP = re.compile(r"#\d+\Z")


def _count(number: int, word: str, plural: str | None = None) -> str:
    return f"{number} {word if number == 1 else plural or word + 's'}"


# ---------------------------------------------------------------- output


def _write_failed(failure: WriteFailed, targets: list[str], args: argparse.Namespace) -> int:
    """Cut every output file back to its last complete record and say so; the run failed."""
    cut = cut_back(targets)
    if failure.name == "standard output":
        _silence_stdout()
    reason = failure.error.strerror or str(failure.error)
    message = f"{PROGRAM}: cannot write {failure.name}: {reason}"
    if cut:
        message += f"; {' and '.join(cut)} cut back to the last complete record"
        if args.format == "jsonl" and args.output not in (None, "-"):
            message += ", run again with --resume to write the rest"
    _say(message)
    return EXIT_SOME_FAILED


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def record_schema() -> dict[str, Any]:
    """The JSON Schema of an output line: a document or an error record, by the ``record`` field."""
    schema = TypeAdapter(OutputLine).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "govextract output line",
        "description": 'One JSON line per input: a Document ("record": "document") or an ExtractionFailure '
        '("record": "error").',
        **schema,
    }


def _print_schema() -> int:
    schema = json.dumps(record_schema(), ensure_ascii=False, indent=2)
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


class _Progress:
    """A progress bar on stderr, counting records, shown once :func:`_want_progress` says so.

    The number of records is not known in advance (inputs are read lazily; a
    dump gives many), so the bar counts and shows a rate, without a total.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args
        self._count = 0
        self._bar: tqdm | None = None
        self._show_if(0)

    def _show_if(self, count: int) -> None:
        if self._bar is None and _want_progress(self._args, count):
            from tqdm import tqdm

            self._bar = tqdm(
                file=sys.stderr, unit="record", desc=PROGRAM, initial=self._count, dynamic_ncols=True, leave=False
            )

    def advance(self) -> None:
        self._count += 1
        if self._bar is not None:
            self._bar.update(1)
        else:
            self._show_if(self._count)

    def say(self, line: str) -> None:
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            _say(line)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.close()


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
