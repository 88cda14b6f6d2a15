"""Errors raised when an input file cannot become a document, and their record form.

The library raises :class:`GovextractError` subclasses (all of them
``ValueError``) for inputs it cannot use; the batch layer turns each one into
an :class:`ExtractionFailure` record, so a bad file never stops a batch and is
never silently dropped.

>>> error = DecodeError("a.txt", "the bytes are not valid UTF-8, GB18030 or Big5")
>>> str(error)
'a.txt: the bytes are not valid UTF-8, GB18030 or Big5'
>>> error.to_failure().error.value
'decode_error'
"""

from __future__ import annotations

import os
from enum import Enum
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict

PathLike = Union[str, "os.PathLike[str]"]


class ErrorCode(str, Enum):
    """Why an input yielded no document."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    NO_TEXT_FILES = "no_text_files"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    BINARY = "binary"
    DECODE_ERROR = "decode_error"
    EXTRACTION_ERROR = "extraction_error"


class ExtractionFailure(BaseModel):
    """The record written in place of a document for an input that failed.

    ``message`` is one sentence naming the file and the reason.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    record: Literal["error"] = "error"
    source: str
    error: ErrorCode
    message: str


class GovextractError(ValueError):
    """Base class of the errors govextract raises for unusable input."""


class InputError(GovextractError):
    """An input path that cannot be turned into text.

    ``path`` is the path as given, ``reason`` a lower-case clause saying what
    is wrong; ``str(error)`` is ``"<path>: <reason>"``.
    """

    code: ErrorCode = ErrorCode.UNREADABLE

    def __init__(self, path: PathLike, reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def to_failure(self) -> ExtractionFailure:
        """This error as an :class:`ExtractionFailure` record."""
        return ExtractionFailure(source=self.path, error=self.code, message=str(self))


class NotFoundError(InputError):
    """The path does not exist."""

    code = ErrorCode.NOT_FOUND


class UnreadableError(InputError):
    """The path exists but cannot be read as a file (permission, a folder, a device)."""

    code = ErrorCode.UNREADABLE


class NoTextFilesError(InputError):
    """A folder given as input holds no ``.txt`` file."""

    code = ErrorCode.NO_TEXT_FILES


class TooLargeError(InputError):
    """The file is larger than the configured limit."""

    code = ErrorCode.TOO_LARGE


class EmptyFileError(InputError):
    """The file holds no text (zero bytes, a byte order mark only, or only white space)."""

    code = ErrorCode.EMPTY


class BinaryFileError(InputError):
    """The file holds NUL bytes or other signs of binary content."""

    code = ErrorCode.BINARY


class DecodeError(InputError):
    """The bytes decode in none of the supported encodings."""

    code = ErrorCode.DECODE_ERROR


class ExtractionError(InputError):
    """The text was read but extraction failed unexpectedly."""

    code = ErrorCode.EXTRACTION_ERROR


class VersionMismatchError(RuntimeError):
    """A Dask worker's govextract installation (version, record schema, extras) differs from the client's."""
