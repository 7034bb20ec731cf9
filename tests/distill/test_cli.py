"""The `distill` command line: exit codes, `--json` shapes, the sample document, crash and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from distill.cli import app
from distill.numbers import find_numbers
from tests.backends import both_backends

db_url = both_backends()  # the commands on SQLite and PostgreSQL

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_help_is_instant_and_loads_no_heavy_library() -> None:
    heavy = ("fitz", "pymupdf", "torch", "transformers", "pdfminer", "sqlalchemy", "textual", "openai", "zhipuai",
             "google.genai", "datasketch", "peft")
    code = f"import sys, distill.cli; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "[]"
    assert "run" in invoke("--help").stdout


def test_flags_in_help_take_no_value() -> None:
    from distill.cli import COMMAND_GROUPS

    commands = [c.name for c in app.registered_commands if c.name] + ["merge"]
    assert {"run", "status", "keys", "work", "reparse"} <= set(commands) and len(COMMAND_GROUPS) == 11
    for command in commands:
        shown = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "160"}).stdout
        json_lines = [line for line in shown.splitlines() if "--json " in line or "--help " in line]
        assert json_lines and not any("<bool>" in line for line in json_lines), (command, json_lines)


def test_sample_document_gives_verified_pairs(sample_pdf: Path, db_url: str) -> None:
    result = invoke("run", str(sample_pdf), "--db", db_url, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"run_id", "documents", "chunks", "pairs_added", "duplicates_skipped", "provider", "errors"}
    assert data["documents"] == 1 and data["errors"] == [] and data["provider"] == "offline"
    assert data["chunks"]["total"] == data["chunks"]["done"] > 0 and data["chunks"]["failed"] == 0
    assert data["pairs_added"] >= 60 and data["number_ratio"] >= 0.3

    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT p.answer, p.type, c.text FROM qa_pairs p JOIN chunks c ON c.id = p.chunk_id")).all()
        source = conn.execute(text("SELECT text FROM documents")).scalar_one()
    number_share = sum(1 for r in rows if r.type == "number") / len(rows)
    assert number_share >= 0.30
    for answer, _, chunk in rows:
        for mention in find_numbers(answer):
            assert mention.text in chunk and mention.text in source, (mention.text, answer)

    again = json.loads(invoke("run", str(sample_pdf), "--db", db_url, "--json").stdout)
    assert again["pairs_added"] == 0 and again["documents"] == 1

    status = json.loads(invoke("status", "--db", db_url, "--json").stdout)
    assert status["documents"] == 1
    assert status["chunks"]["done"] == status["chunks"]["total"] == data["chunks"]["total"]
    assert status["pairs"]["total"] == data["pairs_added"] == status["pairs"]["pending"]
    assert status["pairs"]["number"] + status["pairs"]["general"] == status["pairs"]["total"]


def test_rejected_inputs_exit_2_and_the_rest_is_processed(tmp_path: Path, db_url: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("员工出差住宿费每晚不超过600元。单笔报销金额超过5000元的，须经部门负责人审批。", encoding="utf-8")
    fake = tmp_path / "fake.pdf"
    fake.write_text("this is not a pdf")
    result = invoke("run", str(good), str(fake), str(tmp_path / "nope.pdf"), "--db", db_url, "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["documents"] == 1 and data["pairs_added"] >= 2
    assert {Path(e["path"]).name for e in data["errors"]} == {"fake.pdf", "nope.pdf"}
    assert all("\n" not in e["error"] and e["error"] for e in data["errors"])


def test_bad_input_without_json_prints_one_line_and_no_traceback(tmp_path: Path, db_url: str) -> None:
    (tmp_path / "a.docx").write_bytes(b"PK")
    result = invoke("run", str(tmp_path / "a.docx"), "--db", db_url)
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "a.docx" in result.output


def test_unknown_provider_and_bad_chunk_flags_are_usage_errors(tmp_path: Path, db_url: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("住宿费每晚不超过600元。", encoding="utf-8")
    assert invoke("run", str(good), "--db", db_url, "--provider", "nope").exit_code == 2
    assert invoke("run", str(good), "--db", db_url, "--chunk-size", "200", "--chunk-overlap", "300").exit_code == 2


def _big_policy(path: Path, articles: int = 1200) -> None:
    lines = [f"第{i}条 单笔报销金额超过{i * 10}元的，须经部门负责人审批；员工出差住宿费每晚不超过{200 + i}元。"
             for i in range(1, articles + 1)]
    path.write_text("\n\n".join(lines), encoding="utf-8")


def _done_jobs(db: Path) -> tuple[int, int]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            total = conn.execute(text("SELECT count(*) FROM chunk_jobs")).scalar_one()
            done = conn.execute(text("SELECT count(*) FROM chunk_jobs WHERE status = 'done'")).scalar_one()
            return done, total
    except Exception:  # the table may not exist yet while the child migrates
        return 0, 0
    finally:
        engine.dispose()


def test_kill_9_mid_run_then_the_same_command_finishes_with_no_duplicate(tmp_path: Path) -> None:
    doc = tmp_path / "big.txt"
    _big_policy(doc)
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "distill.cli", "run", str(doc), "--db", str(db), "--chunk-size", "120",
           "--chunk-overlap", "0", "--json"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done, total = _done_jobs(db)
        if done >= 20:
            break
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    done, total = _done_jobs(db)
    assert 20 <= done < total, "the child finished before it could be killed; make the document bigger"

    finish = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert finish.returncode == 0, finish.stderr
    assert json.loads(finish.stdout)["chunks"]["done"] == total

    clean = subprocess.run([*cmd[:5], str(tmp_path / "clean.db"), *cmd[6:]], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=300)
    expected = json.loads(clean.stdout)["pairs_added"]
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        pairs = conn.execute(text("SELECT count(*), count(DISTINCT question || answer) FROM qa_pairs")).one()
    assert pairs[0] == pairs[1] == expected


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    doc = tmp_path / "big.txt"
    _big_policy(doc, articles=400)
    db = tmp_path / "int.db"
    cmd = [sys.executable, "-m", "distill.cli", "run", str(doc), "--db", str(db), "--chunk-size", "120",
           "--chunk-overlap", "0"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while _done_jobs(db)[0] < 10 and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 130
    assert "run the same command again to resume" in " ".join(stderr.split())
    assert "Traceback" not in stderr
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM chunk_jobs WHERE status = 'running'")).scalar_one() == 0
        assert conn.execute(text("SELECT status FROM runs")).scalar_one() == "interrupted"
    finish = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert finish.returncode == 0 and "(resumed)" in finish.stdout
