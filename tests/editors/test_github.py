"""GitHub automation and pre-commit: the files are valid for the tools that run them (checked offline here), and what
they run gives the editor readable Swedish errors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.github import annotation
from macros.problems import Problem
from tests.editors.conftest import edit, macros
from tests.support.sites import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
FORMS = sorted(p for p in (GITHUB / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")


def check_builtin(schema: str, *files: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)],
                          capture_output=True, text=True)


def test_workflows_are_valid_github_workflows():
    assert WORKFLOWS
    result = check_builtin("vendor.github-workflows", *WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_issue_forms_and_their_config_are_valid():
    assert FORMS
    result = check_builtin("vendor.github-issue-forms", *FORMS)
    assert result.returncode == 0, result.stdout + result.stderr
    config = check_builtin("vendor.github-issue-config", GITHUB / "ISSUE_TEMPLATE" / "config.yml")
    assert config.returncode == 0, config.stdout + config.stderr


def test_the_offline_schemas_do_catch_mistakes(tmp_path):
    """A workflow job without runs-on and a form field without a label are rejected: the validation is real."""
    workflow = yaml.safe_load(WORKFLOWS[0].read_text(encoding="utf-8"))
    del workflow["jobs"]["data"]["runs-on"]
    (tmp_path / "wf.yml").write_text(yaml.safe_dump(workflow, allow_unicode=True), encoding="utf-8")
    assert check_builtin("vendor.github-workflows", tmp_path / "wf.yml").returncode == 1
    form = yaml.safe_load(FORMS[0].read_text(encoding="utf-8"))
    del form["body"][1]["attributes"]["label"]
    (tmp_path / "form.yml").write_text(yaml.safe_dump(form, allow_unicode=True), encoding="utf-8")
    assert check_builtin("vendor.github-issue-forms", tmp_path / "form.yml").returncode == 1


@pytest.fixture(scope="module")
def workflow() -> dict:
    (path,) = WORKFLOWS
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True)  # YAML 1.1 reads the key `on` as true
    return data


def _runs(job: dict) -> list[str]:
    return [step.get("run", "") for step in job["steps"]]


def test_pull_requests_check_data_build_strictly_and_run_the_tests(workflow):
    assert "pull_request" in workflow["on"] and workflow["on"]["push"]["branches"] == ["main"]
    data = workflow["jobs"]["data"]
    runs = _runs(data)
    assert runs.index("python -m macros check --final") < runs.index("python -m macros build")
    assert "make test" in _runs(workflow["jobs"]["test"])
    assert workflow["jobs"]["test"]["container"].startswith("python:3.11-bookworm")  # Chromium from apt, as locally


def test_main_is_published_to_pages_only_after_the_checks(workflow):
    publish = workflow["jobs"]["publish"]
    assert set(publish["needs"]) == {"data", "test"}
    assert "push" in publish["if"] and "refs/heads/main" in publish["if"]
    assert publish["permissions"]["pages"] == "write" and publish["permissions"]["id-token"] == "write"
    uses = [step.get("uses", "") for step in publish["steps"]]
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert "python -m macros build" in _runs(publish)
    checkout = next(s for s in publish["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # "Senast ändrad" needs the whole history


def test_change_form_has_the_page_field_the_page_link_can_fill_in():
    form = yaml.safe_load((GITHUB / "ISSUE_TEMPLATE" / "andringsforslag.yml").read_text(encoding="utf-8"))
    fields = {item.get("id"): item for item in form["body"]}
    assert fields["sida"]["type"] == "input" and fields["sida"]["validations"]["required"]
    assert fields["kalla"]["validations"]["required"]  # nothing is published without a source


def _checklist(text: str) -> list[str]:
    return re.findall(r"^- \[ \] (.+)$", text, re.M)


def test_pull_request_checklist_is_the_one_contributing_describes():
    template = _checklist((GITHUB / "pull_request_template.md").read_text(encoding="utf-8"))
    guide = _checklist((ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8"))
    assert len(template) >= 6 and template == guide


def test_annotation_points_at_the_line_with_the_swedish_message():
    problem = Problem("data/arshjul/testhjul.yml", 5, "handelser[0].manad", "'13' är inte en giltig månad: 1–12.",
                      "Ange ett värde mellan 1 och 12.")
    assert annotation(problem) == (
        "::error file=data/arshjul/testhjul.yml,line=5,title=Fel i fält handelser[0].manad::"
        "'13' är inte en giltig månad: 1–12.%0ASå här rättar du: Ange ett värde mellan 1 och 12."
    )


def test_check_on_github_writes_annotations_and_a_job_summary(mini_project, tmp_path):
    edit(mini_project, "arshjul/testhjul.yml", "manad: 9", "manad: 13")
    summary = tmp_path / "summary.md"
    result = macros(mini_project, "check", "--final", env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    assert "::error file=data/arshjul/testhjul.yml,line=5,title=Fel i fält handelser[0].manad::'13' är inte" in result.stdout
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## 1 fel i data")
    assert "**Fel: `data/arshjul/testhjul.yml`, rad 5, fält `handelser[0].manad`**" in text
    assert "Så här rättar du: Ange ett värde mellan 1 och 12" in text


def test_check_outside_github_prints_no_workflow_commands(mini_project):
    edit(mini_project, "arshjul/testhjul.yml", "manad: 9", "manad: 13")
    result = macros(mini_project, "check", env={"GITHUB_ACTIONS": ""})
    assert result.returncode == 1 and "::error" not in result.stdout + result.stderr


def test_pre_commit_config_passes_pre_commits_own_schema():
    from pre_commit.clientlib import load_config

    config = load_config(str(ROOT / ".pre-commit-config.yaml"))
    (hook,) = config["repos"][0]["hooks"]
    assert hook["entry"] == "python -m macros check" and hook["pass_filenames"] is False


def test_pre_commit_hook_stops_a_commit_with_a_mistake(mini_project, tmp_path):
    shutil.copy(ROOT / ".pre-commit-config.yaml", mini_project)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def run(*args):
        return subprocess.run(args, cwd=mini_project, env=env, capture_output=True, text=True, timeout=300)

    run("git", "init", "-q")
    run("git", "add", "-A")
    ok = run(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    edit(mini_project, "roller/kurator.yml", "senast_granskad: 2026-11-01", "senast_granskad: 2024-13-01")
    run("git", "add", "-A")
    bad = run(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert bad.returncode == 1
    assert "Fel i data/roller/kurator.yml, rad 4, fält 'senast_granskad':" in bad.stdout
