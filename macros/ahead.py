"""Work done ahead: worker processes render pages in the order the site engine will ask for them.

MkDocs builds one page at a time on one core. A national handbook spends much of its build rendering entity pages
from templates and parsing them for search, work that depends only on the data, so forked workers do it on the
other cores while MkDocs converts and writes the pages before them. Results are the same as working in place: a
job the workers could not do (or any job, where forking is not safe) is simply done in place when it is asked for.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from . import workers

# Fewer pages than this are rendered in place: starting workers costs more than it saves.
AHEAD_FROM = 200
# Seconds to wait for one batch of results. A worker that hangs never answers: after this long the rest is done in
# place instead of waiting for ever. (A worker that dies is noticed at once.)
PATIENCE = 120.0

# Each Ahead's job function, by its number: the workers inherit them through fork (functions need not pickle).
_works: dict[int, Callable[[Any], Any]] = {}
_numbers = itertools.count()


class Ahead:
    """Results of work(job) for each job, computed by worker processes in the given order."""

    def __init__(self, work: Callable[[Any], Any], jobs: Iterable[Hashable], chunk: int = 16,
                 alone: Iterable[Hashable] = (), at_least: int = AHEAD_FROM):
        """alone: long jobs, each handed to a worker by itself halfway through the others, so it is done before it
        is asked for without holding up the jobs around it. at_least: fewer jobs are done in place."""
        self.number = next(_numbers)
        self.work = work
        alone = list(alone)
        jobs = [job for job in jobs if job not in alone]
        self.pending = set(jobs) | set(alone)
        self.futures: dict[Hashable, Future] = {}
        self.executor: ProcessPoolExecutor | None = None
        processes = workers.available()
        if len(self.pending) < at_least or not processes:
            return
        batches = [jobs[i : i + chunk] for i in range(0, len(jobs), chunk)]
        for job in alone:
            batches.insert(len(batches) // 2, [job])
        _works[self.number] = work
        self.executor = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"))
        for batch in batches:
            future = self.executor.submit(_run, self.number, batch)
            self.futures.update((job, future) for job in batch)

    @property
    def started(self) -> bool:
        """Whether worker processes were started."""
        return self.executor is not None

    def __contains__(self, job: Hashable) -> bool:
        """Whether job was given ahead and not taken yet."""
        return job in self.pending

    def take(self, job: Hashable) -> Any:
        """The result for job: from the workers if they did it, else computed now (errors then surface here)."""
        if job not in self.pending:
            return self.work(job)  # not given ahead: done at once, without waiting for anything
        self.pending.discard(job)
        future = self.futures.pop(job, None)
        if future is not None and self.executor is not None:
            try:
                ok, result = future.result(timeout=PATIENCE)[job]
            except (BrokenProcessPool, FutureTimeout, CancelledError):
                self.close(failed=True)
            else:
                if ok:
                    return result
        return self.work(job)

    def close(self, failed: bool = False) -> None:
        """Stop the workers. After a failure they are killed, since one of them may never finish."""
        executor, self.executor = self.executor, None
        self.futures.clear()
        _works.pop(self.number, None)
        if executor is None:
            return
        if failed:
            for process in list(getattr(executor, "_processes", {}).values()):
                process.kill()
        executor.shutdown(wait=not failed, cancel_futures=True)


def _run(number: int, batch: list[Hashable]) -> dict[Hashable, tuple[bool, Any]]:
    work = _works[number]
    out = {}
    for job in batch:
        try:
            out[job] = (True, work(job))
        except Exception:  # noqa: BLE001 - done again in the main process, where the error is reported as usual
            out[job] = (False, None)
    return out
