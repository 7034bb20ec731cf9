"""`distill run` with LLM providers, end to end through the real SDKs against the loopback server.

The server's responder plays a well-behaved model: it reads the chunk out of our prompt and
answers with grounded pairs (the offline generator's), number pass and general pass apart.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from db import open_database
from distill.cli import app
from distill.config import load_settings
from distill.generate.offline import generate_offline
from distill.generate.select import LLMOptions, make_generator
from distill.runner import RunOptions, run
from tests.servers.faults import Fault
from tests.servers.llm_server import LLMServer
from tests.servers.responder import Prompt

POLICY = "\n\n".join(
    f"第{i}条　单笔报销金额超过{i * 500}元的，须经部门负责人审批。员工出差住宿费每晚不超过{300 + i}元，超出部分由个人承担。"
    for i in range(1, 25)
)
OPENAI_KEYS = ["sk-test-aaaaaaaaaaaaaaaaaaaaaaaa0001", "sk-test-bbbbbbbbbbbbbbbbbbbbbbbb0002",
               "sk-test-cccccccccccccccccccccccc0003"]
# Shaped like real keys, but too short to be one (and to trip secret scanners).
GEMINI_KEYS = ["AIzaFAKE-gemini-test-key-0001", "AIzaFAKE-gemini-test-key-0002", "AIzaFAKE-gemini-test-key-0003"]
ZHIPU_KEYS = ["0123456789abcdef.secretsecretsecret01", "fedcba9876543210.secretsecretsecret02"]
KEYS = {"openai": OPENAI_KEYS, "gemini": GEMINI_KEYS, "zhipu": ZHIPU_KEYS}
runner = CliRunner()


def grounded_model(provider: str, model: str, prompt: Prompt) -> str:
    """A model that follows the prompt: numbers copied verbatim, one pass at a time."""
    chunk = prompt.user.split("<<<", 1)[1].split(">>>", 1)[0].strip()
    wanted = "number" if "数字信息" in prompt.user else "general"
    pairs = [p for p in generate_offline(chunk) if p.type == wanted]
    return json.dumps({"qa_pairs": [p.__dict__ for p in pairs]}, ensure_ascii=False)


@pytest.fixture
def srv():  # type: ignore[no-untyped-def]
    with LLMServer(window_seconds=1.0, responder=grounded_model) as server:
        for provider, keys in KEYS.items():
            for key in keys:
                server.add_key(provider, key)
        yield server


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.txt"
    path.write_text(POLICY, encoding="utf-8")
    return path


def base_url(srv: LLMServer, provider: str) -> str:
    return {"openai": srv.openai_base_url, "gemini": srv.gemini_base_url, "zhipu": srv.zhipu_base_url}[provider]


def env_for(srv: LLMServer, provider: str, keys: list[str]) -> dict[str, str]:
    names = {"openai": ("OPENAI_API_KEYS", "OPENAI_BASE_URL"), "gemini": ("GEMINI_API_KEYS", "GEMINI_BASE_URL"),
             "zhipu": ("ZHIPUAI_API_KEYS", "ZHIPUAI_BASE_URL")}[provider]
    return {names[0]: ",".join(keys), names[1]: base_url(srv, provider)}


def cli(*args: str, env: dict[str, str]):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


def rows(db_url: str, sql: str) -> list:  # type: ignore[type-arg]
    engine = create_engine(db_url)
    with engine.connect() as conn:
        result = conn.execute(text(sql)).all()
    engine.dispose()
    return result


def library_run(srv: LLMServer, db_url: str, policy: Path, provider: str, keys: list[dict], **opts):  # type: ignore[no-untyped-def]
    """A run through the library with keys from a distill.toml (rpm, project) and a short 'minute'."""
    toml = policy.parent / "distill.toml"
    entries = ", ".join("{" + ", ".join(f'{k} = {json.dumps(v)}' for k, v in key.items()) + "}" for key in keys)
    toml.write_text(f'[providers.{provider}]\nbase_url = "{base_url(srv, provider)}"\nkeys = [{entries}]\n')
    settings = load_settings(cwd=policy.parent, env={})
    factory = open_database(db_url)
    choice = make_generator(provider, settings, factory, LLMOptions(window=srv.window_seconds, max_wait=opts.pop("max_wait", 30)))
    opts.setdefault("workers", choice.workers)
    return run(factory, [policy], choice.generator, RunOptions(chunk_size=200, chunk_overlap=0, **opts))


@pytest.mark.parametrize("provider", ["openai", "gemini", "zhipu"])
def test_each_provider_distills_through_its_sdk(provider: str, srv: LLMServer, policy: Path, db_url: str) -> None:
    result = cli("run", str(policy), "--db", db_url, "--provider", provider, "--chunk-size", "200", "--json",
                 env=env_for(srv, provider, KEYS[provider]))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["provider"] == provider and data["chunks"]["failed"] == 0 and data["pairs_added"] >= 40
    sent = srv.requests_for(provider)
    assert sent and all(r.status == 200 for r in sent)
    assert all("30000元" in r.system and "3万元" in r.system for r in sent)  # the mandatory number rule
    assert {r.temperature for r in sent} == {0.1}
    assert all(r.stream for r in sent)  # every reply streamed, with an idle timeout
    assert {r.json_mode for r in sent} == {{"gemini": "application/json", "zhipu": "json_object"}.get(provider,
                                                                                                   "json_schema")}
    assert all(r.schema for r in sent) or provider == "zhipu"  # Zhipu has no json_schema mode
    assert {r.key for r in sent} == set(KEYS[provider])  # every key used
    stages = rows(db_url, "SELECT stage, count(*) FROM requests GROUP BY stage")
    assert {s for s, _ in stages} == {"number", "general"}
    run_row = rows(db_url, "SELECT provider, model, temperature FROM runs")[0]
    assert run_row[0] == provider and run_row[2] == pytest.approx(0.1)
    types = dict(rows(db_url, "SELECT type, count(*) FROM qa_pairs GROUP BY type"))
    assert types["number"] / sum(types.values()) >= 0.3


@pytest.mark.parametrize("provider", ["openai", "gemini", "zhipu"])
def test_each_provider_recovers_from_a_refused_schema_prose_and_junk(provider: str, srv: LLMServer, policy: Path,
                                                                      db_url: str) -> None:
    srv.reject_formats = {"json_schema"}
    srv.inject(provider, Fault.prose())
    srv.inject(provider, Fault.wrong_shape())
    srv.inject(provider, Fault.invalid_json())
    result = library_run(srv, db_url, policy, provider, [{"key": k} for k in KEYS[provider]], workers=1)
    assert result.chunks_failed == 0 and result.pairs_added >= 40
    sent = srv.requests_for(provider)
    refused = [r for r in sent if r.status == 400]
    assert len(refused) == (0 if provider == "zhipu" else 1)  # one step down the ladder, then never again
    corrected = [r for r in sent if any(m["role"] == "assistant" for m in r.prompt.messages)]
    assert len(corrected) == 1 and "unable to format" in corrected[0].prompt.messages[-2]["content"]
    outcomes = dict(rows(db_url, "SELECT outcome, count(*) FROM requests GROUP BY outcome"))
    assert outcomes["unparseable"] == 1 and outcomes.get("bad_request", 0) == len(refused)


def test_requests_rotate_over_keys_idle_longest_first(srv: LLMServer, policy: Path, db_url: str) -> None:
    result = library_run(srv, db_url, policy, "openai", [{"key": k} for k in OPENAI_KEYS], workers=1)
    assert result.chunks_failed == 0
    used = [r.key for r in srv.requests_for("openai")]
    assert used[:6] == OPENAI_KEYS + OPENAI_KEYS  # round robin while all are ready


@pytest.mark.parametrize("provider,fault", [
    ("openai", Fault.rate_limit(0.4, hint="retry-after")),
    ("openai", Fault.rate_limit(0.4, hint="retry-after-ms")),
    ("openai", Fault.rate_limit(0.4, hint="message")),
    ("gemini", Fault.rate_limit(0.4)),
    ("zhipu", Fault.rate_limit(0.4, hint="retry-after-ms")),  # Zhipu's own 429s carry no hint: backoff
])
def test_a_429_cools_its_key_for_the_hinted_time(provider: str, fault: Fault, srv: LLMServer, policy: Path,
                                                  db_url: str) -> None:
    first = KEYS[provider][0]
    srv.latency = 0.1  # long enough a run that the cooled key is wanted again
    srv.inject(provider, fault, key=first)
    result = library_run(srv, db_url, policy, provider, [{"key": k} for k in KEYS[provider]], workers=1)
    assert result.chunks_failed == 0 and result.pairs_added > 0
    sent = srv.requests_for(provider)
    limited = next(r for r in sent if r.status == 429)
    later = [r.time for r in sent if r.key == first and r.time > limited.time]
    assert later and min(later) - limited.time >= 0.35  # not used again before the hint ran out


def test_gemini_keys_of_one_project_cool_together(srv: LLMServer, policy: Path, db_url: str) -> None:
    g1, g2, g3 = GEMINI_KEYS
    srv.inject("gemini", Fault.rate_limit(0.6), key=g1)
    keys = [{"key": g1, "project": "p"}, {"key": g2, "project": "p"}, {"key": g3}]
    assert library_run(srv, db_url, policy, "gemini", keys, workers=1).chunks_failed == 0
    sent = srv.requests_for("gemini")
    limited = next(r for r in sent if r.status == 429)
    too_soon = [r for r in sent if r.key in (g1, g2) and limited.time < r.time < limited.time + 0.55]
    assert not too_soon and any(r.key == g3 and r.time > limited.time for r in sent)


def test_rpm_pacing_avoids_429s(srv: LLMServer, policy: Path, db_url: str) -> None:
    for key in OPENAI_KEYS[:2]:
        srv.add_key("openai", key, rpm=3)
    keys = [{"key": k, "rpm": 3} for k in OPENAI_KEYS[:2]]
    result = library_run(srv, db_url, policy, "openai", keys)
    assert result.chunks_failed == 0
    assert [r for r in srv.requests_for("openai") if r.status == 429] == []


def test_invalid_key_is_disabled_for_good_and_listed_masked(srv: LLMServer, policy: Path, db_url: str) -> None:
    bad = "sk-test-unknown-key-000000000000dead"
    env = env_for(srv, "openai", [bad, OPENAI_KEYS[0]])
    result = cli("run", str(policy), "--db", db_url, "--provider", "openai", "--chunk-size", "200", "--workers", "1",
                 "--json", env=env)
    assert result.exit_code == 0, result.output
    assert len([r for r in srv.requests_for("openai") if r.key == bad]) == 1  # tried once, then never again
    listed = json.loads(cli("keys", "--db", db_url, "--json", env=env).stdout)
    states = {k["key"]: k["state"] for k in listed}
    assert states == {"sk-…dead": "disabled", "sk-…0001": "ready"}


def test_day_exhaustion_is_remembered_by_the_next_run(srv: LLMServer, policy: Path, db_url: str, tmp_path: Path) -> None:
    g1, g2, _ = GEMINI_KEYS
    srv.exhaust_day("gemini", g1)
    env = env_for(srv, "gemini", [g1, g2])
    assert cli("run", str(policy), "--db", db_url, "--provider", "gemini", "--chunk-size", "200", env=env).exit_code == 0
    srv.clear_requests()
    other = tmp_path / "other.txt"
    other.write_text(POLICY.replace("元", "美元"), encoding="utf-8")
    assert cli("run", str(other), "--db", db_url, "--provider", "gemini", "--chunk-size", "200", env=env).exit_code == 0
    assert {r.key for r in srv.requests_for("gemini")} == {g2}
    state = json.loads(cli("keys", "--db", db_url, "--json", env=env).stdout)
    assert [k["state"] for k in state if k["key"].endswith(g1[-4:])] == ["exhausted"]


def test_all_keys_cooling_waits_then_finishes(srv: LLMServer, policy: Path, db_url: str) -> None:
    srv.inject("openai", Fault.rate_limit(0.5, hint="retry-after"), key=OPENAI_KEYS[0])
    start = time.monotonic()
    result = library_run(srv, db_url, policy, "openai", [{"key": OPENAI_KEYS[0]}])
    assert result.chunks_failed == 0 and time.monotonic() - start >= 0.5


def test_all_keys_dead_exits_3_keeps_chunks_pending_then_resumes(srv: LLMServer, policy: Path, db_url: str) -> None:
    for key in GEMINI_KEYS[:2]:
        srv.exhaust_day("gemini", key)
    env = env_for(srv, "gemini", GEMINI_KEYS[:2])
    args = ["run", str(policy), "--db", db_url, "--provider", "gemini", "--chunk-size", "200"]
    dead = cli(*args, env=env)
    assert dead.exit_code == 3
    said = " ".join(dead.output.split())
    assert re.search(r"every gemini key is exhausted or disabled; retry at \d{4}-\d\d-\d\d \d\d:\d\d UTC", said)
    assert rows(db_url, "SELECT DISTINCT status FROM chunk_jobs") == [("pending",)]
    srv.reset_day()
    assert cli("keys", "--db", db_url, "--reset", env=env).exit_code == 0
    done = cli(*args, "--json", env=env)
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["chunks"]["failed"] == 0
    assert rows(db_url, "SELECT DISTINCT status FROM chunk_jobs") == [("done",)]


def test_truncated_reply_is_repaired_and_keeps_complete_pairs(srv: LLMServer, policy: Path, db_url: str) -> None:
    srv.inject("openai", Fault.truncated(), times=3)
    srv.inject("openai", Fault.fenced(), times=2)
    result = library_run(srv, db_url, policy, "openai", [{"key": OPENAI_KEYS[0]}])
    assert result.chunks_failed == 0
    for question, answer in rows(db_url, "SELECT question, answer FROM qa_pairs"):
        assert answer.endswith("。") and question.endswith(("？", "?"))  # no half pair slipped in


def test_unparseable_replies_fail_the_chunk_with_the_reason_then_retry(srv: LLMServer, policy: Path,
                                                                       db_url: str) -> None:
    srv.inject("openai", Fault.invalid_json(), times=3)
    first = library_run(srv, db_url, policy, "openai", [{"key": OPENAI_KEYS[0]}], workers=1)
    assert first.chunks_failed == 1
    assert rows(db_url, "SELECT last_error FROM chunk_jobs WHERE status = 'failed'")[0][0].startswith(
        "reply could not be parsed")
    again = library_run(srv, db_url, policy, "openai", [{"key": OPENAI_KEYS[0]}], workers=1)
    assert again.chunks_failed == 0 and again.resumed


def test_server_errors_and_drops_move_to_other_keys_and_lose_nothing(srv: LLMServer, policy: Path,
                                                                     db_url: str) -> None:
    srv.inject("zhipu", Fault.server_error(500), times=3)
    srv.inject("zhipu", Fault.drop(), times=2)
    result = library_run(srv, db_url, policy, "zhipu", [{"key": k} for k in ZHIPU_KEYS])
    assert result.chunks_failed == 0 and result.chunks_done == result.chunks_total


def test_local_openai_compatible_server_without_a_key(policy: Path, db_url: str) -> None:
    with LLMServer(require_key=False, responder=grounded_model) as local:
        result = cli("run", str(policy), "--db", db_url, "--provider", "openai", "--base-url",
                     local.openai_base_url, "--model", "qwen2.5-7b-instruct", "--json", env={})
        assert result.exit_code == 0, result.output
        assert {r.model for r in local.requests} == {"qwen2.5-7b-instruct"}
    assert json.loads(result.stdout)["pairs_added"] > 0


def test_no_key_material_anywhere(srv: LLMServer, policy: Path, db_url: str, tmp_path: Path) -> None:
    srv.inject("openai", Fault.rate_limit(0.2), key=OPENAI_KEYS[0])
    bad = "sk-test-unknown-key-000000000000beef"
    env = env_for(srv, "openai", [*OPENAI_KEYS, bad])
    outputs = [cli("run", str(policy), "--db", db_url, "--provider", "openai", "--chunk-size", "200", env=env)]
    outputs.append(cli("keys", "--db", db_url, env=env))
    outputs.append(cli("keys", "--db", db_url, "--json", env=env))
    outputs.append(cli("status", "--db", db_url, "--json", env=env))
    outputs.append(cli("report", "--db", db_url, "--format", "json", env=env))
    outputs.append(cli("review", "--db", db_url, "--auto-approve", "--min-score", "0", env=env))
    outputs.append(cli("export", "--db", db_url, "--out", str(tmp_path / "out" / "set.jsonl"), env=env))
    assert all(o.exit_code == 0 for o in outputs[1:]), [o.output for o in outputs]
    db_file = Path(db_url.removeprefix("sqlite:///"))
    blobs = [db_file.read_bytes()] + [p.read_bytes() for p in tmp_path.glob("*.db-wal")]
    blobs += [p.read_bytes() for p in (tmp_path / "out").iterdir()]
    assert len(blobs) >= 4  # the database and the export's files
    blobs += [o.output.encode() for o in outputs]
    for key in [*OPENAI_KEYS, bad]:
        for blob in blobs:
            assert key.encode() not in blob and key[8:].encode() not in blob
