"""A page's elements as the standard library's HTML parser reads them: tag, attributes, text content.

Shared by the unit tests (on the markup ``render`` writes) and the browser
tests (on the DOM headless Chromium dumps), so both are checked the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.elements.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        for element in self.stack:
            element.parts.append(data)


def elements(markup: str) -> list[Element]:
    """Every element of ``markup`` in document order."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    return reader.elements


def quantity_elements(markup: str) -> list[Element]:
    """The highlighted quantities (class ``q``) in document order."""
    return [element for element in elements(markup) if "q" in element.classes]


def body_text(markup: str) -> str:
    """The release text as the page holds it: the text blocks (``.txt``) joined, in order."""
    found = elements(markup)
    return "".join(element.text for element in found if "txt" in element.classes)
