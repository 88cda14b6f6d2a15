"""The unit of batch work: one article's text and where it came from.

Readers (plain text files, saved pages, crawler dumps, standard input) turn
inputs into :class:`SourceText` items or, for an input they cannot use, an
:class:`~govextract.errors.ExtractionFailure`; the runner turns each item into
a :class:`~govextract.models.Document`, in order; writers write both kinds of
record. :class:`InputOptions` holds what a reader needs to know beyond the
paths.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ExtractionFailure
from ..models import Document, PageMetadata
from ..pipeline import Extractor

#: Files larger than this are refused unless the caller sets another limit.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

#: The file patterns a folder is searched for when no ``--glob`` is given.
DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.jsonl")


@dataclass(frozen=True)
class SourceText:
    """One article ready for extraction.

    ``source`` names it in every record and message: the path as given or
    found (undecodable bytes of a file name written as ``\\xNN``), ``FILE#N``
    for line N of a crawler dump, ``-`` for standard input. ``keep_text`` is
    true when ``text`` is not simply the file's decoded content (the main
    text of a saved page, a dump line), so the record must carry it.
    """

    source: str
    text: str
    source_id: str | None = None
    encoding: str | None = None
    page: PageMetadata | None = None
    keep_text: bool = False

    def extract(self, extractor: Extractor, *, include_text: bool = False) -> Document:
        """The document of this text, its origin copied onto the record."""
        return extractor(
            self.text,
            source=self.source,
            source_id=self.source_id,
            encoding=self.encoding,
            include_text=include_text or self.keep_text,
            page=self.page,
        )


#: What a reader yields for each input: an article, or the reason there is none.
SourceItem = SourceText | ExtractionFailure


@dataclass(frozen=True)
class InputOptions:
    """How inputs are found and read.

    ``globs`` are the patterns folders are searched for (recursively, in
    sorted order); ``text_field``, ``id_field``, ``title_field`` and
    ``date_field`` name the keys of a JSON-lines dump; ``encoding`` forces a
    codec instead of detection; ``max_bytes`` refuses larger files;
    ``follow_symlinks`` lets a folder's symbolic links lead outside it.
    """

    globs: tuple[str, ...] = DEFAULT_GLOBS
    text_field: str = "text"
    id_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_symlinks: bool = False
