"""The report model against figures counted by hand from the rows in conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import open_database, session_scope
from db.models import ChunkJob, QAPair, Run, content_hash
from distill.generate.select import OfflineGenerator
from distill.report.markdown import render_markdown
from distill.report.model import NOT_SCORED, build_report
from distill.runner import RunOptions, run


def test_totals_types_reviews_and_number_ratio(seeded_db: str) -> None:
    r = build_report(open_database(seeded_db))
    t = r.totals
    assert (t.documents, t.chunks, t.runs, t.pairs, t.scored, t.unscored) == (2, 3, 2, 10, 8, 2)
    assert t.mean_score == pytest.approx(524 / 8)
    assert (t.flagged, t.duplicates, t.edited) == (5, 1, 1)
    assert (t.requests, t.tokens, t.rate_limited, t.request_errors, t.keys_used) == (6, 480, 2, 3, 3)
    assert t.chunk_jobs == {"done": 3, "failed": 1, "pending": 0, "running": 1}
    assert r.by_type == {"general": 5, "number": 5}
    assert r.by_review == {"pending": 7, "approved": 2, "rejected": 1}
    n = r.number_questions
    assert (n.number_pairs, n.pairs, n.ratio, n.goal, n.passed) == (5, 10, 0.5, 0.30, True)


def test_histogram_threshold_and_duplicates(seeded_db: str) -> None:
    r = build_report(open_database(seeded_db))
    assert [b.count for b in r.histogram.bins] == [0, 1, 0, 0, 1, 1, 1, 1, 1, 2]
    assert [(b.low, b.high) for b in r.histogram.bins][::9] == [(0, 10), (90, 100)]
    assert (r.histogram.scored, r.histogram.unscored) == (8, 2)
    a = r.above_threshold
    assert (a.threshold, a.at_or_above, a.scored, a.share) == (70.0, 4, 8, 0.5)
    strict = build_report(open_database(seeded_db), threshold=90).above_threshold
    assert (strict.at_or_above, strict.share) == (2, 0.25)


def test_flags_count_and_three_worst_examples(seeded_db: str) -> None:
    flags = {f.flag: f for f in build_report(open_database(seeded_db)).flags}
    assert {k: f.count for k, f in flags.items()} == {"hallucinated_number": 4, "vague": 2, "refusal": 1}
    worst = flags["hallucinated_number"].examples
    assert [(e.pair_id, e.score) for e in worst] == [(9, 12.0), (5, 40.0), (4, 55.0)]  # pair 2 (85) left out
    assert worst[0].detail == "99元 not in the source" and worst[0].question.startswith("A|B")
    assert flags["hallucinated_number"].share == 0.5
    assert [e.pair_id for e in flags["vague"].examples] == [4, 7]


def test_documents_runs_and_providers(seeded_db: str) -> None:
    r = build_report(open_database(seeded_db))
    a, b = r.documents
    assert (a.name, a.pages, a.chunks, a.pairs, a.number_pairs, a.number_ratio) == ("a.pdf", 3, 2, 5, 3, 0.6)
    assert a.mean_score == pytest.approx(69.4) and b.mean_score == pytest.approx(59.0)
    assert (b.chunks, b.pairs, b.number_ratio) == (1, 5, 0.4)
    one, two = r.runs
    assert (one.provider, one.temperature, one.chunks_done, one.chunks_failed, one.chunks_pending) == (
        "gemini", 0.7, 2, 1, 0)
    assert (one.pairs, one.requests, one.tokens, one.rate_limited, one.errors, one.keys_used) == (5, 4, 450, 1, 2, 2)
    assert (two.status, two.chunks_done, two.chunks_pending, two.requests, two.keys_used) == ("partial", 1, 1, 2, 1)
    gemini, zhipu = r.providers
    assert (gemini.provider, gemini.model, gemini.pairs, gemini.scored) == ("gemini", "gemini-2.0-flash", 5, 5)
    assert (gemini.flagged_share, gemini.above_threshold_share, gemini.failed_chunks) == (0.6, 0.6, 1)
    assert (gemini.requests, gemini.request_errors, gemini.rate_limited, gemini.mean_latency_ms) == (4, 2, 1, 850.0)
    assert zhipu.mean_score == pytest.approx(59.0) and zhipu.flagged_share == pytest.approx(2 / 3)
    assert (zhipu.failed_chunks, zhipu.requests, zhipu.mean_latency_ms) == (0, 2, 275.0)


def test_fallback_chain_is_split_by_the_provider_that_did_the_work(seeded_db: str) -> None:
    factory = open_database(seeded_db)
    with session_scope(factory) as s:
        s.add(Run(id=3, signature="s3", provider="gemini,zhipu", model="gemini-2.0-flash,glm-4-flash",
                  chunk_size=800, chunk_overlap=100, status="done", notes="t1 switched from gemini to zhipu: out of keys"))
        s.flush()
        s.add_all([ChunkJob(run_id=3, chunk_id=c, status=st, provider=p)
                   for c, st, p in ((1, "done", "gemini"), (2, "failed", "zhipu"), (3, "done", "zhipu"))])
        for i, (provider, model) in enumerate([("gemini", "gemini-2.0-flash")] * 2 + [("zhipu", "glm-4-flash")]):
            q, a = f"链{i}的问题？", f"链{i}的答案。"
            s.add(QAPair(question=q, answer=a, document_id=1, chunk_id=1, run_id=3, provider=provider, model=model,
                         content_hash=content_hash(q, a)))
    r = build_report(factory)
    rows = {(p.provider, p.model): p for p in r.providers}
    assert set(rows) == {("gemini", "gemini-2.0-flash"), ("zhipu", "glm-4-flash")}  # no "gemini,zhipu" row
    gemini, zhipu = rows[("gemini", "gemini-2.0-flash")], rows[("zhipu", "glm-4-flash")]
    assert (gemini.pairs, gemini.done_chunks, gemini.failed_chunks) == (7, 3, 1)
    assert (zhipu.pairs, zhipu.done_chunks, zhipu.failed_chunks) == (6, 2, 1)
    chain = r.runs[2]
    assert (chain.provider, chain.chunks_done, chain.chunks_failed, chain.pairs) == ("gemini,zhipu", 2, 1, 3)
    assert chain.notes == ["t1 switched from gemini to zhipu: out of keys"]
    assert "| 3 | t1 switched from gemini to zhipu: out of keys |" in render_markdown(r)


def test_verdict_names_each_failed_check(seeded_db: str) -> None:
    v = build_report(open_database(seeded_db)).verdict
    assert {c.name: c.passed for c in v.checks} == {
        "enough_pairs": False, "failed_chunks": True, "flagged_pairs": False, "number_questions": True,
        "hallucinated_numbers": False, "above_threshold": False}
    assert v.fit is False
    assert v.summary.startswith("Not fit to train") and "hallucinated_numbers 50.00% (4 of 8)" in v.summary
    assert "enough_pairs 10 pairs from 3 chunks (3.33 per chunk)" in v.summary
    assert "flagged_pairs 62.5% (5 of 8)" in v.summary and "holds: failed_chunks, number_questions" in v.summary
    assert all(c.rule for c in v.checks)


def test_empty_database_reports_nothing_yet(db_url: str) -> None:
    r = build_report(open_database(db_url))
    assert r.empty and r.totals.pairs == 0 and r.documents == [] and r.flags == []
    assert r.verdict.fit is None and "distill run" in r.verdict.summary
    assert r.number_questions.ratio is None and r.above_threshold.share is None


def test_real_offline_run_without_scores(tmp_path: Path, db_url: str) -> None:
    policy = tmp_path / "policy.txt"
    text = "".join(f"第{i}条 单笔报销金额超过{i * 500}元的，须经部门负责人审批。\n\n" for i in range(1, 21))
    policy.write_text(text, encoding="utf-8")
    factory = open_database(db_url)
    result = run(factory, [policy], OfflineGenerator(), RunOptions(chunk_size=200, chunk_overlap=30, score=False))
    r = build_report(factory)
    assert r.totals.pairs == result.pairs_added > 0 and r.totals.scored == 0
    # 20 pairs are too few to train on, scored or not: the verdict says so and what it cannot tell yet
    assert r.notes == [NOT_SCORED] and r.verdict.fit is False
    assert "fails enough_pairs 20 pairs from 4 chunks" in r.verdict.summary
    assert "unknown: flagged_pairs, hallucinated_numbers, above_threshold" in r.verdict.summary
    assert sum(b.count for b in r.histogram.bins) == 0 and r.histogram.unscored == result.pairs_added
    (only,) = r.runs
    assert (only.provider, only.chunks_done, only.pairs) == ("offline", result.chunks_done, result.pairs_added)
    assert r.documents[0].pairs == result.pairs_added and r.documents[0].mean_score is None
    assert r.number_questions.number_pairs == r.by_type.get("number", 0)
