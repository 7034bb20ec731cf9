"""Near-duplicates without the whole database: adding 100 pairs to a 100k-pair database.

A SQLite database gets N synthetic pairs (default 100,000; unique texts, and 5% near-duplicates
of another pair, as a run's output holds them), then:

1. the full pass over every pair (`mark_near_duplicates`, now run by `--rescore`), which also
   writes every pair's signature and band keys: set-up, timed but not the comparison;
2. 100 new pairs (a few of them near-duplicates of old ones) and the incremental pass
   (`update_near_duplicates`), what a scoring run does now ("after");
3. "before": what every scoring run that added a pair did until now, the old full pass: read
   every pair, MinHash and LSH over all of them (`find_near_duplicates`), on the same data;
4. the full pass again (`--rescore` on unchanged texts: signatures are rewritten only where a
   text changed), and with `--verify` the check that it gives the incremental verdicts.

Wall-clock time on the development machine (the pass is mostly database work).
Goal: the incremental pass under 1 s.

    python benchmarks/dedup_incremental.py [--pairs 100000] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import select  # noqa: E402

from db import open_database, session_scope  # noqa: E402
from db.models import Chunk, Document, PairFlag, QAPair, Run, content_hash  # noqa: E402
from distill.scoring import SCORER_VERSION  # noqa: E402
from distill.scoring.database import _rank, mark_near_duplicates, update_near_duplicates  # noqa: E402
from distill.scoring.dedup import Candidate, find_near_duplicates  # noqa: E402

GOAL_S = 1.0
_CHARS = "的是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经之进着等部度家电力里如水化高自理起小物现实加量都体制机当使点从业本去把性好应开它合还因由其些然前外天政日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几区强放决西被干做必战先回则任取据处队南给色光门即保治北造规热领海口东导器压志世金增争济阶油思术极交受联什认共权收证改清己美再采转更单风切打白教速花带安场身车例真务具每目至达走积示议声报斗完类离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"


# (Numeral characters left out: the texts state no numbers.)


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(n))


def _pairs(rng: random.Random, n: int, start: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i in range(n):
        if out and rng.random() < 0.05:  # a near-duplicate: one character of an earlier answer changed
            q, a = out[rng.randrange(len(out))]
            k = rng.randrange(len(a))
            out.append((q, a[:k] + rng.choice(_CHARS) + a[k + 1:] + f"（{start + i}）"))
        else:
            out.append((_text(rng, 18) + "？", _text(rng, 40) + "。"))
    return out


def _insert(factory, pairs: list[tuple[str, str]], ids: tuple[int, int, int], rng: random.Random) -> list[int]:  # type: ignore[no-untyped-def]
    doc, chunk, run = ids
    rows = [{"question": q, "answer": a, "type": "general", "document_id": doc, "chunk_id": chunk, "run_id": run,
             "provider": "offline", "model": "bench", "status": "pending", "content_hash": content_hash(q, a),
             "score": round(rng.uniform(70, 100), 1), "scorer_version": SCORER_VERSION} for q, a in pairs]
    with session_scope(factory) as s:
        before = s.scalar(select(QAPair.id).order_by(QAPair.id.desc()).limit(1)) or 0
        for k in range(0, len(rows), 5000):
            s.execute(QAPair.__table__.insert(), rows[k:k + 5000])
        return list(s.scalars(select(QAPair.id).where(QAPair.id > before).order_by(QAPair.id)))


def _state(factory) -> tuple[dict[int, int | None], set[tuple[int, str]]]:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        return (dict(s.execute(select(QAPair.id, QAPair.duplicate_of)).all()),
                {(f.pair_id, f.detail) for f in s.scalars(select(PairFlag).where(PairFlag.flag == "duplicate"))})


def _old_full_pass(factory):  # type: ignore[no-untyped-def]
    """The near-duplicate pass as every scoring run ran it before: every pair read and hashed."""
    with session_scope(factory) as s:
        rows = s.execute(select(QAPair.id, QAPair.status, QAPair.score, QAPair.question, QAPair.answer)).all()
    rows.sort(key=_rank)
    return find_near_duplicates(Candidate(r[0], r[3], r[4], keepable=r[1] != "rejected") for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--added", type=int, default=100)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--verify", action="store_true", help="run the full pass again and compare the verdicts")
    args = parser.parse_args()
    rng = random.Random(0)
    with tempfile.TemporaryDirectory() as tmp:
        factory = open_database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        with session_scope(factory) as s:
            doc = Document(sha256="0" * 64, path="bench.txt", name="bench.txt", extractor="text", page_count=1,
                           char_count=1, text="x")
            s.add(doc)
            s.flush()
            chunk = Chunk(document_id=doc.id, chunk_size=1200, chunk_overlap=0, index=0, text="x", char_start=0, char_end=1,
                          page_start=1, page_end=1)
            run = Run(signature="bench", provider="offline", model="bench", chunk_size=1200, chunk_overlap=0)
            s.add_all([chunk, run])
            s.flush()
            ids = (int(doc.id), int(chunk.id), int(run.id))  # type: ignore[arg-type]
        _insert(factory, _pairs(rng, args.pairs, 0), ids, rng)

        t = time.perf_counter()
        first = mark_near_duplicates(factory)
        first_full_s = time.perf_counter() - t

        old = _pairs(random.Random(0), args.pairs, 0)
        added = [(q, a + f"（新{i}）") for i, (q, a) in enumerate(rng.sample(old, args.added // 10))]
        added += _pairs(random.Random(1), args.added - len(added), args.pairs)
        new_ids = _insert(factory, added, ids, rng)
        t = time.perf_counter()
        visited = update_near_duplicates(factory, new_ids)
        incremental_s = time.perf_counter() - t
        incremental = _state(factory)

        t = time.perf_counter()
        found = len(_old_full_pass(factory))
        full_s = time.perf_counter() - t
        # `--rescore` again on unchanged texts: the full pass, writing only the 100 new signatures
        # the incremental pass has not (none) — what every later rescore costs.
        t = time.perf_counter()
        mark_near_duplicates(factory)
        rescore_s = time.perf_counter() - t
        same = _state(factory) == incremental if args.verify else None
    figures = {"pairs": args.pairs, "added": args.added, "near_duplicates": found,
               "first_full_pass_with_signatures_s": round(first_full_s, 2),
               "later_full_pass_s": round(rescore_s, 2), "old_full_pass_s": round(full_s, 2),
               "incremental_pass_s": round(incremental_s, 3), "incremental_visited": visited,
               "speed_up": round(full_s / incremental_s, 1), "same_verdicts": same}
    print(f"{args.pairs:,} pairs ({first:,} near-duplicates), then {args.added} added:")
    print(f"  first full pass, writing every signature: {first_full_s:8.2f} s  (once)")
    print(f"  later full pass (--rescore), texts unchanged: {rescore_s:4.2f} s")
    print(f"  old full pass over every pair (before):{full_s:7.2f} s")
    print(f"  incremental pass (after):             {incremental_s:8.3f} s  ({visited} pairs visited; goal < {GOAL_S:g} s)"
          f"  {'met' if incremental_s < GOAL_S else 'MISSED'}")
    print(f"  speed-up {figures['speed_up']}x" + (f"; verdicts equal to the full pass: {same}" if same is not None else ""))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
