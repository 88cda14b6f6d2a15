"""Running stage: paths in, one :class:`FileResult` per file out, in order.

In: the paths a caller gives and, optionally, an :class:`~govextract.pipeline.Extractor`.
Out: :func:`extract_files` lazily yields, for each file of
:func:`~govextract.batch.reading.find_files`, a :class:`FileResult` holding
the :class:`~govextract.models.Document` or an
:class:`~govextract.errors.ExtractionFailure`; :func:`extract_file` does it
for one file. Nothing that goes wrong with one file stops the batch: read and
decode errors, and any exception of the extractor, become the result's error.

Runs are sequential and start from the first file; a parallel or resumed run
would be another driver over the same :func:`extract_file`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExtractionError, ExtractionFailure, InputError
from ..models import Document
from ..pipeline import Extractor
from .decoding import PathArgument
from .reading import MAX_BYTES, expand, load_text

logger = logging.getLogger(__name__)

# Longest exception text quoted in an extraction_error message.
_MAX_DETAIL = 200


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
    """Lazily yield one :class:`FileResult` per file of ``paths``, in the order of :func:`find_files`.

    Folders are expanded when iteration starts; each file is read and
    extracted only when its result is requested. A file that cannot be read
    or decoded, or whose extraction fails unexpectedly, yields a result whose
    ``error`` names the file and the reason; the batch always goes on.
    """
    entries = expand(paths)
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
        logger.debug("extraction of %s failed", source, exc_info=True)
        detail = " ".join(str(error).split())
        if len(detail) > _MAX_DETAIL:
            detail = detail[: _MAX_DETAIL - 1] + "…"
        reason = f"extraction failed unexpectedly ({type(error).__name__}{': ' + detail if detail else ''})"
        return FileResult(path=path, error=ExtractionError(source, reason).to_failure())
    return FileResult(path=path, document=document)
