"""Work done ahead: worker processes render pages in the order the site engine will ask for them.

MkDocs builds one page at a time on one core. A national handbook spends a third of its build rendering entity
pages from templates, work that depends only on the data, so a forked worker does it on another core while MkDocs
converts and writes the pages before them. Results are the same as rendering in place: a job the worker could not
do (or any job, where forking is not safe) is simply done in place when it is asked for.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from . import workers

# Fewer pages than this are rendered in place: starting a worker costs more than it saves.
AHEAD_FROM = 200

# Each Ahead's job function, by its number: the workers inherit them through fork (functions need not pickle).
_works: dict[int, Callable[[Any], Any]] = {}
_numbers = itertools.count()


class Ahead:
    """Results of work(job) for each job, computed by worker processes in the given order."""

    def __init__(self, work: Callable[[Any], Any], jobs: Iterable[Hashable], chunk: int = 16,
                 alone: Iterable[Hashable] = ()):
        """alone: long jobs, each handed to a worker by itself halfway through the others, so it is done before it
        is asked for without holding up the jobs around it."""
        self.number = next(_numbers)
        self.work = work
        self.done: dict[Hashable, Any] = {}
        alone = list(alone)
        jobs = [job for job in jobs if job not in alone]
        self.pending = set(jobs) | set(alone)
        self.pool = None
        self.results = iter(())
        processes = workers.available()
        if len(self.pending) >= AHEAD_FROM and processes:
            batches = [jobs[i : i + chunk] for i in range(0, len(jobs), chunk)]
            for job in alone:
                batches.insert(len(batches) // 2, [job])
            _works[self.number] = work
            self.pool = multiprocessing.get_context("fork").Pool(processes)
            # Handed back as each batch is done, not in order: a long batch does not hold up the ones after it.
            self.results = self.pool.imap_unordered(_run, [(self.number, batch) for batch in batches])

    def __contains__(self, job: Hashable) -> bool:
        """Whether job was given ahead and not taken yet."""
        return job in self.pending

    def take(self, job: Hashable) -> Any:
        """The result for job: from the worker if it did it, else computed now (errors then surface here)."""
        if job not in self.pending:
            return self.work(job)  # not given to the worker: waiting for it would be waiting for everything
        self.pending.discard(job)
        while job not in self.done:
            try:
                batch = next(self.results)
            except StopIteration:
                break
            self.done.update((key, (ok, result)) for key, ok, result in batch)
        ok, result = self.done.pop(job, (False, None))
        return result if ok else self.work(job)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool = None
        _works.pop(self.number, None)
        self.results = iter(())
        self.done.clear()
        self.pending.clear()


def _run(numbered: tuple[int, list[Hashable]]) -> list[tuple[Hashable, bool, Any]]:
    number, batch = numbered
    return [_one(_works[number], job) for job in batch]


def _one(work: Callable[[Any], Any], job: Hashable) -> tuple[Hashable, bool, Any]:
    try:
        return job, True, work(job)
    except Exception:  # noqa: BLE001 - done again in the main process, where the error is reported as usual
        return job, False, None
