"""jieba's package and data files, found without importing jieba where only a file is wanted.

Importing jieba costs about 110 ms, most of it ``pkg_resources``, which its
``_compat`` module imports only to open jieba's own data files (it opens them
from its folder when that import fails).  The rjieba backend and the cached
tables (:mod:`govextract.idf`, the dictionary classes of
:mod:`govextract.keywords`) need jieba's files, not its code, so they find the
folder with :func:`importlib.util.find_spec`, which does not run the package.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from typing import Any


@lru_cache(maxsize=1)
def jieba_folder() -> str:
    """The folder of the installed jieba package (jieba is not imported to find it)."""
    spec = find_spec("jieba")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if locations:
        return str(locations[0])
    return str(resources.files("jieba"))  # pragma: no cover - a package without a folder on disk


def jieba_file(*parts: str) -> str:
    """The path of one of jieba's data files: ``jieba_file("dict.txt")``, ``jieba_file("analyse", "idf.txt")``."""
    return os.path.join(jieba_folder(), *parts)


def import_jieba() -> Any:
    """``import jieba`` (lazily: it costs time and installs a log handler), without ``pkg_resources``.

    ``pkg_resources`` is made unimportable for the moment jieba imports, so
    jieba's ``_compat`` takes its own fallback and opens its files from its folder.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # the import raises ImportError
    try:
        import jieba
    finally:
        if hidden and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba
