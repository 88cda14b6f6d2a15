"""Docstring examples in the package and the README run as tests."""

import doctest
import importlib
import pkgutil

import pytest

import govextract
from conftest import ROOT

MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(govextract.__path__, prefix="govextract.")
    if not name.endswith("__main__")
)
README = ROOT / "README.md"


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


def test_readme_examples():
    result = doctest.testfile(str(README), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 10 and result.failed == 0
