"""A bag of records in, the command's Parquet tables out: one file per table and partition, written by the workers.

In: a bag from :func:`~govextract.dask.extract_bag` (records, or their dicts
with ``as_dicts=True``) and a folder every worker can write to. Out:
:func:`to_parquet` writes ``FOLDER/TABLE/part-NNNNN.parquet`` for each of the
eight tables of ``--format parquet`` (documents, quantities, programs, cited,
sections, points, dates, errors), with the same columns and schemas, one file
per bag partition; nothing is gathered on one machine. Each table's folder is
a Parquet dataset: ``pandas.read_parquet(FOLDER / "quantities")`` or
``dask.dataframe.read_parquet`` read it whole, partitions in order.

Like the command's files, each part is written as ``….parquet.part`` and
renamed when complete, so a failed task leaves no torn file; parts of an
earlier run in the same folder are removed first, so the folder holds this
run's tables only.

Why our own code: pyarrow writes each file and Dask runs the tasks; the
tables and schemas are :mod:`govextract.batch.parquet_output`'s.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from ..batch.parquet_output import arrow_tables
from ..batch.tables import TABLES, OutputLine, Record, prepare_folder

if TYPE_CHECKING:
    import dask.bag

#: A part file's name: the partition's number, zero-padded so that names sort in partition order.
PART_NAME = "part-{index:0{width}d}.parquet"



@functools.lru_cache(maxsize=1)
def _record_reader() -> TypeAdapter[Record]:
    """Reads a record's dict (``as_dicts=True``) back into its model; built on first use."""
    return TypeAdapter(OutputLine)


def to_parquet(bag: dask.bag.Bag, folder: str | os.PathLike[str], *, compute: bool = True) -> Any:
    """Write ``bag``'s records as the eight Parquet tables under ``folder``, one file per table and partition.

    Returns the number of rows written to each table (``{"documents": 120,
    …}``), or with ``compute=False`` a ``dask.delayed`` value that writes and
    returns them when computed.
    """
    import dask

    root = prepare_folder(os.fspath(folder), "Parquet")
    for name in TABLES:
        table_folder = root / name
        table_folder.mkdir(exist_ok=True)
        for stale in table_folder.glob("part-*.parquet*"):
            stale.unlink()
    parts = bag.to_delayed()
    width = max(5, len(str(len(parts) - 1)))
    written = [dask.delayed(write_partition, pure=False)(part, str(root), index, width) for index, part in enumerate(parts)]
    total = dask.delayed(_add_up, pure=False)(written)
    return total.compute() if compute else total


def write_partition(records: Iterable[Record | dict[str, Any]], folder: str, index: int, width: int = 5) -> dict[str, int]:
    """Write one partition's records as a part of each table; return the rows written to each."""
    import pyarrow.parquet  # type: ignore[import-untyped]

    reader = _record_reader()
    tables = arrow_tables(reader.validate_python(r) if isinstance(r, dict) else r for r in records)
    name = PART_NAME.format(index=index, width=width)
    for table_name, table in tables.items():
        target = Path(folder) / table_name / name
        partial = target.with_name(target.name + ".part")
        try:
            pyarrow.parquet.write_table(table, partial)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return {table_name: table.num_rows for table_name, table in tables.items()}


def _add_up(counts: list[dict[str, int]]) -> dict[str, int]:
    return {name: sum(count.get(name, 0) for count in counts) for name in TABLES}
