"""`distill run`, `status` and `report` name why chunks failed: a real run through the openai SDK
against the loopback server, whose replies for one chunk cannot be parsed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distill.cli import app
from distill.generate.offline import generate_offline
from tests.servers.faults import Fault
from tests.servers.llm_server import LLMServer
from tests.servers.responder import Prompt

KEY = "sk-test-aaaaaaaaaaaaaaaaaaaaaaaa0001"
POLICY = "\n\n".join(f"第{i}条　单笔报销金额超过{i * 500}元的，须经部门负责人审批。" for i in range(1, 7))
runner = CliRunner()


def grounded_model(provider: str, model: str, prompt: Prompt) -> str:
    chunk = prompt.user.split("<<<", 1)[1].split(">>>", 1)[0].strip()
    wanted = "number" if "数字信息" in prompt.user else "general"
    return json.dumps({"qa_pairs": [p.__dict__ for p in generate_offline(chunk) if p.type == wanted]},
                      ensure_ascii=False)


def run_with_a_bad_chunk(tmp_path: Path, db_url: str, *flags: str):  # type: ignore[no-untyped-def]
    """`distill run` in which the first chunk's replies are never valid JSON."""
    policy = tmp_path / "policy.txt"
    policy.write_text(POLICY, encoding="utf-8")
    with LLMServer(window_seconds=1.0, responder=grounded_model) as srv:
        srv.add_key("openai", KEY)
        srv.inject("openai", Fault.invalid_json(), times=3)
        env = {"OPENAI_API_KEYS": KEY, "OPENAI_BASE_URL": srv.openai_base_url}
        return runner.invoke(app, ["run", str(policy), "--db", db_url, "--provider", "openai", "--workers", "1",
                                   "--chunk-size", "200", "--chunk-overlap", "0", *flags], env=env,
                             catch_exceptions=False)


@pytest.fixture
def failed_run(tmp_path: Path, db_url: str):  # type: ignore[no-untyped-def]
    return run_with_a_bad_chunk(tmp_path, db_url, "--json"), db_url


def test_run_table_names_the_reason(tmp_path: Path, db_url: str) -> None:
    result = run_with_a_bad_chunk(tmp_path, db_url)
    assert result.exit_code == 3
    assert "failed: unparseable replies" in result.stdout and "1 chunk(s)" in result.stdout


def test_run_json_groups_its_failures_by_reason(failed_run) -> None:  # type: ignore[no-untyped-def]
    result, _ = failed_run
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["chunks"]["failed"] == 1
    (unparseable,) = [f for f in data["failures"] if f["reason"] == "unparseable"]
    assert unparseable["chunks"] == 1 and unparseable["example"].startswith("reply could not be parsed")


def test_status_shows_the_same_reasons(failed_run) -> None:  # type: ignore[no-untyped-def]
    _, db_url = failed_run
    data = json.loads(runner.invoke(app, ["status", "--db", db_url, "--json"]).stdout)
    assert [f["chunks"] for f in data["failures"] if f["reason"] == "unparseable"] == [1]
    table = runner.invoke(app, ["status", "--db", db_url]).stdout
    assert "Failures by reason" in table and "failed: unparseable replies" in table


def test_report_names_the_reason_in_its_verdict_section(failed_run) -> None:  # type: ignore[no-untyped-def]
    _, db_url = failed_run
    md = runner.invoke(app, ["report", "--db", db_url, "--format", "markdown"]).stdout
    assert "## Failures by reason" in md and "| unparseable replies | 1 |" in md
