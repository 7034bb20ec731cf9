"""Every command finds its database the same way, and readers never create one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distill.cli import app

runner = CliRunner()
POLICY = "".join(f"第{i}条 单笔报销金额超过{i * 500}元的，须经部门负责人审批。\n\n" for i in range(1, 13))


def invoke(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.mark.parametrize("command", [["status"], ["report"], ["export", "--out", "x.jsonl"], ["keys"],
                                     ["review", "--auto-approve", "--min-score", "80"], ["work"]])
def test_readers_never_create_a_database(command: list[str], tmp_path: Path) -> None:
    result = invoke(*command, "--db", str(tmp_path / "nonexistent" / "typo.db"))
    assert result.exit_code == 2
    assert f"no database at {tmp_path / 'nonexistent' / 'typo.db'}: run `distill run` first" in result.stderr
    assert not (tmp_path / "nonexistent").exists()


def test_distill_toml_db_is_honoured_by_every_command_and_the_flag_wins(tmp_path: Path) -> None:
    (tmp_path / "distill.toml").write_text('db = "team.db"\n', encoding="utf-8")
    (tmp_path / "p.txt").write_text(POLICY, encoding="utf-8")
    assert invoke("run", "p.txt", "--chunk-size", "100", "--chunk-overlap", "0", "--json").exit_code == 0
    assert (tmp_path / "team.db").exists() and not (tmp_path / "distill.db").exists()
    status = json.loads(invoke("status", "--json").stdout)
    assert status["documents"] == 1 and status["pairs"]["total"] > 0
    assert invoke("report", "--format", "json").exit_code == 0
    assert invoke("status", "--db", "other.db").exit_code == 2  # the flag wins over distill.toml
    assert invoke("status", env={"DISTILL_DB": "other.db"}).exit_code == 2  # and so does DISTILL_DB


def test_a_finished_run_run_again_records_no_empty_run(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(POLICY, encoding="utf-8")
    args = ("run", "p.txt", "--chunk-size", "100", "--chunk-overlap", "0")
    first = json.loads(invoke(*args, "--json").stdout)
    again = invoke(*args)
    assert again.exit_code == 0 and f"already done (run {first['run_id']})" in again.stdout
    status = json.loads(invoke("status", "--json").stdout)
    assert [r["run_id"] for r in status["runs"]] == [first["run_id"]]
    assert status["runs"][0]["status"] == "done"
    worker = status["workers"][0]
    assert worker["kind"] == "run" and worker["jobs_done"] == first["chunks"]["total"] and worker["state"] == "stopped"


def test_distill_work_takes_the_jobs_a_run_left(tmp_path: Path) -> None:
    from db import open_database
    from distill import store
    from distill.generate.select import OfflineGenerator
    from distill.ingest import ingest_file
    from distill.runner import RunOptions, new_run

    (tmp_path / "p.txt").write_text(POLICY, encoding="utf-8")
    factory = open_database("distill.db")
    doc = store.store_document(factory, ingest_file(tmp_path / "p.txt"), 100, 0)
    run_id = store.open_run(factory, new_run(OfflineGenerator(), RunOptions(chunk_size=100, chunk_overlap=0)),
                            doc.chunk_ids).run_id  # queued, as a `distill run` interrupted at once leaves it
    result = invoke("work", "--json", "--workers", "2")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["runs"] == [run_id] and data["jobs_done"] == len(doc.chunk_ids) and data["pairs_added"] > 0
    status = json.loads(invoke("status", "--json").stdout)
    assert status["runs"][0]["status"] == "done" and status["runs"][0]["jobs"]["done"] == len(doc.chunk_ids)
    nothing = invoke("work")
    assert nothing.exit_code == 0 and "nothing to do" in nothing.stderr
