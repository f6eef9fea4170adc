"""Work rendered ahead in worker processes gives exactly what rendering in place gives, errors included."""

import os
import subprocess
import sys
import threading
import time

import pytest

from macros import ahead, workers
from macros.ahead import Ahead
from tests.support.sites import ROOT


@pytest.fixture()
def two_workers(monkeypatch):
    """Other tests may leave threads running in this process (a server, a browser), which keeps workers off: the
    tests of Ahead itself get two workers regardless. The rule is tested on its own below."""
    monkeypatch.setattr(workers, "available", lambda: 2)

JOBS = [("sida", n) for n in range(ahead.AHEAD_FROM + 50)]


def work(job):
    name, n = job
    if n == 7:
        raise ValueError(f"{name} {n} går inte att rendera")
    return f"{name} {n}: {os.getpid()}"


@pytest.mark.usefixtures("two_workers")
def test_worker_processes_do_the_jobs_and_give_the_same_results_in_any_order():
    done = Ahead(work, [j for j in JOBS if j[1] != 7])
    try:
        assert done.started
        asked = [JOBS[200], JOBS[3], *JOBS[8:40]]
        results = [done.take(job) for job in asked]
        assert [r.split(":")[0] for r in results] == [f"sida {n}" for _, n in asked]
        assert all(not r.endswith(f": {os.getpid()}") for r in results), "resultaten ska komma från arbetsprocesserna"
    finally:
        done.close()


@pytest.mark.usefixtures("two_workers")
def test_a_failing_job_is_done_again_in_place_so_its_error_surfaces_as_usual():
    done = Ahead(work, JOBS)
    try:
        with pytest.raises(ValueError, match="sida 7 går inte att rendera"):
            done.take(("sida", 7))
        assert done.take(("sida", 8)).startswith("sida 8:")
    finally:
        done.close()


@pytest.mark.usefixtures("two_workers")
def test_a_job_not_given_ahead_is_done_at_once_without_waiting_for_the_others():
    done = Ahead(work, JOBS[8:])
    try:
        waiting = len(done.futures)
        assert done.take(("annan", 1)) == f"annan 1: {os.getpid()}"
        assert len(done.futures) == waiting, "inget resultat från arbetsprocesserna ska ha behövt hämtas"
    finally:
        done.close()


def test_rule_a_process_with_one_thread_uses_every_core_unless_turned_off():
    code = "from macros import workers; print(workers.available())"
    for setting, expected in (("", os.cpu_count() if os.cpu_count() > 1 else 0), ("0", 0), ("1", 1)):
        env = {**os.environ, workers.ENV: setting}
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.stdout.strip() == str(expected), (setting, result.stderr)


def test_rule_no_workers_while_other_threads_run():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert workers.available() == 0
        assert not Ahead(work, [j for j in JOBS if j[1] != 7]).started
    finally:
        stop.set()
        thread.join()


def test_turned_off_work_is_done_in_place(monkeypatch):
    monkeypatch.setattr(workers, "available", lambda: 0)
    done = Ahead(work, [j for j in JOBS if j[1] != 7])
    assert not done.started
    assert done.take(("sida", 3)) == f"sida 3: {os.getpid()}"


@pytest.mark.usefixtures("two_workers")
def test_few_jobs_are_done_in_place():
    done = Ahead(work, JOBS[8:20])
    assert not done.started


def slow(job):
    time.sleep(0.01)
    return work(job)


def stuck_in_worker(job):
    if os.getpid() != MAIN and job[1] == 100:
        time.sleep(3600)  # a worker that never answers
    return work(job)


MAIN = os.getpid()


@pytest.mark.usefixtures("two_workers")
def test_a_worker_that_dies_does_not_stop_the_build():
    jobs = [j for j in JOBS if j[1] != 7]
    done = Ahead(slow, jobs)
    try:
        assert done.started
        for process in done.executor._processes.values():  # what the kernel does to a worker out of memory
            process.kill()
        results = [done.take(job) for job in jobs]
    finally:
        done.close()
    assert [r.split(":")[0] for r in results] == [f"sida {n}" for _, n in jobs]
    assert not done.started, "en död arbetsprocess ska ge arbete i huvudprocessen, inte vänta"


@pytest.mark.usefixtures("two_workers")
def test_a_worker_that_hangs_is_given_up_after_the_time_limit(monkeypatch):
    monkeypatch.setattr(ahead, "PATIENCE", 1.0)
    jobs = [j for j in JOBS if j[1] != 7]
    done = Ahead(stuck_in_worker, jobs)
    start = time.monotonic()
    try:
        results = [done.take(job) for job in jobs]
    finally:
        done.close()
    assert [r.split(":")[0] for r in results] == [f"sida {n}" for _, n in jobs]
    assert results[100].endswith(f": {os.getpid()}"), "jobbet som fastnade ska göras i huvudprocessen"
    assert time.monotonic() - start < 30
