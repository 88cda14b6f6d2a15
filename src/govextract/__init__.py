"""govextract: typed, offset-exact records from Chinese government press releases.

>>> import govextract
>>> doc = govextract.extract("“爱山东”注册用户数突破1亿。")
>>> [(q.text, q.value) for q in doc.quantities]
[('突破1亿', 100000000)]
"""

from importlib import metadata as _metadata

from .batch import FileResult, extract_files, find_files, load_text, to_frames
from .errors import DecodeError, ErrorCode, ExtractionFailure, GovextractError, InputError
from .layout import display_text
from .models import (
    SCHEMA_VERSION,
    Approx,
    Basis,
    DateGranularity,
    DateMention,
    Direction,
    Document,
    DocumentRef,
    PageMetadata,
    Point,
    Program,
    ProgramCategory,
    Quantity,
    QuantityKind,
    Section,
)
from .numbers import parse_number
from .pipeline import Extractor, extract
from .view.chart import chart
from .view.series import metric_series


def render(document: Document, text: str | None = None) -> str:
    """The release as one self-contained HTML page with its records highlighted (see :func:`govextract.view.render`).

    ``text`` is the string the offsets index, by default the record's own ``text``.
    """
    from .view import render as render_page  # imported on first use: the page code is not needed to extract

    return render_page(document, text)


try:  # the version is written once, in pyproject.toml, and read from the installed metadata
    __version__ = _metadata.version("govextract")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "Approx",
    "Basis",
    "DateGranularity",
    "DateMention",
    "DecodeError",
    "Direction",
    "Document",
    "DocumentRef",
    "ErrorCode",
    "ExtractionFailure",
    "Extractor",
    "FileResult",
    "GovextractError",
    "InputError",
    "PageMetadata",
    "Point",
    "Program",
    "ProgramCategory",
    "Quantity",
    "QuantityKind",
    "Section",
    "__version__",
    "chart",
    "display_text",
    "extract",
    "extract_files",
    "find_files",
    "load_text",
    "metric_series",
    "parse_number",
    "render",
    "to_frames",
]
