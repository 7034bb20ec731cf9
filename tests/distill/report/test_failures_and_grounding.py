"""Failures grouped by reason, grounded-number figures by provider, and a verdict that needs enough
data: on real databases whose rows are written directly (the generator and scorer are elsewhere)."""

from __future__ import annotations

import json
import zlib

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db import open_database, session_scope
from db.models import Chunk, ChunkJob, Document, PairFlag, QAPair, RequestLog, Run, content_hash
from distill.report import failures
from distill.report.html import render_html
from distill.report.json_report import render_json
from distill.report.markdown import render_markdown
from distill.report.model import build_report
from distill.report.queries import failure_reasons
from distill.report.terminal import render_terminal

Factory = sessionmaker[Session]


@pytest.mark.parametrize("text,outcome,reason", [
    ("transient: timeout after 120s", "transient", failures.TIMEOUT),
    ("reply could not be parsed: no JSON object in the reply", None, failures.UNPARSEABLE),
    ("the provider refused the request: This model's maximum context length is 4096 tokens", None, failures.CONTEXT),
    ("bad_request: prompt is too long", "bad_request", failures.CONTEXT),
    ("rate_limited: 429 Too Many Requests", "rate_limited", failures.RATE_LIMITED),
    ("transient: connection error (ConnectError)", "transient", failures.CONNECTION),
    ("exhausted: insufficient_quota", "exhausted", failures.EXHAUSTED),
    ("disabled: API key not valid", "disabled", failures.DISABLED),
    ("transient: HTTP 503 Service Unavailable", "transient", failures.SERVER),
    ("bad_request: response_format json_schema is not supported", "bad_request", failures.REFUSED),
    ("reply could not be parsed: a JSON array where an object was expected", None, failures.UNPARSEABLE),
    ("bug: AttributeError in the reply parser (see distill.log)", "bug", failures.BUG),
    ("something nobody foresaw", None, failures.OTHER),
])
def test_each_error_text_gets_its_reason(text: str, outcome: str | None, reason: str) -> None:
    assert failures.classify(text, outcome) == reason


def _base(s: Session, chunks: int, provider: str = "openai", model: str = "smol") -> None:
    s.add(Document(id=1, sha256="a" * 64, path="/d/a.txt", name="a.txt", extractor="text", page_count=2,
                   char_count=100, text="甲" * 100))
    s.flush()
    s.add_all([Chunk(id=i, document_id=1, chunk_size=200, chunk_overlap=0, index=i - 1, char_start=0, char_end=10,
                     page_start=1, page_end=1, text="笔记本电脑单价不超过6000元。") for i in range(1, chunks + 1)])
    s.add(Run(id=1, signature="s", provider=provider, model=model, chunk_size=200, chunk_overlap=0, status="partial"))
    s.flush()


def _pair(s: Session, pid: int, chunk: int, provider: str = "openai", model: str = "smol", score: float = 90.0,
          total: int | None = None, grounded: int | None = None, kind: str = "number") -> None:
    q, a = f"问题{pid}：笔记本单价上限是多少？", f"笔记本电脑单价不超过{6000 + pid}元。"
    s.add(QAPair(id=pid, question=q, answer=a, type=kind, document_id=1, chunk_id=chunk, run_id=1, provider=provider,
                 model=model, content_hash=content_hash(q, a), score=score, numbers_total=total,
                 numbers_grounded=grounded))


@pytest.fixture
def failing(db_url: str) -> Factory:
    """4 chunks: 2 failed (a timeout, an unparseable reply), 2 done with one junk pair each."""
    factory = open_database(db_url)
    with session_scope(factory) as s:
        _base(s, 4)
        s.add_all([
            ChunkJob(run_id=1, chunk_id=1, status="failed", last_error="transient: timeout after 120s"),
            ChunkJob(run_id=1, chunk_id=2, status="failed",
                     last_error="reply could not be parsed: no JSON object in the reply"),
            ChunkJob(run_id=1, chunk_id=3, status="done"), ChunkJob(run_id=1, chunk_id=4, status="done"),
        ])
        s.add_all([
            RequestLog(run_id=1, chunk_id=1, provider="openai", model="smol", key_fingerprint="-", outcome="transient",
                       error="transient: timeout after 120s"),
            RequestLog(run_id=1, chunk_id=1, provider="openai", model="smol", key_fingerprint="-", outcome="transient",
                       error="transient: timeout after 120s"),
            RequestLog(run_id=1, chunk_id=2, provider="openai", model="smol", key_fingerprint="-", outcome="ok",
                       reply=zlib.compress("Question: what is the limit? Answer: The sky is blue.".encode())),
            RequestLog(run_id=1, chunk_id=3, provider="openai", model="smol", key_fingerprint="-",
                       outcome="rate_limited", error="rate_limited: 429 Too Many Requests"),
        ])
        _pair(s, 1, 3, score=60.0)
        _pair(s, 2, 4, score=95.0)
    return factory


def test_failures_are_grouped_by_reason_with_an_example(failing: Factory) -> None:
    with session_scope(failing) as s:
        rows = {r["reason"]: r for r in failure_reasons(s)}
        assert failure_reasons(s, run_id=2) == []  # another run's failures are its own
    assert set(rows) == {failures.TIMEOUT, failures.UNPARSEABLE, failures.RATE_LIMITED}
    assert (rows["timeout"]["chunks"], rows["timeout"]["requests"]) == (1, 2)
    assert rows["timeout"]["example"] == "transient: timeout after 120s"
    unparseable = rows["unparseable"]
    assert unparseable["chunks"] == 1 and "no JSON object" in unparseable["example"]
    assert unparseable["reply_example"] == "Question: what is the limit? Answer: The sky is blue."
    assert (rows["rate_limited"]["chunks"], rows["rate_limited"]["requests"]) == (0, 1)


def test_a_chunk_failed_once_and_done_by_a_later_run_is_not_failed(failing: Factory) -> None:
    with session_scope(failing) as s:
        s.add(Run(id=2, signature="s2", provider="gemini", model="g", chunk_size=200, chunk_overlap=0, status="done"))
        s.flush()
        s.add(ChunkJob(run_id=2, chunk_id=1, status="done"))  # the timed-out chunk, done by run 2
    with session_scope(failing) as s:
        rows = {r["reason"]: r for r in failure_reasons(s)}
        assert (rows["timeout"]["chunks"], rows["timeout"]["requests"]) == (0, 2)  # the requests did fail
        assert [r["chunks"] for r in failure_reasons(s, run_id=1) if r["reason"] == "timeout"] == [1]
    assert build_report(failing).totals.failed_chunks == 1


def test_two_junk_pairs_from_four_chunks_are_not_fit_to_train(failing: Factory) -> None:
    r = build_report(failing)
    checks = {c.name: c.passed for c in r.verdict.checks}
    assert r.verdict.fit is False
    assert checks["enough_pairs"] is False and checks["failed_chunks"] is False
    assert "enough_pairs 2 pairs from 4 chunks (0.50 per chunk)" in r.verdict.summary
    assert "failed_chunks 50.0% (2 of 4)" in r.verdict.summary
    assert [f.reason for f in r.failures] == ["timeout", "unparseable", "rate_limited"]


def test_every_format_shows_the_failures(failing: Factory) -> None:
    r = build_report(failing)
    for text in (render_terminal(r, width=200), render_markdown(r), render_html(r)):
        assert "Failures by reason" in text and "timeouts" in text and "unparseable replies" in text
        assert "The sky is blue." in text
    data = json.loads(render_json(r))
    assert data["failures"][0] == {"reason": "timeout", "label": "timeouts", "chunks": 1, "requests": 2,
                                   "example": "transient: timeout after 120s", "reply_example": None}


@pytest.fixture
def grounded(db_url: str) -> Factory:
    """Two providers on one chunk each; the weaker one's numbers are misattributed."""
    factory = open_database(db_url)
    with session_scope(factory) as s:
        _base(s, 2, provider="gemini,openai", model="gemini-2.5-flash,smol")
        s.add_all([ChunkJob(run_id=1, chunk_id=1, status="done", provider="gemini"),
                   ChunkJob(run_id=1, chunk_id=2, status="done", provider="openai")])
        for pid in range(1, 5):
            _pair(s, pid, 1, provider="gemini", model="gemini-2.5-flash", total=2, grounded=2)
        _pair(s, 5, 2, score=40.0, total=3, grounded=0)
        _pair(s, 6, 2, score=70.0, total=2, grounded=1)
        _pair(s, 7, 2, score=80.0, kind="general")  # no number checked
        s.flush()
        s.add_all([
            PairFlag(pair_id=5, flag="misattributed_number", points=30, detail="the source gives 5000元 for 台式机"),
            PairFlag(pair_id=5, flag="unit_changed", points=30, detail="the source gives 6年, not 6个月"),
            PairFlag(pair_id=6, flag="comparator_changed", points=30, detail="the source says 超过, not 以下"),
            PairFlag(pair_id=7, flag="off_topic", points=20, detail="the answer does not address 显示器"),
            PairFlag(pair_id=7, flag="prompt_echo", points=20, detail="echoes the instructions"),
        ])
    return factory


def test_grounded_share_and_new_flags_by_provider(grounded: Factory) -> None:
    r = build_report(grounded)
    assert (r.totals.numbers_grounded, r.totals.numbers_total) == (9, 13)
    assert r.totals.grounded_share == pytest.approx(9 / 13)
    rows = {p.provider: p for p in r.providers}
    assert rows["gemini"].grounded_share == 1.0 and rows["gemini"].grounding_flags["misattributed_number"] == 0
    weak = rows["openai"]
    assert (weak.numbers_grounded, weak.numbers_total) == (1, 5)
    assert {k: v for k, v in weak.grounding_flags.items() if v} == {
        "misattributed_number": 1, "unit_changed": 1, "comparator_changed": 1, "off_topic": 1, "prompt_echo": 1}
    assert [w.pair_id for w in r.worst_grounding] == [5, 6]  # most ungrounded numbers first


def test_every_format_shows_grounding(grounded: Factory) -> None:
    r = build_report(grounded)
    for text in (render_terminal(r, width=120), render_markdown(r), render_html(r)):
        assert "grounded numbers" in text and "69.2%" in text  # 9 of 13
        assert "openai / smol" in text and "gemini / gemini-2.5-flash" in text  # one column each, readable
        assert "Grounding by provider and model" in text and "misattributed_number" in text
        assert "range_changed" in text and "wrong_language" in text  # checked, even at 0
        assert "Worst grounded pairs" in text and "the source gives 5000元 for 台式机" in text
    data = json.loads(render_json(r))
    assert data["totals"]["grounded_share"] == pytest.approx(9 / 13)
    assert data["worst_grounding"][0]["pair_id"] == 5


def test_enough_clean_pairs_are_fit_to_train_and_the_verdict_says_why(db_url: str) -> None:
    factory = open_database(db_url)
    with session_scope(factory) as s:
        _base(s, 20)
        s.add_all([ChunkJob(run_id=1, chunk_id=c, status="done") for c in range(1, 21)])
        for pid in range(1, 61):
            _pair(s, pid, (pid - 1) % 20 + 1, score=92.0, total=1, grounded=1,
                  kind="number" if pid % 2 else "general")
    v = build_report(factory).verdict
    assert v.fit is True and all(c.passed for c in v.checks)
    assert v.summary == ("Fit to train: all 6 checks hold (enough_pairs, failed_chunks, flagged_pairs, "
                         "number_questions, hallucinated_numbers, above_threshold).")
