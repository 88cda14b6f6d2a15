"""What a Dask worker runs: one unit of inputs in, their records out, in order.

In: a :data:`Unit` (a list of inputs: paths the worker reads itself, or items
already read by the client, such as a failure met while walking a folder or
the text of standard input) and the run's :class:`Settings`. Out:
:func:`extract_unit` returns the list of records of the unit, one per
article, exactly as the local runner gives them
(:func:`govextract.batch.extract_source` on the items of
:func:`govextract.batch.read_path`).

A worker process builds its :class:`~govextract.pipeline.Extractor` once, on
its first unit, and keeps it for every later unit (:func:`worker_extractor`):
loading the dictionaries costs a few hundred milliseconds, a unit of
extraction seconds. Before any work, the unit checks that this process runs
the client's govextract version and optional extras (:func:`environment`);
a different installation would give different records, so it is refused
with a :class:`VersionMismatchError` that says what to install.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from ..batch.dumps import dump_article
from ..batch.inputs import read_path
from ..batch.runner import extract_source
from ..batch.sources import InputOptions, SourceItem, SourceText
from ..errors import EmptyFileError, ExtractionFailure, VersionMismatchError
from ..models import SCHEMA_VERSION, Document
from ..pipeline import Extractor

#: The optional extras whose presence changes what a worker can read or how fast: name -> module it installs.
EXTRAS = {"html": "trafilatura", "fast": "rjieba"}

#: One input of a unit: a path read on the worker, or an item the client has already read.
Input = Path | SourceItem

#: The work of one task: inputs in order.
Unit = list[Input]

#: One record of the output: a document, or why an input gave none.
Record = Document | ExtractionFailure


def environment() -> dict[str, str]:
    """What decides this process's records: govextract's version, the record schema and the extras installed.

    >>> sorted(environment())
    ['extras', 'govextract', 'schema']
    """
    import govextract  # read at call time: the check compares installations, not import-time copies

    extras = ",".join(name for name, module in sorted(EXTRAS.items()) if find_spec(module) is not None)
    return {"govextract": govextract.__version__, "schema": SCHEMA_VERSION, "extras": extras or "none"}


def differences(expected: dict[str, str], found: dict[str, str]) -> str | None:
    """How ``found`` differs from ``expected``, as a clause (``"govextract 0.0.9, not 0.1.0"``), or None.

    >>> differences({"govextract": "0.1.0", "schema": "1.1", "extras": "fast"},
    ...             {"govextract": "0.0.9", "schema": "1.1", "extras": "fast"})
    'govextract 0.0.9, not 0.1.0'
    """
    parts = []
    for key, wanted in expected.items():
        have = found.get(key, "unknown")
        if have != wanted:
            name = {"govextract": "govextract", "schema": "record schema", "extras": "extras"}.get(key, key)
            parts.append(f"{name} {have}, not {wanted}")
    return "; ".join(parts) or None


def mismatch_message(where: str, problem: str, expected: dict[str, str]) -> str:
    """The sentence that refuses a worker: where it is, what differs, what to install."""
    extras = expected["extras"]
    spec = f"govextract[{extras}]" if extras != "none" else "govextract"
    return (
        f"{where} has {problem}: every worker must run the client's installation"
        f" (pip install '{spec}=={expected['govextract']}'), or its records would differ"
    )


@dataclass(frozen=True)
class Settings:
    """Everything a task needs besides its inputs; small, picklable, the same for every task of a run.

    ``expected`` is the client's :func:`environment`, checked on the worker
    before any work; ``tokenizer`` names the backend the client would use
    (``None``: the worker's default).
    """

    options: InputOptions = field(default_factory=InputOptions)
    include_text: bool = False
    keyword_count: int = 8
    tokenizer: str | None = None
    expected: dict[str, str] = field(default_factory=environment)


def check_environment(expected: dict[str, str]) -> None:
    """Raise :class:`VersionMismatchError` unless this process's :func:`environment` is ``expected``."""
    problem = differences(expected, environment())
    if problem is not None:
        raise VersionMismatchError(mismatch_message(_this_worker(), problem, expected))


def _this_worker() -> str:
    try:
        from distributed import get_worker

        return f"the worker {get_worker().address}"
    except (ImportError, ValueError):  # not inside a distributed worker (a local or processes scheduler)
        return f"the process running this task ({sys.executable})"


@functools.lru_cache(maxsize=4)
def worker_extractor(keyword_count: int, tokenizer: str | None) -> Extractor:
    """This process's extractor for these settings, built on first use and then kept (once per process)."""
    extractor = Extractor(keyword_count=keyword_count, tokenizer=tokenizer)
    extractor("预热。")  # load the dictionaries and patterns now, not inside the first timed document
    return extractor


def extract_unit(unit: Unit, settings: Settings) -> list[Record]:
    """The records of ``unit``'s inputs, in order: one per article (a dump gives one per line)."""
    check_environment(settings.expected)
    extractor = worker_extractor(settings.keyword_count, settings.tokenizer)
    return [extract_source(item, extractor, include_text=settings.include_text) for item in unit_items(unit, settings)]


def unit_items(unit: Iterable[Input], settings: Settings) -> Iterator[SourceItem]:
    """The articles of ``unit`` in order: a path's as its reader gives them, a read item as is."""
    for entry in unit:
        if isinstance(entry, Path):
            yield from read_path(entry, settings.options)
        else:
            yield entry


def bag_item(element: object, source: str, options: InputOptions) -> SourceItem:
    """One element of a bag of texts as an article: a ``str``, a dump-like ``dict``, or an item already read.

    ``source`` names it in records (``bag/P#N``); a dict is read as a line
    of a crawler dump is (``options.text_field``, ``id_field``, …).
    """
    if isinstance(element, (SourceText, ExtractionFailure)):
        return element
    if isinstance(element, str):
        if not element.strip():
            return EmptyFileError(source, "the text is blank").to_failure()
        return SourceText(source=source, text=element, keep_text=True)
    return dump_article(source, element, None, options, what="the item")


def extract_elements(elements: Iterable[object], partition: int, settings: Settings) -> list[Record]:
    """The records of one partition of a bag of texts, in order (sources ``bag/PARTITION#N``, N from 1)."""
    unit: Unit = [bag_item(element, f"bag/{partition}#{number}", settings.options) for number, element in enumerate(elements, 1)]
    return extract_unit(unit, settings)
