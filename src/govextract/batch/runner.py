"""Running stage: sources in, one record per source out, in order (optionally in parallel).

In: :data:`~govextract.batch.sources.SourceItem` values (an article to extract,
or the failure a reader already met) and, optionally, an
:class:`~govextract.pipeline.Extractor`. Out: :func:`extract_sources` lazily
yields one :class:`~govextract.models.Document` or
:class:`~govextract.errors.ExtractionFailure` per item, in input order, with
``jobs`` worker processes when asked (through
:mod:`govextract.batch.parallel`). Nothing that goes wrong with one input
stops the batch: a failure read earlier passes through in its place, any
exception of the extractor becomes an ``extraction_error`` record, and so
does an input whose worker process died twice (see below).

The file-level API of earlier versions stays: :func:`extract_files` yields a
:class:`FileResult` per file of :func:`~govextract.batch.reading.find_files`,
:func:`extract_file` does it for one file.

Parallel runs. Each worker process builds one extractor of the caller's
class with the caller's ``keyword_count`` (a custom tokenizer stays in the
calling process). At most ``window`` items (default four per worker) and
about :data:`MAX_CHARACTERS_IN_FLIGHT` characters are in flight, so memory
does not grow with the size of the folder. A worker that dies (killed, out
of memory) breaks the pool: the items in flight are run again one by one,
each alone in a fresh worker, so innocent inputs still give their
documents; the input that kills its worker a second time becomes an
``extraction_error`` record naming it. It is not retried in this process,
where the same crash would end the whole run. With ``jobs > 1`` the pool is
started only when a second article arrives: a single input is extracted
in-process, without the cost of starting workers.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExtractionError, ExtractionFailure, InputError
from ..models import Document
from ..pipeline import Extractor
from .decoding import PathArgument
from .parallel import ordered_map
from .reading import MAX_BYTES, expand, load_text
from .sources import SourceItem, SourceText

logger = logging.getLogger(__name__)

# Longest exception text quoted in an extraction_error message.
_MAX_DETAIL = 200

#: Characters of text sent ahead to the workers, at most (one input is always let through).
MAX_CHARACTERS_IN_FLIGHT = 8_000_000


@dataclass(frozen=True)
class FileResult:
    """What came of one input: ``document`` or ``error``, never both."""

    path: Path
    document: Document | None = None
    error: ExtractionFailure | None = None

    @property
    def ok(self) -> bool:
        """True when the file gave a document."""
        return self.document is not None

    @property
    def source(self) -> str:
        """The path as given or discovered, as recorded in ``document.source``."""
        return str(self.path)


def extract_files(
    paths: Iterable[PathArgument],
    *,
    extractor: Extractor | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[FileResult]:
    """Lazily yield one :class:`FileResult` per plain-text file of ``paths``, in the order of :func:`find_files`.

    Folders contribute their ``*.txt`` files. Saved pages and crawler dumps
    (several articles per file) are :func:`~govextract.batch.read_sources`'s:
    ``extract_sources(read_sources(paths))`` reads every kind of input.

    Folders are expanded when iteration starts; each file is read and
    extracted only when its result is requested. A file that cannot be read
    or decoded, or whose extraction fails unexpectedly, yields a result whose
    ``error`` names the file and the reason; the batch always goes on.
    """
    entries = expand(paths, globs=("*.txt",))
    extractor = extractor if extractor is not None else Extractor()
    for path, problem in entries:
        if problem is not None:
            yield FileResult(path=path, error=problem.to_failure())
            continue
        yield extract_file(path, extractor=extractor, max_bytes=max_bytes)


def extract_file(path: PathArgument, *, extractor: Extractor | None = None, max_bytes: int = MAX_BYTES) -> FileResult:
    """Read and extract one file; every failure becomes the result's ``error``."""
    path = Path(path)
    source = str(path)
    try:
        text = load_text(path, max_bytes=max_bytes)
    except InputError as error:
        return FileResult(path=path, error=error.to_failure())
    extractor = extractor if extractor is not None else Extractor()
    try:
        document = extractor(text, source=source)
    except Exception as error:
        return FileResult(path=path, error=_failure(source, error))
    return FileResult(path=path, document=document)


def extract_sources(
    items: Iterable[SourceItem],
    *,
    extractor: Extractor | None = None,
    jobs: int = 1,
    include_text: bool = False,
    window: int | None = None,
) -> Generator[Document | ExtractionFailure, None, None]:
    """Lazily yield one record per item, in order: its document, or why there is none.

    An :class:`~govextract.errors.ExtractionFailure` among ``items`` is
    yielded as is, in its place. ``jobs`` worker processes extract in
    parallel (``1``, the default, extracts in this process); ``window`` caps
    the items in flight (default four per worker). ``include_text`` puts the
    text on every document (``Document.text``), not only where the item asks.

    >>> from govextract.batch import SourceText
    >>> [record.record for record in extract_sources([SourceText("a", "注册用户数突破1亿。")])]
    ['document']
    """
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError("jobs must be a positive integer")
    extractor = extractor if extractor is not None else Extractor()
    items = iter(items)
    if jobs > 1:
        head = yield from _until_second_text(items)
        if sum(isinstance(item, SourceText) for item in head) < 2:
            items = iter(head)  # a single article: not worth starting processes
        else:
            yield from ordered_map(
                functools.partial(_extract_task, include_text),
                _chain(head, items),
                setup=functools.partial(type(extractor), keyword_count=extractor.keyword_count),
                jobs=jobs,
                window=window,
                weight=_characters,
                max_weight=MAX_CHARACTERS_IN_FLIGHT,
                ready=_passed_failure,
                lost=lost_record,
            )
            return
    for item in items:
        yield extract_source(item, extractor, include_text=include_text)


def extract_source(item: SourceItem, extractor: Extractor, *, include_text: bool = False) -> Document | ExtractionFailure:
    """The record of one item: a failure as is, else its document, or an ``extraction_error`` record."""
    if isinstance(item, ExtractionFailure):
        return item
    try:
        return item.extract(extractor, include_text=include_text)
    except Exception as error:
        return _failure(item.source, error)


def _failure(source: str, error: Exception) -> ExtractionFailure:
    """The ``extraction_error`` record of an unexpected exception of the extractor (logged at debug)."""
    logger.debug("extraction of %s failed", source, exc_info=True)
    detail = " ".join(str(error).split())
    if len(detail) > _MAX_DETAIL:
        detail = detail[: _MAX_DETAIL - 1] + "…"
    reason = f"extraction failed unexpectedly ({type(error).__name__}{': ' + detail if detail else ''})"
    return ExtractionError(source, reason).to_failure()


def _until_second_text(items: Iterator[SourceItem]) -> Generator[ExtractionFailure, None, list[SourceItem]]:
    """Yield the failures before the first article; return the items read after it, up to the second article."""
    head: list[SourceItem] = []
    for item in items:
        if not head and isinstance(item, ExtractionFailure):
            yield item
            continue
        head.append(item)
        if isinstance(item, SourceText) and len(head) > 1:
            break
    return head


def _chain(head: list[SourceItem], rest: Iterator[SourceItem]) -> Iterator[SourceItem]:
    yield from head
    yield from rest


# ---------------------------------------------------------------- what the workers run


def _extract_task(include_text: bool, extractor: Extractor, item: SourceItem) -> Document | ExtractionFailure:
    return extract_source(item, extractor, include_text=include_text)


def _characters(item: SourceItem) -> int:
    return len(item.text) if isinstance(item, SourceText) else 0


def _passed_failure(item: SourceItem) -> ExtractionFailure | None:
    return item if isinstance(item, ExtractionFailure) else None


def lost_record(item: SourceItem) -> ExtractionFailure:
    """The ``extraction_error`` record of an item whose worker process died twice, the second time with it alone."""
    reason = (
        "the worker process extracting it died (killed, or out of memory), "
        "and died again when it was extracted alone"
    )
    return ExtractionError(item.source, reason).to_failure()
