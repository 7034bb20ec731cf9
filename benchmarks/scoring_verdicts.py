"""A digest of every verdict the scorer gives on a fixed corpus: to show that a change meant to
make it faster changes no score, flag, reason, evidence span or number check.

The corpus: the gold rows (both gold sets, with their quoted evidence), and pairs generated from
them as `benchmarks/scoring.py` makes them (sources shared by chunk and each its own; for the
grounding rows, some with a quote cut from the source or made up), each scored in strict and in
lenient mode. The scorer version is left out of what is hashed: a code change moves it.

    python benchmarks/scoring_verdicts.py [--pairs 4000] [--dump verdicts.pickle]

Run it before and after a change: the digests must be equal (`--dump` keeps the verdicts, one
JSON line each, to find the first that differs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from scoring import GOLD, GROUNDING_GOLD, generate  # noqa: E402

from distill.scoring import score_pair  # noqa: E402
from distill.scoring.evaluate import load_gold  # noqa: E402
from distill.scoring.result import ScoreResult  # noqa: E402


def verdict(result: ScoreResult) -> str:
    """Everything a score says, as one JSON line (the version aside)."""
    data = result.to_json()
    data.pop("version", None)
    g = result.grounding
    if g is not None:
        data["quote_ok"] = g.quote_ok
        data["issues"] = g.issues
        data["numbers_full"] = [vars(n) for n in g.numbers]
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=repr)


def corpus(n: int) -> list[tuple[str, str, str, str | None]]:
    rows = load_gold(GOLD)
    grounding = [r for path in GROUNDING_GOLD.values() for r in load_gold(path)]
    cases: list[tuple[str, str, str, str | None]] = []
    for r in rows + grounding:
        quote = r.get("evidence")
        cases.append((str(r["question"]), str(r["answer"]), str(r["source"]), str(quote) if quote else None))
    for q, a, s in generate(rows, n, False) + generate(rows, n, True, seed=1) + generate(grounding, n, False, seed=2):
        cases.append((q, a, s, None))
    rng = random.Random(5)
    for q, a, s in generate(grounding, n, True, seed=3):
        roll, quote = rng.random(), None
        if roll < 0.3:
            at = rng.randrange(len(s))
            quote = s[at:at + rng.randint(5, 60)]
        elif roll < 0.4:
            quote = a  # rarely the source's words
        cases.append((q, a, s, quote))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=4000, help="generated pairs of each kind")
    parser.add_argument("--dump", type=Path, help="also keep the verdicts (a pickled list of JSON lines)")
    args = parser.parse_args()
    out = [verdict(score_pair(q, a, s, strict=strict, evidence_quote=quote))
           for q, a, s, quote in corpus(args.pairs) for strict in (True, False)]
    if args.dump:
        args.dump.write_bytes(pickle.dumps(out))
    print(f"{len(out)} verdicts, digest {hashlib.sha256(chr(10).join(out).encode()).hexdigest()}")


if __name__ == "__main__":
    main()
