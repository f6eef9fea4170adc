"""Work rendered ahead in worker processes gives exactly what rendering in place gives, errors included."""

import os

import pytest

from macros import ahead, workers
from macros.ahead import Ahead

JOBS = [("sida", n) for n in range(ahead.AHEAD_FROM + 50)]


def work(job):
    name, n = job
    if n == 7:
        raise ValueError(f"{name} {n} går inte att rendera")
    return f"{name} {n}: {os.getpid()}"


def test_worker_processes_do_the_jobs_and_give_the_same_results_in_any_order():
    if os.cpu_count() < 2:
        pytest.fail("Testet behöver minst två kärnor för att pröva arbetsprocesserna.")
    done = Ahead(work, [j for j in JOBS if j[1] != 7])
    try:
        assert done.pool is not None, "med två kärnor och ensam tråd ska arbetet göras i förväg"
        asked = [JOBS[200], JOBS[3], *JOBS[8:40]]
        results = [done.take(job) for job in asked]
        assert [r.split(":")[0] for r in results] == [f"sida {n}" for _, n in asked]
        assert all(not r.endswith(f": {os.getpid()}") for r in results), "resultaten ska komma från arbetsprocesserna"
    finally:
        done.close()


def test_a_failing_job_is_done_again_in_place_so_its_error_surfaces_as_usual():
    done = Ahead(work, JOBS)
    try:
        with pytest.raises(ValueError, match="sida 7 går inte att rendera"):
            done.take(("sida", 7))
        assert done.take(("sida", 8)).startswith("sida 8:")
    finally:
        done.close()


def test_a_job_not_given_ahead_is_done_at_once_without_waiting_for_the_others():
    done = Ahead(work, JOBS[8:])
    try:
        assert done.take(("annan", 1)) == f"annan 1: {os.getpid()}"
        assert not done.done, "inget resultat från arbetsprocessen ska ha behövt hämtas"
    finally:
        done.close()


def test_workers_can_be_turned_off(monkeypatch):
    monkeypatch.setenv(workers.ENV, "0")
    assert workers.available() == 0
    done = Ahead(work, [j for j in JOBS if j[1] != 7])
    assert done.pool is None
    assert done.take(("sida", 3)) == f"sida 3: {os.getpid()}"


def test_few_jobs_are_done_in_place():
    done = Ahead(work, JOBS[8:20])
    assert done.pool is None
