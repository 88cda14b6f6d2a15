"""Dask bags of records: files, folders or a bag of texts in, a bag of documents and error records out.

In: paths (files and folders, walked on the client as the command walks them;
the files themselves are read by the workers) or an existing ``dask.bag.Bag``
of texts. Out: :func:`extract_bag` returns a lazy bag with one record per
article, in input order: the :class:`~govextract.models.Document` or
:class:`~govextract.errors.ExtractionFailure` the local runner gives, which
is what the command writes (each record's ``model_dump_json()`` is the
command's line); with ``as_dicts=True``, those lines parsed back into dicts.

Each partition of a bag made from paths is one unit of
:func:`~govextract.dask.cluster.path_units` (about a megabyte of files), so
a task is seconds of extraction for a millisecond of scheduling. A bag of
texts keeps its own partitions; its elements may be strings (source
``bag/P#N``: partition P, element N from 1), dicts read as the lines of a
crawler dump are (``text``, and the ``id_field``, ``title_field`` and
``date_field`` of the options), or items already read
(:class:`~govextract.batch.SourceText`).

The bag is computed by whatever scheduler is active: a
``distributed.Client`` (see :func:`~govextract.dask.cluster.connect`), or
Dask's local schedulers.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from ..batch.sources import InputOptions
from ..batch.writers import json_line
from .cluster import UNIT_BYTES, UNIT_FILES, path_units
from .work import Record, Settings, extract_elements, extract_unit

if TYPE_CHECKING:
    import dask.bag

#: What :func:`extract_bag` reads: one path, several, or a bag of texts.
PathsOrBag = Any


def extract_bag(
    paths_or_bag: PathsOrBag,
    *,
    options: InputOptions | None = None,
    include_text: bool = False,
    keyword_count: int = 8,
    tokenizer: str | None = None,
    as_dicts: bool = False,
    unit_bytes: int = UNIT_BYTES,
    unit_files: int = UNIT_FILES,
) -> dask.bag.Bag:
    """A lazy bag of the records of ``paths_or_bag``, one per article, in input order.

    ``options`` says how inputs are found and read (globs, dump fields,
    encoding, size limit: :class:`~govextract.batch.InputOptions`);
    ``include_text`` puts the text on every document; ``keyword_count`` and
    ``tokenizer`` build each worker's extractor (``tokenizer=None``: the
    client's default backend, so that every worker cuts words alike).
    ``as_dicts`` gives each record as the dict of its JSON line.

    >>> import dask
    >>> bag = extract_bag(dask.bag.from_sequence(["注册用户数突破1亿。"]))
    >>> [(r.source, r.quantities[0].text) for r in bag.compute(scheduler="sync")]
    [('bag/0#1', '突破1亿')]
    """
    import dask
    import dask.bag

    from ..tokenize import default_backend

    options = options if options is not None else InputOptions()
    settings = Settings(
        options=options, include_text=include_text, keyword_count=keyword_count,
        tokenizer=tokenizer if tokenizer is not None else default_backend(),
    )
    if isinstance(paths_or_bag, dask.bag.Bag):
        parts = [
            dask.delayed(extract_elements, pure=False)(part, index, settings)
            for index, part in enumerate(paths_or_bag.to_delayed())
        ]
    else:
        paths = [paths_or_bag] if isinstance(paths_or_bag, (str, os.PathLike)) else list(paths_or_bag)
        units = path_units(paths, options, unit_bytes=unit_bytes, unit_files=unit_files)
        parts = [dask.delayed(extract_unit, pure=False)(unit, settings) for unit in units]
    bag = dask.bag.from_delayed(parts) if parts else dask.bag.from_sequence([], npartitions=1)
    return bag.map(record_dict) if as_dicts else bag


def record_dict(record: Record) -> dict[str, Any]:
    """``record`` as the dict of the command's JSON line (the same keys, values as JSON gives them)."""
    result: dict[str, Any] = json.loads(json_line(record))
    return result
