"""Training throughput and peak memory: packing vs padding, 1 vs 2 processes, and on CUDA our trainer
(QLoRA and LoRA) vs a plain transformers + PEFT loop.

  packing    the same data and the same number of steps, `train.sft.train` with padded
             (length-grouped) batches and with --packing: real tokens/s (padding never counts)
             and peak memory (CUDA: max allocated; CPU: the run's peak RSS, each run in a fresh process)
  processes  `distill train` alone and under `torchrun --nproc-per-node 2` (gloo on CPU): a smoke
             figure that the data-parallel path runs and what it costs on this machine
  cuda       on a random model of Qwen3-0.6B's shape (built from a config, no weights fetched):
             distill QLoRA 4-bit and 16-bit LoRA vs a plain loop (same LoRA, random batches padded to
             their longest member, HF's own loss). Only with a GPU; otherwise skipped, saying so.

    python benchmarks/train.py [--steps 12] [--examples 256]

Prints a table and writes benchmarks/results/train.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import torch  # noqa: E402

from distill.formats import Conversation, to_row  # noqa: E402
from tests.train.tiny import TOY, build_model_dir, build_tokenizer, write_jsonl  # noqa: E402
from train.batches import collate, encode_examples  # noqa: E402
from train.config import TrainConfig  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "train.json"
WORDS = " ".join(f"{q} {a}" for q, a, _ in TOY).split()


def qwen3_06b_dir(folder: Path) -> Path:
    """A random model with Qwen3-0.6B's shape (28 layers, hidden 1024, GQA 16/8, vocab 151936), saved in bf16."""
    from transformers import AutoModelForCausalLM, Qwen3Config

    tokenizer = build_tokenizer([" ".join(WORDS)] * 5)
    config = Qwen3Config(vocab_size=151936, hidden_size=1024, intermediate_size=3072, num_hidden_layers=28,
                         num_attention_heads=16, num_key_value_heads=8, head_dim=128, max_position_embeddings=40960,
                         rope_theta=1_000_000, rms_norm_eps=1e-6, tie_word_embeddings=True,
                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    with torch.device("cuda"):  # initialise on the GPU: seconds instead of minutes
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    del model
    torch.cuda.empty_cache()
    return folder


def synthetic_data(path: Path, n: int, max_words: int) -> Path:
    """QA pairs of widely varying length, most of them short, as real exports have."""
    rng = random.Random(0)

    def text(k: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(k))

    rows = [to_row(Conversation.single(text(rng.randint(5, max_words // 3)), text(int(rng.paretovariate(1.2) * 8)
                                                                                  % max_words + 3),
                                       "You answer policy questions."), "messages") for _ in range(n)]
    return write_jsonl(path, rows)


# -- one run of our trainer, measured ---------------------------------------------------------------

def _ours(kwargs: dict, queue) -> None:  # type: ignore[no-untyped-def]
    """In a fresh process (CPU): train, then report tokens, seconds and this process's peak RSS."""
    torch.set_num_threads(int(os.environ.get("BENCH_THREADS", "1")))
    from train.sft import train

    result = train(TrainConfig(**kwargs), progress=False)
    queue.put({"tokens": result.tokens, "seconds": result.seconds, "qlora": result.qlora,
               "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})


def ours(base: Path, data: Path, out: Path, steps: int, batch_size: int, max_length: int, qlora: bool = False,
         packing: bool = False) -> dict:
    kwargs = dict(data=data, base=str(base), out=out, max_steps=steps, batch_size=batch_size, grad_accum=1,
                  max_length=max_length, save_steps=10**9, qlora=qlora, packing=packing)
    if torch.cuda.is_available():
        from train.sft import train

        result = train(TrainConfig(**kwargs), progress=False)
        torch.cuda.synchronize()
        return {"tokens": result.tokens, "seconds": result.seconds, "qlora": result.qlora}
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_ours, args=(kwargs, queue))
    process.start()
    stats = queue.get()
    process.join()
    return stats


def plain_loop(base: Path, data: Path, steps: int, batch_size: int, max_length: int, cuda: bool) -> dict:
    """The baseline: transformers + PEFT, random order, pad to the longest in each batch, HF's own loss."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from train.data import read_conversations

    tokenizer = AutoTokenizer.from_pretrained(base)
    examples, _ = encode_examples(tokenizer, read_conversations(data), max_length)
    dtype = torch.bfloat16 if cuda else torch.float32
    model = AutoModelForCausalLM.from_pretrained(base, dtype=dtype).to("cuda" if cuda else "cpu")
    if cuda:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=16, target_modules=list(TrainConfig().target_modules),
                                             task_type="CAUSAL_LM"))
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=2e-4)
    rng = random.Random(0)
    tokens, began = 0, time.perf_counter()
    for _ in range(steps):
        batch = collate(rng.sample(examples, batch_size), tokenizer.pad_token_id)
        batch = {k: v.to(model.device) for k, v in batch.items()}
        with torch.autocast("cuda", dtype=dtype, enabled=cuda):
            loss = model(**batch).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        tokens += int(batch["attention_mask"].sum())
    if cuda:
        torch.cuda.synchronize()
    return {"tokens": tokens, "seconds": time.perf_counter() - began}


def measure(name: str, run) -> dict:  # type: ignore[no-untyped-def]
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    stats = run()
    peak = (torch.cuda.max_memory_allocated() / 2**30 if torch.cuda.is_available()
            else stats.get("peak_rss_mib", 0) / 1024 or None)
    return {"name": name, "tokens_per_s": round(stats["tokens"] / stats["seconds"], 1), "tokens": stats["tokens"],
            "peak_memory_gib": None if peak is None else round(peak, 3), "seconds": round(stats["seconds"], 2)}


# -- the three comparisons --------------------------------------------------------------------------

def packing_vs_padding(base: Path, data: Path, tmp: Path, steps: int, batch_size: int, max_length: int) -> list[dict]:
    runs = [measure("padded, length-grouped", lambda: ours(base, data, tmp / "pad", steps, batch_size, max_length)),
            measure("packed (--packing)", lambda: ours(base, data, tmp / "pack", steps, batch_size, max_length,
                                                       packing=True))]
    runs[1]["ratio"] = round(runs[1]["tokens_per_s"] / runs[0]["tokens_per_s"], 2)
    return runs


def one_vs_two_processes(base: Path, data: Path, tmp: Path, steps: int) -> list[dict]:
    """`distill train` in one process with batch 8, and in two (gloo) with batch 4 each: the same global batch."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": ""}
    runs = []
    for processes, batch in ((1, 8), (2, 4)):
        launcher = ([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2"]
                    if processes == 2 else [sys.executable])
        command = launcher + ["-m", "distill.cli", "train", "--data", str(data), "--base", str(base),
                              "--out", str(tmp / f"procs{processes}"), "--max-steps", str(steps),
                              "--batch-size", str(batch), "--grad-accum", "1", "--max-length", "256", "--json"]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        report = json.loads(done.stdout)
        runs.append({"name": "2 processes (CPU, gloo)" if processes > 1 else "1 process (CPU)",
                     "tokens_per_s": report["tokens_per_second"], "tokens": report["tokens"],
                     "seconds": round(report["seconds"], 2)})
    return runs


def cuda_comparison(base: Path, data: Path, tmp: Path, steps: int, batch_size: int, max_length: int) -> list[dict]:
    runs = [measure("distill train, QLoRA 4-bit", lambda: ours(base, data, tmp / "q", steps, batch_size, max_length, True)),
            measure("distill train, LoRA bf16", lambda: ours(base, data, tmp / "l", steps, batch_size, max_length)),
            measure("distill train, LoRA bf16 --packing",
                    lambda: ours(base, data, tmp / "lp", steps, batch_size, max_length, packing=True)),
            measure("plain transformers+peft loop", lambda: plain_loop(base, data, steps, batch_size, max_length, True))]
    for run in runs[:3]:
        run["vs_plain"] = round(run["tokens_per_s"] / runs[-1]["tokens_per_s"], 2)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--examples", type=int, default=256)
    parser.add_argument("--max-length", type=int, default=1024)
    args = parser.parse_args()
    cuda = torch.cuda.is_available()
    tmp = Path(tempfile.mkdtemp(prefix="distill-bench-"))
    small = build_model_dir(tmp / "tiny")
    data = synthetic_data(tmp / "train.jsonl", args.examples, max_words=120)
    report: dict = {"device": torch.cuda.get_device_name(0) if cuda else f"cpu ({os.cpu_count()} cores)",
                    "torch": torch.__version__, "steps": args.steps, "batch_size": args.batch_size}
    if cuda:
        big = qwen3_06b_dir(tmp / "qwen3-0.6b-shape")
        long_data = synthetic_data(tmp / "long.jsonl", args.examples * 2, max_words=300)
        report["packing"] = packing_vs_padding(big, long_data, tmp, args.steps, args.batch_size, args.max_length)
        report["cuda"] = cuda_comparison(big, long_data, tmp, args.steps, args.batch_size, args.max_length)
        report["model"] = "random Qwen3-0.6B-shaped model"
    else:
        report["packing"] = packing_vs_padding(small, data, tmp, args.steps, args.batch_size, 256)
        report["cuda"] = "skipped: no CUDA device (QLoRA needs one; the plain-loop comparison is a GPU figure)"
        report["model"] = "tiny random Qwen3 (hidden 64, 2 layers), max length 256"
    report["processes"] = one_vs_two_processes(small, data, tmp, max(4, args.steps // 2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\n{report['model']} on {report['device']}, {args.steps} steps of batch {args.batch_size}")
    print(f"{'run':<40}{'tokens/s':>12}{'peak GiB':>10}{'ratio':>8}")
    rows = report["packing"] + (report["cuda"] if cuda else []) + report["processes"]
    for r in rows:
        peak = r.get("peak_memory_gib")
        ratio = r.get("ratio", r.get("vs_plain", ""))
        print(f"{r['name']:<40}{r['tokens_per_s']:>12,.0f}{peak if peak is not None else '-':>10}{ratio:>8}")
    if not cuda:
        print(report["cuda"])
    print(f"wrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
