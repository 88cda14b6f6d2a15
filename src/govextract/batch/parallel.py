"""An ordered map over worker processes, with a bounded window and no input lost to a dying worker.

In: a task, the items to run it on, how many processes, and how each worker
builds the state the task uses (an :class:`~govextract.pipeline.Extractor`,
say). Out: :func:`ordered_map` lazily yields ``task(state, item)`` for each
item, in input order. This module knows nothing of documents; the runner and
:meth:`~govextract.pipeline.Extractor.pipe` give it their tasks.

The processes are :class:`concurrent.futures.ProcessPoolExecutor`'s. What
we add is what it lacks for archives of any size:

* a **bounded window**: ``Executor.map`` submits every item at once, so a
  folder of 50,000 files would sit in memory as texts and then as records.
  Here at most ``window`` items (and, when ``weight`` is given, about
  ``max_weight`` units of them, say characters) are in flight; the next item
  is read only when the oldest result has been handed on.
* **order**: results are yielded in input order, each as soon as it and every
  earlier one are done.
* **one state per worker**: ``setup`` runs once in each process (the pool's
  initializer), not once per task, so costly state such as a loaded jieba
  dictionary is built ``jobs`` times in all.
* **isolation of a dying worker**: when a worker process dies (killed, out
  of memory, a crash in native code) the executor breaks and every pending
  item with it. The items that were in flight are then run again one at a
  time, each in a fresh single-worker pool: an innocent item gives its
  result as usual, the item that kills its worker again is the culprit and
  is handed to ``lost`` (or raises :class:`WorkerLostError` at its place in
  the output). Retrying in the calling process instead would let the culprit
  (a huge input exhausting memory, say) take that process down too, and every
  result with it.

Worker processes ignore ``SIGINT`` (the caller handles Ctrl-C and shuts the
pool down) and exit on their own when the process that started them is
gone (even after ``kill -9``), instead of lingering as orphans: each
watches its parent process id. Processes are started with the ``spawn``
method: a bare ``fork`` of a possibly multi-threaded caller can deadlock,
and under ``forkserver`` a worker's parent is the server, which outlives a
killed caller as long as the workers do. So, as with any multiprocessing
code, a script that uses ``jobs > 1`` must guard its entry point with
``if __name__ == "__main__":``.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

if TYPE_CHECKING:  # the pool's modules are imported when a pool is first made (about 10 ms at start)
    from concurrent.futures import Future, ProcessPoolExecutor

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

#: Items in flight per worker process when no window is given.
WINDOW_PER_JOB = 4

# How often (seconds) a worker checks that the process that started it is alive.
_PARENT_CHECK_INTERVAL = 1.0

# Exit status of a worker that finds itself orphaned.
_ORPHANED = 3


class WorkerLostError(RuntimeError):
    """A worker process died while running the task on this item, twice (the second time alone)."""


def default_jobs() -> int:
    """The number of CPUs this process may run on (``os.sched_getaffinity``), else ``os.cpu_count()``."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def call_state(state: Callable[[T], R], item: T) -> R:
    """The task that calls a worker's state with the item: ``state(item)`` (an extractor on a text)."""
    return state(item)


def ordered_map(
    task: Callable[[S, T], R],
    items: Iterable[T],
    *,
    setup: Callable[[], S],
    jobs: int,
    window: int | None = None,
    weight: Callable[[T], int] | None = None,
    max_weight: int | None = None,
    ready: Callable[[T], R | None] | None = None,
    lost: Callable[[T], R] | None = None,
) -> Iterator[R]:
    """Lazily yield ``task(state, item)`` for each of ``items``, in order, computed by ``jobs`` processes.

    ``setup`` builds a worker's ``state`` once per process; ``task`` and
    ``setup`` must be picklable (module-level functions, classes, or
    :func:`functools.partial` of them), and so must items and results.

    At most ``window`` items (default ``4 × jobs``) are in flight; with
    ``weight``, new items also wait while the in-flight weight is at least
    ``max_weight`` (one item is always let through, however heavy).
    ``ready(item)``, when given, is called in this process first: a result
    other than None is that item's result and the item never goes to a worker
    (failures read earlier pass through this way, in their place).

    An exception raised by ``task`` is raised here, at that item's place. An
    item whose worker died is run again alone; if it kills that worker too,
    ``lost(item)`` is its result, or without ``lost`` a
    :class:`WorkerLostError` is raised at its place. Leaving the iteration
    early (``break``, an exception, closing the generator) cancels what was
    not started and waits for the running tasks.
    """
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError("jobs must be a positive integer")
    if window is None:
        window = WINDOW_PER_JOB * jobs
    if window < 1:
        raise ValueError("window must be a positive integer")
    runner = _Runner(task, setup, jobs)
    try:
        yield from runner.run(iter(items), window, weight, max_weight, ready, lost)
    finally:
        runner.close()


@dataclass
class _Entry(Generic[T, R]):
    """One item in the window: its future while it runs, then its outcome."""

    item: T
    weight: int = 0
    future: Future[R] | None = None
    done: bool = False
    result: R | None = None
    error: BaseException | None = None

    def settle(self, result: R) -> None:
        self.future, self.done, self.result = None, True, result

    def fail(self, error: BaseException) -> None:
        self.future, self.done, self.error = None, True, error


@dataclass
class _Runner(Generic[S, T, R]):
    """The pool and the window of one :func:`ordered_map` call."""

    task: Callable[[S, T], R]
    setup: Callable[[], S]
    jobs: int
    pool: ProcessPoolExecutor | None = None
    window: deque[_Entry[T, R]] = field(default_factory=deque)

    def run(
        self,
        items: Iterator[T],
        size: int,
        weight: Callable[[T], int] | None,
        max_weight: int | None,
        ready: Callable[[T], R | None] | None,
        lost: Callable[[T], R] | None,
    ) -> Iterator[R]:
        in_flight_weight = 0
        exhausted = False
        while True:
            while not exhausted and len(self.window) < size and (max_weight is None or in_flight_weight < max_weight):
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    break
                entry: _Entry[T, R] = _Entry(item)
                self.window.append(entry)
                result = ready(item) if ready is not None else None
                if result is not None:
                    entry.settle(result)
                    continue
                entry.weight = weight(item) if weight is not None else 1
                in_flight_weight += entry.weight
                self._submit(entry)
            if not self.window:
                return
            head = self.window[0]
            if not head.done:
                self._wait(head, lost)
            self.window.popleft()
            in_flight_weight -= head.weight
            if head.error is not None:
                raise head.error
            yield cast(R, head.result)  # settled without error: a result

    def _submit(self, entry: _Entry[T, R]) -> None:
        if self.pool is None:
            self.pool = _new_pool(self.jobs, self.setup)
        try:
            entry.future = self.pool.submit(_call, self.task, entry.item)
        except _broken_pool():
            entry.future = None  # the pool broke earlier; _wait isolates this item with the others

    def _wait(self, head: _Entry[T, R], lost: Callable[[T], R] | None) -> None:
        """Settle ``head``; if its pool broke, settle every unsettled item of the window in isolation."""
        if head.future is not None:
            try:
                head.settle(head.future.result())
                return
            except _broken_pool():
                pass
            except Exception as error:  # the task's own exception: raised at this item's place
                head.fail(error)
                return
        suspects = [entry for entry in self.window if not entry.done and not _finished_cleanly(entry)]
        self._drop_pool()
        for entry in suspects:
            _run_alone(entry, self.task, self.setup, lost)

    def _drop_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def close(self) -> None:
        self.window.clear()
        self._drop_pool()


def _finished_cleanly(entry: _Entry[T, R]) -> bool:
    """Settle ``entry`` if its future finished before the pool broke; say whether it did."""
    future = entry.future
    if future is None or not future.done() or future.cancelled():
        return False
    error = future.exception()
    if isinstance(error, _broken_pool()):
        return False
    if error is not None:
        entry.fail(error)
    else:
        entry.settle(future.result())
    return True


def _run_alone(entry: _Entry[T, R], task: Callable[[S, T], R], setup: Callable[[], S], lost: Callable[[T], R] | None) -> None:
    """Run one item in a fresh single-worker pool; if that worker dies too, the item is lost."""
    pool = _new_pool(1, setup)
    try:
        entry.settle(pool.submit(_call, task, entry.item).result())
    except _broken_pool():
        if lost is not None:
            entry.settle(lost(entry.item))
        else:
            entry.fail(WorkerLostError("a worker process died while running this item, and again when it ran alone"))
    except Exception as error:
        entry.fail(error)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _broken_pool() -> type[BaseException]:
    """``BrokenProcessPool``, imported where an exception is being matched against it."""
    from concurrent.futures.process import BrokenProcessPool

    return BrokenProcessPool


def _new_pool(jobs: int, setup: Callable[[], Any]) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(setup,))


# ---------------------------------------------------------------- inside a worker process

# The state ``setup`` built in this worker process (unused in the calling process).
_state: Any = None


def _start_worker(setup: Callable[[], Any]) -> None:
    global _state
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_when_orphaned(os.getppid())
    _state = setup()


def _call(task: Callable[[Any, T], R], item: T) -> R:
    return task(_state, item)


def _exit_when_orphaned(parent: int) -> None:
    """Exit this worker once its parent is gone (the executor's workers would otherwise wait forever)."""

    def watch() -> None:
        while True:
            time.sleep(_PARENT_CHECK_INTERVAL)
            if os.getppid() != parent:
                os._exit(_ORPHANED)

    threading.Thread(target=watch, name="govextract-orphan-watch", daemon=True).start()
