"""The layout the README promises: small modules, one-way imports, stable public names.

These checks read the source tree, not the behaviour: a module that grows past
what a reader can see at a sitting, an import cycle between stages, a private
name reached from another module, or a public dotted name that stops
importing fails here before a user notices.
"""

from __future__ import annotations

import ast
import importlib
from importlib import metadata
from pathlib import Path

import pytest

import govextract

PACKAGE = Path(govextract.__file__).resolve().parent
MAX_LINES = 500

# Dotted names that code, tests and users import; each must keep working.
PUBLIC_NAMES = [
    ("govextract", "extract"),
    ("govextract", "Extractor"),
    ("govextract", "Document"),
    ("govextract", "parse_number"),
    ("govextract", "load_text"),
    ("govextract", "extract_files"),
    ("govextract", "find_files"),
    ("govextract", "FileResult"),
    ("govextract", "ExtractionFailure"),
    ("govextract", "__version__"),
    ("govextract", "display_text"),
    ("govextract", "render"),
    ("govextract", "chart"),
    ("govextract", "metric_series"),
    ("govextract.view", "render"),
    ("govextract.view.series", "metric_series"),
    ("govextract.view.chart_command", "main"),
    ("govextract.view.command", "show_main"),
    ("govextract.layout", "analyze"),
    ("govextract.layout", "reading_view"),
    ("govextract.quantities", "find_quantities"),
    ("govextract.metadata", "find_metadata"),
    ("govextract.metadata", "Metadata"),
    ("govextract.metadata", "parse_datetime"),
    ("govextract.sections", "find_sections"),
    ("govextract.dates", "find_dates"),
    ("govextract.programs", "find_programs"),
    ("govextract.programs", "find_documents"),
    ("govextract.keywords", "find_section_keywords"),
    ("govextract.numbers", "parse_numeral"),
    ("govextract.enclosures", "find_enclosures"),
    ("govextract.normalize", "fold"),
    ("govextract.tokenize", "Tokenizer"),
    ("govextract.batch", "decode_bytes"),
    ("govextract.batch", "extract_file"),
    ("govextract.batch", "MAX_BYTES"),
    ("govextract.cli", "main"),
]


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ("govextract", *path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> list[tuple[str, list[str]]]:
    """(target module, imported names) for every relative import of ``name``."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            target = ".".join([*base, node.module] if node.module else base)
            found.append((target, [alias.name for alias in node.names]))
    return found


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_fits_a_sitting(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines: split it into stage modules"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_private_name_crosses_a_module(name):
    private = [
        f"{target}.{imported}"
        for target, names in _imports(name, MODULES[name])
        for imported in names
        if imported.startswith("_") and not imported.startswith("__")
    ]
    assert not private, f"{name} imports private names: {private}"


def test_imports_have_no_cycles():
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        targets = set()
        for target, names in _imports(name, path):
            for candidate in (target, *(f"{target}.{n}" for n in names)):
                if candidate in MODULES and not candidate.startswith(name + "."):
                    targets.add(candidate)  # a package re-exporting its own stages is no cycle
        graph[name] = targets
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*trail[trail.index(target):], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, cycles


@pytest.mark.parametrize("module, name", PUBLIC_NAMES, ids=[f"{m}.{n}" for m, n in PUBLIC_NAMES])
def test_public_names_keep_importing(module, name):
    assert hasattr(importlib.import_module(module), name)


def test_version_is_read_from_the_installed_metadata():
    assert govextract.__version__ == metadata.version("govextract")


def test_package_ships_its_type_marker_and_data():
    assert (PACKAGE / "py.typed").is_file()
    assert (PACKAGE / "lexicon" / "gov_dict.txt").is_file()
