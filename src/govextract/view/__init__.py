"""The release view: a document and its text as one self-contained HTML page.

* :mod:`~govextract.view.spans`: the document's mentions as nested, non-crossing marks;
* :mod:`~govextract.view.records`: what the page says about each quantity (its card, its table row);
* :mod:`~govextract.view.page`: :func:`render`, the page itself (style ``view.css``, script ``view.js``);
* :mod:`~govextract.view.command`: ``govextract show FILE``, imported only by the command.
"""

from .page import render

__all__ = ["render"]
