"""Running on a Dask cluster: connect, check the workers, stream records back in input order.

In: a scheduler (``"local"`` or an address such as ``tcp://host:8786``), the
inputs as :data:`~govextract.dask.work.Unit` batches and the run's
:class:`~govextract.dask.work.Settings`. Out: :func:`connect` gives a
``distributed.Client`` whose workers have been checked to run this
installation; :func:`ordered_records` lazily yields one record per article,
in input order, as the local runner does — the command writes them as they
come, so nothing is gathered on one machine.

* **Batches.** :func:`path_units` walks the paths on the client (folders are
  listed here; the files are read by the workers, so they must see the same
  paths, as on a shared file system) and groups them into units of about
  :data:`UNIT_BYTES` bytes or :data:`UNIT_FILES` files, so that scheduling a
  task (about a millisecond) is small next to extracting it (seconds).
* **A bounded window.** At most ``window`` units (default two per worker
  thread) are submitted ahead of the oldest one not yet handed on, so memory
  does not grow with the archive.
* **A dying worker.** Dask itself reruns the tasks of a worker that dies
  (``distributed.scheduler.allowed-failures`` times). A unit that keeps
  killing its workers raises ``KilledWorker``; its articles are then read on
  the client and sent one after another, each alone, so the innocent ones still give their
  documents and the culprit becomes an ``extraction_error`` record naming it,
  as in a local run.
* **The same installation everywhere.** :func:`connect` asks every worker
  for its :func:`~govextract.dask.work.environment` and refuses the cluster
  with a :class:`~govextract.dask.work.VersionMismatchError` naming each
  worker that differs; each task checks again, for workers that join later.

Why our own code: Dask schedules, moves data and reruns lost tasks; the
batching of files, the input order and the one-record-per-input accounting
are ours.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..batch.inputs import StdinArgument, read_stdin
from ..batch.parallel import default_jobs
from ..batch.reading import walk
from ..batch.runner import lost_record
from ..batch.sources import InputOptions
from .work import (
    Record,
    Settings,
    Unit,
    VersionMismatchError,
    differences,
    environment,
    extract_unit,
    mismatch_message,
    unit_items,
)

if TYPE_CHECKING:
    from distributed import Client, Future

#: A unit of work closes once its files add up to this many bytes ...
UNIT_BYTES = 1024 * 1024

#: ... or hold this many inputs, whichever comes first.
UNIT_FILES = 256

#: Seconds :func:`connect` waits for a scheduler to answer and for its first worker.
CONNECT_TIMEOUT = 30.0

_INSTALL = "pip install 'govextract[dask]'"


class MissingDaskError(ImportError):
    """Dask or distributed is not installed."""


def distributed_module() -> Any:
    """The ``distributed`` package, or a :class:`MissingDaskError` saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise MissingDaskError(f"running on a Dask cluster needs dask and distributed, which are not installed: {_INSTALL}") from None
    return distributed


@contextlib.contextmanager
def connect(scheduler: str, *, jobs: int | None = None, timeout: float | None = None) -> Iterator[Client]:
    """A client of ``scheduler`` whose workers all run this installation; closed (and a local cluster stopped) on exit.

    ``"local"`` starts a ``LocalCluster`` of ``jobs`` single-threaded worker
    processes (default: the CPUs this process may use); anything else is a
    scheduler's address. Raises ``OSError`` (or ``TimeoutError``) when the
    scheduler cannot be reached or no worker joins within ``timeout`` seconds
    (default :data:`CONNECT_TIMEOUT`), and :class:`VersionMismatchError` when a worker's installation differs.
    """
    distributed = distributed_module()
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    with contextlib.ExitStack() as stack:
        if scheduler == "local":
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(distributed.Client(cluster, timeout=timeout))
        else:
            client = stack.enter_context(distributed.Client(scheduler, timeout=timeout))
            client.wait_for_workers(1, timeout=timeout)
        check_workers(client)
        yield client


def check_workers(client: Client, expected: dict[str, str] | None = None) -> None:
    """Raise :class:`VersionMismatchError` naming every worker whose installation differs from ``expected``.

    ``expected`` defaults to this process's :func:`~govextract.dask.work.environment`.
    """
    expected = expected if expected is not None else environment()
    found: dict[str, dict[str, str]] = client.run(environment)
    problems = []
    for address, theirs in sorted(found.items()):
        problem = differences(expected, theirs)
        if problem is not None:
            problems.append(mismatch_message(f"the worker {address}", problem, expected))
    if problems:
        raise VersionMismatchError("; ".join(problems))


def path_units(
    paths: Iterable[str | os.PathLike[str]],
    options: InputOptions,
    *,
    stdin: StdinArgument = None,
    unit_bytes: int = UNIT_BYTES,
    unit_files: int = UNIT_FILES,
) -> Iterator[Unit]:
    """Lazily group the inputs of ``paths`` into units, in order.

    A file goes as its path (read by the worker); a path that cannot be used
    goes as its failure record, and standard input (``-``) as the item read
    here. A unit closes at ``unit_bytes`` bytes or ``unit_files`` inputs.
    """
    if unit_bytes < 1 or unit_files < 1:
        raise ValueError("unit_bytes and unit_files must be positive")
    unit: Unit = []
    size = 0
    for entry in walk(paths, globs=options.globs, follow_symlinks=options.follow_symlinks):
        if entry.stdin:
            item = read_stdin(stdin, options)
            unit.append(item)
            size += len(getattr(item, "text", "")) * 3
        elif entry.problem is not None:
            unit.append(entry.problem.to_failure())
        else:
            unit.append(Path(entry.path))
            size += _size(entry.path)
        if size >= unit_bytes or len(unit) >= unit_files:
            yield unit
            unit, size = [], 0
    if unit:
        yield unit


def _size(path: str | os.PathLike[str]) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # the worker will say what is wrong with it
        return 0


def ordered_records(
    client: Client, units: Iterable[Unit], settings: Settings, *, window: int | None = None
) -> Generator[Record, None, None]:
    """Lazily yield the records of ``units``, computed on ``client``'s cluster, in input order.

    At most ``window`` units (default: two per worker thread, at least two)
    are in flight. Leaving the iteration early cancels what is still pending.
    """
    distributed = distributed_module()
    if window is None:
        window = max(2, 2 * sum(client.nthreads().values()))
    pending: deque[tuple[Unit, Future]] = deque()
    try:
        for unit in units:
            pending.append((unit, client.submit(extract_unit, unit, settings, pure=False)))
            while len(pending) >= window:
                yield from _records(client, *pending.popleft(), settings, distributed.KilledWorker)
        while pending:
            yield from _records(client, *pending.popleft(), settings, distributed.KilledWorker)
    finally:
        if pending:
            client.cancel([future for _, future in pending])


def _records(client: Client, unit: Unit, future: Future, settings: Settings, killed: type[Exception]) -> list[Record]:
    try:
        return future.result()
    except killed:
        return _one_by_one(client, unit, settings, killed)
    finally:
        future.release()


def _one_by_one(client: Client, unit: Unit, settings: Settings, killed: type[Exception]) -> list[Record]:
    """The records of a unit whose task kept killing workers: each article alone, the culprit as an error record.

    The articles are sent one after another, each alone on the cluster, so
    that an innocent one is never on a worker when the culprit kills it.
    """
    records: list[Record] = []
    for item in unit_items(unit, settings):
        future = client.submit(extract_unit, [item], settings, pure=False)
        try:
            records.extend(future.result())
        except killed:
            records.append(lost_record(item))
        finally:
            future.release()
    return records
