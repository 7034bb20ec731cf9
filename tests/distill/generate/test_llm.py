"""The LLM generator against a local OpenAI-compatible server (the loopback server, through the
real openai SDK): the output ladder, correction turns, reply budgets, streaming, slots, stopping,
passes kept, outages, bugs, raw replies and `distill reparse`.

Each test plays one way a real local server (llama.cpp, vLLM, `transformers serve` with a small
model) behaves badly, as seen in issue 13.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from db import open_database
from distill.cli import app
from distill.config import load_settings
from distill.generate.base import Job
from distill.generate.llm import estimate_tokens
from distill.generate.prompts import LANGUAGES, PROMPT_FILES, PROMPT_VERSION, prompt, prompt_version
from distill.generate.offline import generate_offline
from distill.generate.replies import ReplyError, parse_reply
from distill.generate.select import LLMOptions, make_generator
from distill.runner import RunOptions, run
from tests.servers.faults import Fault
from tests.servers.llm_server import LLMServer
from tests.servers.responder import Prompt

POLICY = "\n\n".join(
    f"第{i}条　单笔报销金额超过{i * 500}元的，须经部门负责人审批。员工出差住宿费每晚不超过{300 + i}元，超出部分由个人承担。"
    for i in range(1, 7)
)
runner = CliRunner()


def chunk_of(prompt_: Prompt) -> str:
    return prompt_.user.split("<<<", 1)[1].split(">>>", 1)[0].strip()


def evidence_model(provider: str, model: str, prompt_: Prompt) -> str:
    """A model that follows the prompt: grounded pairs of the asked pass, each with its evidence."""
    wanted = "number" if "数字信息" in prompt_.user else "general"
    chunk = chunk_of(prompt_)
    pairs = [{"question": p.question, "answer": p.answer, "evidence": p.answer, "type": p.type}
             for p in generate_offline(chunk) if p.type == wanted]
    if wanted == "general":  # the rule each article states, asked without its numbers
        for article in re.findall(r"第\d+条", chunk):
            answer = f"按{article}，员工出差住宿费超出标准的部分由个人承担。"
            pairs.append({"question": f"按{article}，员工出差住宿费超出标准的部分由谁承担？", "answer": answer,
                          "evidence": "超出部分由个人承担。", "type": "general"})
    return json.dumps({"qa_pairs": pairs}, ensure_ascii=False)


@pytest.fixture
def local():  # type: ignore[no-untyped-def]
    with LLMServer(require_key=False, responder=evidence_model) as server:
        yield server


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.txt"
    path.write_text(POLICY, encoding="utf-8")
    return path


def rows(db_url: str, sql: str) -> list:  # type: ignore[type-arg]
    engine = create_engine(db_url)
    with engine.connect() as conn:
        result = conn.execute(text(sql)).all()
    engine.dispose()
    return result


def cli(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env or {}, catch_exceptions=False)


def run_local(srv: LLMServer, db_url: str, policy: Path, *extra: str):  # type: ignore[no-untyped-def]
    return cli("run", str(policy), "--db", db_url, "--provider", "openai", "--base-url", srv.openai_base_url,
               "--model", "local-model", "--chunk-size", "200", "--chunk-overlap", "0", "--json", *extra)


def generator(srv: LLMServer, db_url: str, **opts):  # type: ignore[no-untyped-def]
    settings = load_settings(env={})
    factory = open_database(db_url)
    llm = LLMOptions(base_url=srv.openai_base_url, model="local-model", window=1.0, max_wait=5, **opts)
    return factory, make_generator("openai", settings, factory, llm)


# -- 1. the ladder -------------------------------------------------------------------------------
def test_the_schema_is_asked_for_and_evidence_is_kept(local: LLMServer, policy: Path, db_url: str) -> None:
    result = run_local(local, db_url, policy)
    assert result.exit_code == 0, result.output
    sent = local.requests
    assert {r.json_mode for r in sent} == {"json_schema"} and all(r.stream for r in sent)
    item = sent[0].schema["properties"]["qa_pairs"]["items"]
    assert "evidence" in item["required"]
    assert "evidence" in sent[0].system  # the prompt asks for the verbatim quote too
    quotes = rows(db_url, "SELECT type, answer, evidence_quote FROM qa_pairs")
    assert {t for t, _, _ in quotes} == {"number", "general"}
    assert all(quote == (answer if kind == "number" else "超出部分由个人承担。") for kind, answer, quote in quotes)


def test_a_refused_rung_moves_down_once_and_is_remembered(local: LLMServer, policy: Path, db_url: str,
                                                          tmp_path: Path) -> None:
    local.reject_formats = {"json_schema"}
    assert run_local(local, db_url, policy).exit_code == 0
    formats = [r.json_mode for r in local.requests]
    assert formats[0] == "json_schema" and formats.count("json_schema") == 1  # one 400, then never again
    assert set(formats[1:]) == {"json_object"}
    assert rows(db_url, "SELECT base_url, model, rung FROM server_capabilities") == [
        (local.openai_base_url, "local-model", "json_object")]
    local.clear_requests()
    other = tmp_path / "other.txt"
    other.write_text(POLICY.replace("元", "美元"), encoding="utf-8")
    assert run_local(local, db_url, other).exit_code == 0
    assert {r.json_mode for r in local.requests} == {"json_object"}  # the next run starts where it was


def test_a_server_refusing_every_format_gets_plain_instructions(local: LLMServer, policy: Path,
                                                                db_url: str) -> None:
    local.reject_formats = {"json_schema", "json_object"}
    local.fault_fn = lambda r: Fault.prose()  # and, like transformers serve, answers in prose
    result = run_local(local, db_url, policy)
    assert result.exit_code == 0, result.output
    assert local.requests[-1].json_mode is None
    assert json.loads(result.stdout)["pairs_added"] > 0


@pytest.mark.parametrize("fault", [Fault.wrong_shape(), Fault.prose()], ids=["wrong-shape", "prose"])
def test_wrong_shapes_and_prose_replies_still_give_pairs(local: LLMServer, policy: Path, db_url: str,
                                                         fault: Fault) -> None:
    local.fault_fn = lambda r: fault
    result = run_local(local, db_url, policy)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["chunks"]["failed"] == 0
    assert rows(db_url, "SELECT count(*) FROM qa_pairs")[0][0] > 0
    assert {o for (o,) in rows(db_url, "SELECT DISTINCT outcome FROM requests")} == {"ok"}


# -- 2. a retry that can succeed --------------------------------------------------------------------
def test_an_unparseable_reply_is_answered_with_a_correction_turn(local: LLMServer, policy: Path,
                                                                 db_url: str) -> None:
    # A server with a prompt cache: the identical request always gets the identical bad reply.
    def cached(provider: str, model: str, prompt_: Prompt) -> str:
        if not any(m["role"] == "assistant" for m in prompt_.messages):
            return "I have read the text. It is about travel expenses."
        return evidence_model(provider, model, prompt_)

    local.responder = cached
    result = run_local(local, db_url, policy)
    assert result.exit_code == 0, result.output
    corrected = [r for r in local.requests if len(r.prompt.messages) == 4]
    assert corrected
    roles = [m["role"] for m in corrected[0].prompt.messages]
    assert roles == ["system", "user", "assistant", "user"]
    assert corrected[0].prompt.messages[2]["content"] == "I have read the text. It is about travel expenses."
    assert "无法使用" in corrected[0].prompt.messages[3]["content"]


def test_unusable_replies_are_failed_requests_with_their_reason_and_kept(local: LLMServer, policy: Path,
                                                                         db_url: str) -> None:
    local.inject("openai", Fault.invalid_json())
    assert run_local(local, db_url, policy).exit_code == 0
    bad = rows(db_url, "SELECT outcome, error, reply, finish_reason FROM requests WHERE outcome != 'ok'")
    assert len(bad) == 1
    outcome, error, reply, finish = bad[0]
    assert outcome == "unparseable" and error.startswith("unparseable: no JSON")
    assert "unable to format" in zlib.decompress(reply).decode() and finish == "stop"
    good = rows(db_url, "SELECT reply FROM requests WHERE outcome = 'ok'")
    assert all(json.loads(zlib.decompress(r).decode())["qa_pairs"] is not None for (r,) in good)
    status = json.loads(cli("status", "--db", db_url, "--json").stdout)
    assert status["by_provider"][0]["failed_requests"] == 1


# -- 3. time and length that fit the server -----------------------------------------------------------
def test_max_tokens_is_sized_from_the_chunk_within_the_servers_context(local: LLMServer, policy: Path,
                                                                       db_url: str, tmp_path: Path) -> None:
    assert run_local(local, db_url, policy).exit_code == 0
    sized = [r.max_tokens for r in local.requests]
    assert all(256 < m <= 4096 for m in sized)
    local.props = {"total_slots": 1, "default_generation_settings": {"n_ctx": 3000}}  # a small context
    local.clear_requests()
    other = tmp_path / "other.txt"
    other.write_text(POLICY.replace("元", "美元"), encoding="utf-8")
    assert run_local(local, db_url + "2", other).exit_code == 0
    clamped = [r.max_tokens for r in local.requests]
    assert max(clamped) < min(sized)
    assert all(r.max_tokens + estimate_tokens(r.prompt.text + json.dumps(r.schema)) <= 3000 for r in local.requests)
    assert rows(db_url + "2", "SELECT context_len, slots FROM server_capabilities") == [(3000, 1)]


def test_vllm_reports_its_context_in_models(local: LLMServer, policy: Path, db_url: str) -> None:
    local.models = [{"id": "local-model", "object": "model", "max_model_len": 3200}]
    assert run_local(local, db_url, policy).exit_code == 0
    assert rows(db_url, "SELECT context_len FROM server_capabilities") == [(3200,)]
    assert all(r.max_tokens < 3200 - 2000 for r in local.requests)


def test_a_prompt_longer_than_the_context_fails_the_chunk_saying_so(local: LLMServer, policy: Path,
                                                                    db_url: str) -> None:
    local.props = {"default_generation_settings": {"n_ctx": 600}}
    result = run_local(local, db_url, policy)
    assert result.exit_code == 3 and local.requests == []
    assert "context too long" in rows(db_url, "SELECT last_error FROM chunk_jobs")[0][0]


def test_max_tokens_and_timeout_flags_and_toml(local: LLMServer, policy: Path, db_url: str,
                                               tmp_path: Path) -> None:
    assert run_local(local, db_url, policy, "--max-tokens", "700", "--timeout", "30").exit_code == 0
    assert {r.max_tokens for r in local.requests} == {700}
    (tmp_path / "distill.toml").write_text("[providers.openai]\nmax_tokens = 900\ntimeout = 20\n")
    settings = load_settings(cwd=tmp_path, env={})
    assert (settings.providers["openai"].max_tokens, settings.providers["openai"].timeout) == (900, 20)
    opts = LLMOptions(base_url=local.openai_base_url)
    from_toml = make_generator("openai", settings, None, opts).generator
    assert (from_toml.max_tokens, from_toml.timeout) == (900, 20)
    flags = make_generator("openai", settings, None, LLMOptions(base_url=local.openai_base_url, timeout=5,
                                                                 max_tokens=300)).generator
    assert (flags.max_tokens, flags.timeout) == (300, 5)  # a flag beats the table


def test_a_slow_stream_finishes_and_a_dead_one_is_retried(local: LLMServer, policy: Path, db_url: str) -> None:
    local.inject("openai", Fault.slow_stream(0.4, pieces=8))  # 3.2 s in all, never 2 s silent
    local.inject("openai", Fault.dead_stream(pieces=1))
    result = run_local(local, db_url, policy, "--timeout", "2", "--workers", "1")
    assert result.exit_code == 0, result.output
    outcomes = [o for (o,) in rows(db_url, "SELECT outcome FROM requests ORDER BY id")]
    assert outcomes[0] == "ok" and outcomes[1] == "transient" and set(outcomes[2:]) == {"ok"}
    assert "timeout after 2s" in rows(db_url, "SELECT error FROM requests WHERE outcome = 'transient'")[0][0]


def test_workers_default_to_the_local_servers_slots(policy: Path, db_url: str) -> None:
    with LLMServer(require_key=False, responder=evidence_model, slots=1, latency=0.05) as one_slot:
        one_slot.props = {"total_slots": 1, "default_generation_settings": {"n_ctx": 8192}}
        factory, choice = generator(one_slot, db_url)
        assert choice.workers == 1
        one_slot.props["total_slots"] = 3
        assert generator(one_slot, db_url)[1].workers == 3
        one_slot.props = None  # a server that does not say: one at a time
        assert generator(one_slot, db_url + "2")[1].workers == 1
        one_slot.props = {"total_slots": 1}
        result = run_local(one_slot, db_url + "3", policy)
        assert result.exit_code == 0 and one_slot.max_concurrent == 1
        more = cli("run", str(policy), "--db", db_url + "4", "--provider", "openai", "--base-url",
                   one_slot.openai_base_url, "--chunk-size", "200", "--workers", "3")
        assert more.exit_code == 0 and "answers 1 request(s) at a time" in " ".join(more.output.split())


# -- 4. stopping stops ------------------------------------------------------------------------------
def test_the_stop_event_is_checked_before_every_attempt(local: LLMServer, db_url: str) -> None:
    _, choice = generator(local, db_url)
    stop = threading.Event()
    stop.set()
    with pytest.raises(InterruptedError):
        choice.generator.generate(Job(text=POLICY, stop=stop), None)
    assert local.requests == []

    stop.clear()
    saved: dict[str, int] = {}

    def ctrl_c_meanwhile(provider: str, model: str, prompt_: Prompt) -> str:
        stop.set()  # Ctrl-C came while the reply was on its way...
        return "Sorry, I cannot do that."  # ...and it was unusable: it would be asked again

    local.responder = ctrl_c_meanwhile
    job = Job(text=POLICY, stop=stop, save_pass=lambda stage, pairs: saved.update({stage: len(pairs)}))
    with pytest.raises(InterruptedError):
        choice.generator.generate(job, None)
    assert len(local.requests) == 1 and saved == {}


def test_a_second_ctrl_c_quits_at_once_with_requests_in_flight(policy: Path, tmp_path: Path) -> None:
    with LLMServer(require_key=False, responder=evidence_model) as stuck:
        stuck.fault_fn = lambda r: Fault.dead_stream(pieces=1)  # every reply stalls for 30 s
        db = tmp_path / "ctrl-c.db"
        env = {**os.environ, "PYTHONPATH": os.getcwd() + os.pathsep + str(Path(__file__).parents[3])}
        proc = subprocess.Popen(
            [sys.executable, "-c", "from distill.cli import main; main()", "run", str(policy), "--db", str(db),
             "--provider", "openai", "--base-url", stuck.openai_base_url, "--chunk-size", "200", "--workers", "3",
             "--timeout", "120"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while stuck.in_flight < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert stuck.in_flight == 3
        proc.send_signal(signal.SIGINT)
        time.sleep(0.5)
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=25)  # well before the 30 s stall or the 120 s timeout
        assert proc.returncode == 130 and time.monotonic() - started < 20
        assert "run the same command again to resume" in stderr
    url = f"sqlite:///{db}"
    assert rows(url, "SELECT DISTINCT status FROM chunk_jobs") == [("pending",)]
    assert rows(url, "SELECT status FROM runs") == [("interrupted",)]


# -- 5. keep what was good -------------------------------------------------------------------------
def test_number_pairs_stay_when_the_general_pass_fails_and_resume_asks_only_the_rest(
        local: LLMServer, policy: Path, db_url: str) -> None:
    general_broken = threading.Event()
    general_broken.set()
    local.fault_fn = lambda r: (Fault.invalid_json() if general_broken.is_set() and "数字信息" not in r.user_text
                                else None)
    first = run_local(local, db_url, policy, "--chunk-size", "2000")
    assert first.exit_code == 3
    assert json.loads(first.stdout)["pairs_added"] > 0  # the number pass's pairs are kept
    assert rows(db_url, "SELECT status, passes_done FROM chunk_jobs") == [("failed", "number")]
    assert {t for (t,) in rows(db_url, "SELECT DISTINCT type FROM qa_pairs")} == {"number"}
    general_broken.clear()
    local.clear_requests()
    again = run_local(local, db_url, policy, "--chunk-size", "2000")
    assert again.exit_code == 0, again.output
    assert local.requests and all("数字信息" not in r.user_text for r in local.requests)  # general pass only
    assert rows(db_url, "SELECT status, passes_done FROM chunk_jobs") == [("done", "number,general")]


# -- 6. errors ----------------------------------------------------------------------------------------
def test_a_network_outage_is_not_an_exhausted_quota(policy: Path, db_url: str) -> None:
    with LLMServer(require_key=False) as gone:
        url = gone.openai_base_url
    started = time.time()
    result = cli("run", str(policy), "--db", db_url, "--provider", "openai", "--base-url", url,
                 "--chunk-size", "200", env={"OPENAI_API_KEYS": "sk-test-aaaaaaaaaaaaaaaaaaaaaaaa0001,"
                                                                "sk-test-bbbbbbbbbbbbbbbbbbbbbbbb0002"})
    said = " ".join(result.output.split())
    assert result.exit_code == 3, said
    assert f"cannot reach openai at {url} since" in said and "exhausted" not in said
    stamp = said.split(" since ", 1)[1][:8]
    assert time.strftime("%H:%M", time.gmtime(started))[:2] == stamp[:2]
    assert rows(db_url, "SELECT DISTINCT status FROM chunk_jobs") == [("pending",)]


def test_a_bug_fails_the_chunk_with_its_traceback_in_the_log(local: LLMServer, policy: Path, db_url: str,
                                                             tmp_path: Path) -> None:
    factory, choice = generator(local, db_url)
    gen = choice.generator

    def buggy_parse(text_: str, truncated: bool = False):  # type: ignore[no-untyped-def]
        return parse_reply(text_, truncated).pairs.evidence  # AttributeError: a list has no evidence

    gen.parse = buggy_parse
    from distill.logs import configure

    log = configure(tmp_path / "bugs.log")
    result = run(factory, [policy], gen, RunOptions(chunk_size=200, chunk_overlap=0))
    assert result.chunks_failed == result.chunks_total > 0
    assert len(local.requests) == result.chunks_total  # one request per chunk: a bug is not retried
    errors = [e for (e,) in rows(db_url, "SELECT last_error FROM chunk_jobs")]
    assert all(e.startswith("internal error: AttributeError") and str(log) in e for e in errors)
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "buggy_parse" in logged
    assert [k.state for k in gen.pool.keys] == ["ready"]  # the key did nothing wrong
    configure(tmp_path / "distill.log")


def test_an_internal_error_in_main_logs_its_traceback(tmp_path: Path) -> None:
    log = tmp_path / "main.log"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[3]), "DISTILL_LOG": str(log)}
    # A database URL SQLAlchemy cannot parse is not one of our errors: the last line of defence.
    proc = subprocess.run([sys.executable, "-c", "from distill.cli import main; main()", "status", "--db",
                           "nosuchdialect://x"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"traceback in {log}" in " ".join(proc.stderr.split())
    assert "Traceback" in log.read_text(encoding="utf-8")


# -- 7. keep every raw reply: reparse -------------------------------------------------------------
def test_reparse_recovers_what_an_older_parser_could_not_read(local: LLMServer, policy: Path, db_url: str) -> None:
    def json_only(text_: str, truncated: bool = False):  # type: ignore[no-untyped-def]
        if not text_.lstrip().startswith("{"):
            raise ReplyError("no JSON with QA pairs in the reply")  # yesterday's parser: no prose
        return parse_reply(text_, truncated)

    local.fault_fn = lambda r: None if "数字信息" in r.user_text else Fault.prose()  # the general pass in prose
    factory, choice = generator(local, db_url)
    choice.generator.parse = json_only
    first = run(factory, [policy], choice.generator, RunOptions(chunk_size=200, chunk_overlap=0))
    assert first.chunks_failed == first.chunks_total and first.pairs_added > 0  # number pairs only
    before = rows(db_url, "SELECT count(*) FROM qa_pairs")[0][0]
    sent = len(local.requests)

    result = cli("reparse", "--db", db_url, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["jobs"] == data["jobs_recovered"] == first.chunks_total and data["pairs_added"] > 0
    assert rows(db_url, "SELECT count(*) FROM qa_pairs")[0][0] == before + data["pairs_added"]
    assert {t for (t,) in rows(db_url, "SELECT DISTINCT type FROM qa_pairs")} == {"number", "general"}
    assert len(local.requests) == sent  # not one request
    assert rows(db_url, "SELECT DISTINCT status FROM chunk_jobs") == [("done",)]
    assert rows(db_url, "SELECT count(*) FROM qa_pairs WHERE score IS NULL") == [(0,)]  # scored as a run would
    again = json.loads(cli("reparse", "--db", db_url, "--all", "--json").stdout)
    assert again["pairs_added"] == 0 and again["duplicates"] == rows(db_url, "SELECT count(*) FROM qa_pairs")[0][0]


def test_reparse_of_a_run_that_does_not_exist(db_url: str, local: LLMServer, policy: Path) -> None:
    assert run_local(local, db_url, policy).exit_code == 0
    result = cli("reparse", "--db", db_url, "--run", "9")
    assert result.exit_code == 2 and "no run 9" in result.output


# -- 8. versions that cannot lie ------------------------------------------------------------------
def test_prompt_version_is_the_hash_of_the_prompt_files() -> None:
    # Golden: editing any prompt file changes this; update it together with the prompt.
    assert PROMPT_VERSION == "prompts-03dd7df6b217"
    for language in LANGUAGES:
        for name in PROMPT_FILES:
            edited = prompt_version(read=lambda n, p, lang, name=name, language=language:
                                    prompt(n, p, lang) + (" " if (n, lang) == (name, language) else ""))
            assert edited != PROMPT_VERSION, (language, name)


def test_the_prompt_version_is_part_of_the_run_signature(local: LLMServer, db_url: str) -> None:
    from distill.runner import new_run

    _, choice = generator(local, db_url)
    gen = choice.generator
    before = new_run(gen, RunOptions()).signature
    gen.version = prompt_version(read=lambda n, p, lang: prompt(n, p, lang) + "!")
    assert new_run(gen, RunOptions()).signature != before
