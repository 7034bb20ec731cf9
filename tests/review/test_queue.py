"""The review queues on a real SQLite database: membership, order, paging, the sample, claims."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db import open_database, session_scope
from db.models import Chunk, Document, PairFlag, QAPair, Run, content_hash, utcnow
from distill.errors import InputError
from review.queue import (
    QueueSpec, QueueWalk, ceil_ratio, claim, count, document_id_for, draw_sample, fetch_page, flags_present,
    load_pair, progress, release, release_all, unscored_pending,
)

Factory = sessionmaker[Session]


def add_pairs(factory: Factory, rows: list[dict[str, Any]], docs: int = 2) -> list[int]:
    """One run, `docs` documents with one chunk each (made once), and the pairs described by `rows`
    (keys: doc, type, score, status, reviewed_by, flags, question, answer)."""
    with session_scope(factory) as s:
        run = s.scalar(select(Run)) or Run(signature="t", provider="offline", model="t", chunk_size=200,
                                           chunk_overlap=0)
        s.add(run)
        chunks = list(s.scalars(select(Chunk).order_by(Chunk.id)))
        for d in range(len(chunks), docs):
            doc = Document(sha256=f"{d:064x}", path=f"/d/{d}.pdf", name=f"doc{d}.pdf", extractor="t",
                           page_count=3, char_count=10, text="x")
            s.add(doc)
            s.flush()
            chunk = Chunk(document_id=doc.id, chunk_size=200, chunk_overlap=0, index=0, char_start=0, char_end=10,
                          page_start=2, page_end=3, text=f"第{d}章 住宿费每晚不超过500元。出差补助每天100元。")
            s.add(chunk)
            s.flush()
            chunks.append(chunk)
        ids = []
        for i, row in enumerate(rows, start=s.scalar(select(func.count()).select_from(QAPair)) or 0):
            chunk = chunks[row.get("doc", 0)]
            q, a = row.get("question", f"问题{i}？"), row.get("answer", f"答案{i}。")
            pair = QAPair(question=q, answer=a, type=row.get("type", "number"), document_id=chunk.document_id,
                          chunk_id=chunk.id, run_id=run.id, provider="offline", model="t",
                          status=row.get("status", "pending"), reviewed_by=row.get("reviewed_by"),
                          content_hash=content_hash(q, a), score=row.get("score"))
            s.add(pair)
            s.flush()
            for flag in row.get("flags", ()):
                s.add(PairFlag(pair_id=pair.id, flag=flag, points=10.0, detail=f"{flag} detail"))
            ids.append(pair.id)
    return ids


def walk_all(factory: Factory, spec: QueueSpec, page: int = 3) -> list[int]:
    """Every pair of the queue, read page by page through the keyset cursor."""
    out: list[int] = []
    after = None
    while True:
        entries = fetch_page(factory, spec, after, limit=page)
        out += [e.pair_id for e in entries]
        if len(entries) < page:
            return out
        after = entries[-1].key


@pytest.fixture
def factory(db_url: str) -> Factory:
    return open_database(db_url)


def test_flagged_holds_pending_pairs_with_a_flag_or_a_low_score_lowest_first(factory: Factory) -> None:
    ids = add_pairs(factory, [
        {"score": 90},                              # 0: good, not flagged
        {"score": 40},                              # 1: low
        {"score": 95, "flags": ["refusal"]},        # 2: flagged despite its score
        {"score": 40},                              # 3: ties with 1: id order
        {"score": 10, "status": "approved"},        # 4: decided: out
        {"score": None, "flags": ["vague_question"]},  # 5: flagged, not scored: first
        {"score": None},                            # 6: unscored, no flag: out
        {"score": 69.9},                            # 7: just under the threshold
        {"score": 70},                              # 8: at the threshold: out
    ])
    spec = QueueSpec(kind="flagged", reviewer="ann")
    expected = [ids[5], ids[1], ids[3], ids[7], ids[2]]
    assert walk_all(factory, spec, page=2) == expected
    assert walk_all(factory, spec, page=1) == expected
    assert count(factory, spec) == 5
    assert walk_all(factory, spec.with_filters(threshold=50)) == [ids[5], ids[1], ids[3], ids[2]]
    assert unscored_pending(factory) == 2


def test_paging_is_complete_and_ordered_on_a_larger_queue(factory: Factory) -> None:
    rng = random.Random(1)
    rows = [{"score": rng.choice([None, 20.0, 35.5, 50.0, 69.0, 80.0]), "status": rng.choice(["pending"] * 4 + ["approved"]),
             "flags": ["refusal"] if rng.random() < 0.2 else []} for _ in range(300)]
    ids = add_pairs(factory, rows)
    spec = QueueSpec(kind="flagged", reviewer="ann")
    flagged = [(r["score"], i) for i, r in zip(ids, rows)
               if r["status"] == "pending" and (r["flags"] or (r["score"] is not None and r["score"] < 70))]
    expected = [i for _, i in sorted(flagged, key=lambda t: (t[0] is not None, t[0] or 0, t[1]))]
    assert walk_all(factory, spec, page=7) == expected
    assert walk_all(factory, spec.with_filters(kind="pending"), page=11) == [
        i for i, r in zip(ids, rows) if r["status"] == "pending"]
    assert walk_all(factory, spec.with_filters(kind="all"), page=50) == ids
    assert count(factory, spec) == len(expected)


def test_filters_narrow_every_queue(factory: Factory) -> None:
    ids = add_pairs(factory, [
        {"doc": 0, "score": 30, "flags": ["refusal"], "question": "住宿费上限是多少？", "answer": "每晚500元。"},
        {"doc": 1, "score": 60, "flags": ["hallucinated_number"], "question": "补助呢？", "answer": "100% 全额"},
        {"doc": 1, "score": 85, "question": "Travel ALLOWANCE?", "answer": "100 yuan a_day"},
    ])
    base = QueueSpec(kind="all", reviewer="ann")
    assert walk_all(factory, base.with_filters(min_score=50)) == ids[1:]
    assert walk_all(factory, base.with_filters(max_score=60)) == ids[:2]
    assert walk_all(factory, base.with_filters(document_id=2)) == ids[1:]
    assert walk_all(factory, base.with_filters(flag="refusal")) == ids[:1]
    assert walk_all(factory, base.with_filters(search="住宿")) == ids[:1]
    assert walk_all(factory, base.with_filters(search="allowance")) == ids[2:]  # case folded
    assert walk_all(factory, base.with_filters(search="a_d")) == ids[2:]
    assert walk_all(factory, base.with_filters(search="0_y")) == []  # "_" is a character, not a wildcard
    assert walk_all(factory, base.with_filters(search="0%")) == ids[1:2]  # "%" too
    assert flags_present(factory, base) == [("hallucinated_number", 1), ("refusal", 1)]
    assert flags_present(factory, base.with_filters(flag="refusal")) == [("hallucinated_number", 1), ("refusal", 1)]
    assert flags_present(factory, base.with_filters(kind="flagged", document_id=2)) == [("hallucinated_number", 1)]


def test_bad_specs_are_refused() -> None:
    with pytest.raises(InputError, match="unknown queue"):
        QueueSpec(kind="everything")
    with pytest.raises(InputError, match="--sample"):
        QueueSpec(kind="sample", sample_ratio=1.5)
    with pytest.raises(InputError, match="--min-score"):
        QueueSpec(min_score=80, max_score=20)


def test_document_is_found_by_id_or_name(factory: Factory) -> None:
    add_pairs(factory, [{}])
    assert document_id_for(factory, "2") == 2
    assert document_id_for(factory, "doc1.pdf") == 2
    with pytest.raises(InputError, match="no document"):
        document_id_for(factory, "missing.pdf")


def _sample_rows() -> list[dict[str, Any]]:
    # Strata of different sizes, one of a single pair: each must get ceil(15% x size).
    sizes = {(0, "number"): 40, (0, "general"): 7, (1, "number"): 1, (1, "general"): 20}
    return [{"doc": d, "type": t, "score": 80} for (d, t), n in sizes.items() for _ in range(n)]


def test_sample_is_stratified_by_document_and_type(factory: Factory) -> None:
    rows = _sample_rows()
    ids = add_pairs(factory, rows)
    stratum = {i: (r["doc"], r["type"]) for i, r in zip(ids, rows)}
    spec = QueueSpec(kind="sample", reviewer="ann", sample_ratio=0.15, seed=7)
    members = walk_all(factory, spec, page=4)
    got = Counter(stratum[i] for i in members)
    sizes = Counter(stratum.values())
    assert got == {s: ceil_ratio(n, 0.15) for s, n in sizes.items()} == {
        (0, "number"): 6, (0, "general"): 2, (1, "number"): 1, (1, "general"): 3}
    assert len(set(members)) == len(members) == count(factory, spec)
    assert walk_all(factory, spec.with_filters(document_id=2)) == [i for i in members if stratum[i][0] == 1]


def test_sample_is_deterministic_for_a_seed_and_stable_under_decisions(factory: Factory) -> None:
    ids = add_pairs(factory, _sample_rows())
    spec = QueueSpec(kind="sample", reviewer="ann", seed=7)
    first = walk_all(factory, spec)
    assert walk_all(factory, spec) == first
    other = walk_all(factory, spec.with_filters(seed=8))
    assert sorted(other) != sorted(first) and len(other) == len(first)
    with session_scope(factory) as s:  # a human decides two members, "auto" approves a third
        s.execute(update(QAPair).where(QAPair.id.in_(first[:2])).values(status="approved", reviewed_by="bob"))
        s.execute(update(QAPair).where(QAPair.id == first[2]).values(status="approved", reviewed_by="auto"))
        s.execute(update(QAPair).where(QAPair.id.not_in(first)).values(status="rejected", reviewed_by="bob"))
    assert walk_all(factory, spec) == first[2:]  # same members; the auto-approved one stays to audit
    tally = progress(factory, spec)
    assert (tally.total, tally.approved, tally.auto_approved, tally.reviewed) == (len(first), 3, 1, 2)
    add_pairs(factory, [{"doc": 0, "type": "number", "score": 80} for _ in range(30)])
    grown = draw_sample(factory, spec)  # new pairs: drawn again; stratum (0, number) now 70: 11 members
    assert len(grown) == len(first) - 6 + 11 and len(ids) == 68


def test_claims_keep_two_reviewers_apart_until_they_expire(factory: Factory) -> None:
    ids = add_pairs(factory, [{"score": 10}, {"score": 20}])
    ann, bob = QueueSpec(kind="flagged", reviewer="ann"), QueueSpec(kind="flagged", reviewer="bob")
    now = utcnow()
    assert claim(factory, ids[0], "ann", now=now)
    assert claim(factory, ids[0], "ann", now=now)  # renewing our own hold
    assert not claim(factory, ids[0], "bob", now=now)
    assert [e.pair_id for e in fetch_page(factory, bob, now=now)] == [ids[1]]
    assert [e.pair_id for e in fetch_page(factory, ann, now=now)] == ids
    later = now + timedelta(minutes=16)
    assert [e.pair_id for e in fetch_page(factory, bob, now=later)] == ids
    assert claim(factory, ids[0], "bob", now=later)
    assert not claim(factory, ids[0], "ann", now=later)
    release(factory, ids[0], "ann")  # not ours any more: nothing happens
    assert load_pair(factory, ids[0]).claimed_by == "bob"  # type: ignore[union-attr]
    release(factory, ids[0], "bob")
    assert load_pair(factory, ids[0]).claimed_by is None  # type: ignore[union-attr]
    assert claim(factory, ids[1], "bob") and release_all(factory, "bob") == 1


def test_walk_reads_pages_as_it_goes_and_keeps_what_it_has_seen(factory: Factory) -> None:
    ids = add_pairs(factory, [{"score": float(i)} for i in range(7)])
    walk = QueueWalk(factory, QueueSpec(kind="flagged", reviewer="ann"), page_size=3)
    assert walk.current() == ids[0] and len(walk.entries) == 3
    assert [walk.move(1) for _ in range(6)] == ids[1:]
    assert len(walk.entries) == 7 and walk.exhausted
    assert walk.move(1) is None and walk.at_end and walk.position == 8
    assert walk.move(-1) == ids[6]
    assert walk.move(-100) == ids[0]
    with session_scope(factory) as s:  # decided pairs stay in the walk: going back shows them
        s.execute(update(QAPair).where(QAPair.id == ids[1]).values(status="approved"))
    assert walk.move(1) == ids[1]
    walk.drop_current()
    assert walk.current() == ids[2]
    walk.goto(ids[1])  # back into the walk (an undo), where we stand
    assert walk.current() == ids[1] and walk.move(1) == ids[2]


def test_load_pair_brings_the_chunk_the_document_and_the_flags(factory: Factory) -> None:
    ids = add_pairs(factory, [{"doc": 1, "score": 55, "flags": ["refusal", "hallucinated_number"]}])
    view = load_pair(factory, ids[0])
    assert view is not None
    assert view.document_name == "doc1.pdf" and (view.page_start, view.page_end) == (2, 3)
    assert "住宿费每晚不超过500元" in view.chunk
    assert {f.flag for f in view.flags} == {"refusal", "hallucinated_number"}
    assert view.shown_question == view.question and not view.edited
    assert load_pair(factory, 999) is None
