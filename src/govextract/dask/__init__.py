"""govextract on a Dask cluster: the command's extraction, spread over many machines.

Install with ``pip install "govextract[dask]"`` (dask and distributed), on
the client and on every worker, at the same version and with the same extras.

* :func:`extract_bag` -- files, folders or a bag of texts in, a lazy
  ``dask.bag.Bag`` of records out (documents and error records, one per
  article, in input order, as the command writes them).
* :func:`to_parquet` -- such a bag in, the eight tables of
  ``--format parquet`` out, one file per table and partition, written by the
  workers.
* :func:`connect` -- a ``distributed.Client`` of a scheduler's address, or of
  a ``LocalCluster`` (``"local"``), whose workers have been checked to run
  this installation; :func:`ordered_records` streams records back in order,
  as ``govextract --scheduler`` does.

The stages, each a module: :mod:`~govextract.dask.work` (what a worker
runs: a unit of inputs in, records out; one extractor per process; the
installation check), :mod:`~govextract.dask.cluster` (connecting, batching
files into units, the ordered stream and what happens when a worker dies),
:mod:`~govextract.dask.bags` (bags) and :mod:`~govextract.dask.parquet`
(tables).

>>> import dask.bag, govextract.dask
>>> texts = dask.bag.from_sequence(["全省网上可办率达到90%以上。"], npartitions=1)
>>> records = govextract.dask.extract_bag(texts).compute(scheduler="sync")
>>> [(q.text, q.value) for q in records[0].quantities]
[('90%以上', 90)]
"""

from .bags import extract_bag, record_dict
from .cluster import MissingDaskError, check_workers, connect, ordered_records, path_units
from .parquet import to_parquet
from .work import Settings, VersionMismatchError, environment, extract_unit, worker_extractor

__all__ = [
    "MissingDaskError",
    "Settings",
    "VersionMismatchError",
    "check_workers",
    "connect",
    "environment",
    "extract_bag",
    "extract_unit",
    "ordered_records",
    "path_units",
    "record_dict",
    "to_parquet",
    "worker_extractor",
]
