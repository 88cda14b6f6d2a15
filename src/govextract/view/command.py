"""``govextract show FILE [--id N] [-o PAGE.html]``: one release as a page (see :func:`~govextract.view.page.render`).

FILE is read as the main command reads it (:func:`govextract.batch.inputs.read_path`):
a ``.txt`` file in any encoding it recognizes, a saved page ``.html``/``.htm``
(extra ``html``), a crawler dump ``.jsonl`` whose line ``--id N`` is shown
(the N of its records' ``FILE#N``; a dump of one article needs none), or
``-`` for standard input. The page goes to ``-o PAGE.html`` or to standard
output. Every problem is one sentence on standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

from ..arguments import PROGRAM
from ..batch import InputOptions, SourceItem, SourceText, codec_name
from ..batch.dumps import DUMP_SUFFIXES
from ..batch.inputs import read_path, read_stdin
from ..errors import ExtractionFailure
from ..pipeline import Extractor
from .page import render

NAME = f"{PROGRAM} show"
EXIT_OK = 0
EXIT_ERROR = 2
EXIT_BROKEN_PIPE = 141


class _Problem(Exception):
    """A reason the page cannot be written, as one sentence."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not the usage block
        raise _Problem(f"{message} (see {NAME} --help)")


def build_parser() -> argparse.ArgumentParser:
    """The arguments of ``govextract show``."""
    parser = _Parser(
        prog=NAME,
        description="Write one release as a self-contained HTML page with its records highlighted.",
    )
    parser.add_argument("file", metavar="FILE", help="a .txt release, a saved page .html/.htm, a .jsonl dump, or -")
    parser.add_argument("--id", type=_line_number, metavar="N", help="the line of a .jsonl dump to show (FILE#N)")
    parser.add_argument("-o", "--output", metavar="PAGE.html", help="write the page here (default: standard output)")
    parser.add_argument("--text-field", default="text", metavar="KEY", help="key of the text in a .jsonl dump (default: text)")
    parser.add_argument("--id-field", metavar="KEY", help="key of the article id in a .jsonl dump")
    parser.add_argument("--title-field", metavar="KEY", help="key of the title in a .jsonl dump")
    parser.add_argument("--date-field", metavar="KEY", help="key of the publication date in a .jsonl dump")
    parser.add_argument("--encoding", metavar="CODEC", help="decode the file with CODEC instead of detecting it")
    return parser


def _line_number(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"a line number (1 or more) was expected, not {value!r}")
    return int(value)


def show_main(argv: Sequence[str]) -> int:
    """Run ``govextract show`` with ``argv`` (the arguments after ``show``) and return its exit status."""
    try:
        args = build_parser().parse_args(list(argv))
        page = _page(args)
        _write(page, args.output)
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else EXIT_OK
    except _Problem as problem:
        _say(f"{NAME}: {problem}")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        _say(f"{NAME}: interrupted")
        return 130
    if args.output not in (None, "-"):
        _say(f"{NAME}: wrote {args.output}")
    return EXIT_OK


def _page(args: argparse.Namespace) -> str:
    item = _item(args)
    if isinstance(item, ExtractionFailure):
        raise _Problem(_one_line(item.message))
    jieba = logging.getLogger("jieba")
    level = jieba.level
    jieba.setLevel(logging.WARNING)  # jieba announces its dictionary at DEBUG
    try:
        document = item.extract(Extractor(), include_text=True)
    except Exception as error:  # never a traceback: the extractor's failure in one sentence
        raise _Problem(f"{item.source}: extraction failed ({type(error).__name__}: {_one_line(str(error))[:200]})") from None
    finally:
        jieba.setLevel(level)
    return render(document, document.text)


def _item(args: argparse.Namespace) -> SourceItem:
    if args.encoding is not None:
        try:
            codec_name(args.encoding)
        except ValueError:
            raise _Problem(f"unknown encoding {args.encoding!r}") from None
    options = InputOptions(
        text_field=args.text_field,
        id_field=args.id_field,
        title_field=args.title_field,
        date_field=args.date_field,
        encoding=args.encoding,
    )
    is_dump = args.file.lower().endswith(DUMP_SUFFIXES)
    if args.id is not None and not is_dump:
        raise _Problem(f"--id picks a line of a crawler dump (.jsonl), and {args.file} is not one")
    if args.file == "-":
        return read_stdin(None, options)
    items = read_path(args.file, options)
    if is_dump:
        return _dump_line(items, args.file, args.id)
    return next(items)


def _dump_line(items: Iterator[SourceItem], name: str, wanted: int | None) -> SourceItem:
    """The item of line ``wanted`` of a dump, or its only article when ``wanted`` is None."""
    articles: list[SourceText] = []
    failures: list[ExtractionFailure] = []
    for item in items:
        number = item.source.rpartition("#")[2]
        if wanted is not None and number == str(wanted):
            return item
        if isinstance(item, SourceText):
            articles.append(item)
            if wanted is None and len(articles) > 1:
                raise _Problem(f"{name} holds several articles: choose one with --id N, N its line number")
        elif "#" not in item.source:  # the file itself failed (missing, unreadable, empty)
            return item
        else:
            failures.append(item)
    if wanted is not None:
        raise _Problem(f"{name} has no article on line {wanted}")
    if articles:
        return articles[0]
    if failures:
        return failures[0]
    raise _Problem(f"{name} holds no article")


def _write(page: str, output: str | None) -> None:
    data = page.encode("utf-8", errors="replace")
    if output in (None, "-"):
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:
            sys.stdout.write(data.decode("utf-8"))
        else:
            stream.write(data)
        sys.stdout.flush()
        return
    try:
        with open(output, "wb") as handle:
            handle.write(data)
    except OSError as error:
        raise _Problem(f"cannot write {output}: {error.strerror or error}") from None


def _one_line(message: str) -> str:
    return message.replace("\r", "\\r").replace("\n", "\\n")


def _say(line: str) -> None:
    with contextlib.suppress(BrokenPipeError, ValueError):
        print(line, file=sys.stderr, flush=True)
