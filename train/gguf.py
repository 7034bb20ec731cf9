"""`distill export-gguf`: write a merged model folder as one GGUF file for llama.cpp (and Ollama, LM Studio).

Everything GGUF-specific comes from the `gguf` package (llama.cpp's own Python writer):

- tensor names from its name tables (`gguf.get_tensor_name_map(MODEL_ARCH.X, layers)`), so
  `model.layers.0.self_attn.q_proj.weight` becomes `blk.0.attn_q.weight` exactly as llama.cpp's
  `convert_hf_to_gguf.py` writes it;
- special tokens, merges and the chat template from `gguf.SpecialVocab` (tokenizer.json,
  tokenizer_config.json, chat_template.jinja);
- q8_0 blocks from `gguf.quants.quantize` (bit-exact with ggml's reference).

Two things llama.cpp's converter does that the tables do not say, done here the same way:

1. Llama-family q/k projections are permuted from Hugging Face's rotate-half layout to the
   interleaved pairs llama.cpp's RoPE expects (`_permute`); Qwen2/Qwen3 are written as they are.
2. The vocabulary is written as the model's embedding rows (`vocab_size`), base tokens NORMAL,
   special added tokens CONTROL, other added tokens USER_DEFINED, rows the tokenizer lacks as
   UNUSED `[PAD{i}]` placeholders (Qwen2.5's embedding has ~270 more rows than its tokenizer).

Norms and other 1-D tensors stay float32 (llama.cpp's rule); a matrix whose rows do not split into
32-value blocks stays f16 in a q8_0 file. Lower quantisations (q4_k_m, ...) are llama.cpp's own
`llama-quantize` run on an f16 file. The output is written to a temporary file beside the target
and renamed when complete, so an interrupted export leaves nothing half-written.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distill.errors import DistillError, InputError

DIRECT_TYPES = ("f16", "q8_0")
# Types llama-quantize makes from an f16 file (its own names, lower-cased).
QUANTIZE_TYPES = ("q4_0", "q4_1", "q5_0", "q5_1", "q2_k", "q3_k_s", "q3_k_m", "q3_k_l", "q4_k_s", "q4_k_m",
                  "q5_k_s", "q5_k_m", "q6_k")
TYPES = DIRECT_TYPES + QUANTIZE_TYPES
LLAMA_QUANTIZE = "llama-quantize"
HOW_TO_GET_QUANTIZE = ("build llama.cpp (https://github.com/ggml-org/llama.cpp: cmake -B build && cmake --build build "
                       "--target llama-quantize) or install it (brew install llama.cpp) and put llama-quantize on PATH")

Note = Callable[[str], None]


@dataclass(frozen=True)
class Architecture:
    """How one Hugging Face architecture maps onto llama.cpp's."""

    gguf_name: str  # a gguf.MODEL_ARCH member name
    permute_qk: bool  # llama.cpp's RoPE wants interleaved q/k rows


ARCHITECTURES = {
    "Qwen2ForCausalLM": Architecture("QWEN2", permute_qk=False),
    "Qwen3ForCausalLM": Architecture("QWEN3", permute_qk=False),
    "LlamaForCausalLM": Architecture("LLAMA", permute_qk=True),  # Llama 2/3, SmolLM/SmolLM2, TinyLlama
}
SUPPORTED = "Qwen2/Qwen2.5 (Qwen2ForCausalLM), Qwen3 (Qwen3ForCausalLM), Llama-family such as SmolLM2 (LlamaForCausalLM)"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    architecture: str  # the Hugging Face class name
    type: str
    tensors: int
    vocab: int
    bytes: int
    seconds: float
    chat_template: bool

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "architecture": self.architecture, "type": self.type, "tensors": self.tensors,
                "vocab": self.vocab, "bytes": self.bytes, "seconds": round(self.seconds, 2),
                "chat_template": self.chat_template}


def export_gguf(model_dir: Path, out: Path, type: str = "f16", note: Note | None = None) -> ExportResult:
    """Write the model in `model_dir` (a `distill merge` output or any HF folder) to `out` as GGUF `type`."""
    started = time.perf_counter()
    model_dir, out = Path(model_dir).expanduser(), Path(out).expanduser()
    type = type.lower()
    if type not in TYPES:
        raise InputError(None, f"--type must be one of {', '.join(TYPES)}, not {type!r}")
    quantize = shutil.which(LLAMA_QUANTIZE) if type in QUANTIZE_TYPES else None
    if type in QUANTIZE_TYPES and quantize is None:
        raise DistillError(f"--type {type} needs llama.cpp's {LLAMA_QUANTIZE}, which is not on PATH: "
                           f"{HOW_TO_GET_QUANTIZE}; or use --type f16 or q8_0")
    config = read_config(model_dir)
    arch_class = config["architectures"][0]
    out.parent.mkdir(parents=True, exist_ok=True)
    direct = type if type in DIRECT_TYPES else "f16"
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tensors, vocab, template = _write(model_dir, config, tmp, direct, note)
        if quantize is not None:
            tmp = _quantize(quantize, tmp, out, type, note)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return ExportResult(out, arch_class, type, tensors, vocab, out.stat().st_size, time.perf_counter() - started,
                        template)


def read_config(model_dir: Path) -> dict[str, Any]:
    """config.json of a supported architecture, else an InputError naming what is supported."""
    if not model_dir.is_dir():
        raise InputError(model_dir, "no such model folder")
    if (model_dir / "adapter_config.json").is_file() and not list(model_dir.glob("model*.safetensors")):
        raise InputError(model_dir, "is a LoRA adapter: run `distill merge --adapter DIR --out MODEL` first")
    path = model_dir / "config.json"
    if not path.is_file():
        raise InputError(model_dir, "no config.json: not a Hugging Face model folder (the output of `distill merge`)")
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InputError(path, "not valid JSON") from None
    names = config.get("architectures") or []
    if not names or names[0] not in ARCHITECTURES:
        found = names[0] if names else config.get("model_type", "unknown")
        raise InputError(model_dir, f"architecture {found} cannot be exported to GGUF; supported: {SUPPORTED}")
    if not list(model_dir.glob("*.safetensors")):
        raise InputError(model_dir, "no *.safetensors weights in this folder")
    return config


def _write(model_dir: Path, config: dict[str, Any], path: Path, type: str, note: Note | None) -> tuple[int, int, bool]:
    import gguf

    arch = ARCHITECTURES[config["architectures"][0]]
    model_arch = getattr(gguf.MODEL_ARCH, arch.gguf_name)
    writer = gguf.GGUFWriter(path, gguf.MODEL_ARCH_NAMES[model_arch])
    vocab_size = int(config["vocab_size"])
    _add_hparams(writer, config, type)
    writer.add_name(model_dir.resolve().name)
    template = _add_tokenizer(writer, model_dir, vocab_size)
    if note:
        note(f"converting the weights of {model_dir} to {type}")
    count = 0
    for name, data in _gguf_tensors(model_dir, config, model_arch, arch, type):
        writer.add_tensor(name, data[0], raw_dtype=data[1])
        count += 1
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file(progress=note is not None)  # gguf's own bar, on stderr
    writer.close()
    return count, vocab_size, template


def _add_hparams(writer: Any, config: dict[str, Any], type: str) -> None:
    import gguf

    heads = int(config["num_attention_heads"])
    head_dim = config.get("head_dim") or int(config["hidden_size"]) // heads
    writer.add_vocab_size(int(config["vocab_size"]))
    writer.add_context_length(int(config.get("max_position_embeddings", 4096)))
    writer.add_embedding_length(int(config["hidden_size"]))
    writer.add_block_count(int(config["num_hidden_layers"]))
    writer.add_feed_forward_length(int(config["intermediate_size"]))
    writer.add_head_count(heads)
    writer.add_head_count_kv(int(config.get("num_key_value_heads") or heads))
    writer.add_layer_norm_rms_eps(float(config.get("rms_norm_eps", 1e-6)))
    writer.add_rope_freq_base(float(_rope_theta(config)))
    writer.add_rope_dimension_count(int(head_dim))
    if config.get("head_dim"):  # Qwen3: head_dim is not hidden/heads (0.6B: 128 vs 64)
        writer.add_key_length(int(head_dim))
        writer.add_value_length(int(head_dim))
    file_type = gguf.LlamaFileType.MOSTLY_Q8_0 if type == "q8_0" else gguf.LlamaFileType.MOSTLY_F16
    writer.add_file_type(int(file_type))
    writer.add_quantization_version(gguf.GGML_QUANT_VERSION)


def _rope_theta(config: dict[str, Any]) -> float:
    """rope_theta from the top level (transformers 4) or rope_parameters (transformers 5)."""
    params = config.get("rope_parameters") or {}
    return float(config.get("rope_theta") or params.get("rope_theta") or 10000.0)


def _add_tokenizer(writer: Any, model_dir: Path, vocab_size: int) -> bool:
    """Vocabulary, token types, merges, special tokens, chat template; True when a template was written."""
    import gguf
    from transformers import AutoTokenizer

    path = model_dir / "tokenizer.json"
    if not path.is_file():
        raise InputError(model_dir, "no tokenizer.json: the export needs the model's fast tokenizer")
    spec = json.loads(path.read_text(encoding="utf-8"))
    if spec.get("model", {}).get("type") != "BPE" or (spec.get("decoder") or {}).get("type") != "ByteLevel":
        raise InputError(path, "only byte-level BPE tokenizers (Qwen, Llama 3, SmolLM) can be written to GGUF")
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    by_id = {i: t for t, i in tokenizer.get_vocab().items()}
    added = tokenizer.added_tokens_decoder
    tokens: list[str] = []
    types: list[int] = []
    for i in range(vocab_size):
        if i not in by_id:
            tokens.append(f"[PAD{i}]")
            types.append(gguf.TokenType.UNUSED)
        elif i in added:
            tokens.append(added[i].content)
            types.append(gguf.TokenType.CONTROL if added[i].special else gguf.TokenType.USER_DEFINED)
        else:
            tokens.append(by_id[i])
            types.append(gguf.TokenType.NORMAL)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre(pre_tokenizer_name(spec))
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    special = gguf.SpecialVocab(model_dir, load_merges=True, n_vocab=vocab_size)
    special.add_to_gguf(writer, quiet=True)
    return special.chat_template is not None


# llama.cpp picks its pre-tokenizer (the split before BPE) by name; these are the tokenizers of the
# supported families, recognised by their tokenizer.json, as llama.cpp's converter names them.
_QWEN2_SPLIT_START = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}|"
_LLAMA3_SPLIT_START = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}|"


def pre_tokenizer_name(spec: dict[str, Any]) -> str:
    """llama.cpp's name for the tokenizer's pre-tokenizer: qwen2, llama-bpe, smollm, else gpt-2."""
    pre = spec.get("pre_tokenizer") or {}
    parts = pre.get("pretokenizers", [pre]) if pre.get("type") == "Sequence" else [pre]
    kinds = [p.get("type") for p in parts]
    regex = next((p.get("pattern", {}).get("Regex", "") for p in parts if p.get("type") == "Split"), "")
    if regex.startswith(_QWEN2_SPLIT_START):
        return "qwen2"
    if regex.startswith(_LLAMA3_SPLIT_START):
        return "llama-bpe"
    if kinds == ["Digits", "ByteLevel"] and parts[0].get("individual_digits"):
        return "smollm"
    return "gpt-2"


def _gguf_tensors(model_dir: Path, config: dict[str, Any], model_arch: Any, arch: Architecture,
                  type: str) -> Iterator[tuple[str, tuple[Any, Any]]]:
    """(GGUF name, (data, raw dtype)) for every weight, in file order."""
    import gguf

    layers = int(config["num_hidden_layers"])
    names = gguf.get_tensor_name_map(model_arch, layers)
    heads, kv_heads = int(config["num_attention_heads"]), int(config.get("num_key_value_heads") or 0)
    tied = bool(config.get("tie_word_embeddings", False))
    for hf_name, array in _read_weights(model_dir):
        if hf_name.endswith("rotary_emb.inv_freq") or (tied and hf_name == "lm_head.weight"):
            continue
        name = names.get_name(hf_name, try_suffixes=(".weight", ".bias"))
        if name is None:
            raise DistillError(f"{model_dir}: tensor {hf_name} has no GGUF name for {config['architectures'][0]}")
        if arch.permute_qk and hf_name.endswith("q_proj.weight"):
            array = _permute(array, heads, heads)
        elif arch.permute_qk and hf_name.endswith("k_proj.weight"):
            array = _permute(array, heads, kv_heads or heads)
        yield name, _encode(array, type)


def _read_weights(model_dir: Path) -> Iterator[tuple[str, Any]]:
    """Every tensor of the folder's safetensors files as float32 numpy (bf16 goes through torch)."""
    from safetensors import safe_open

    for file in sorted(model_dir.glob("*.safetensors")):
        with safe_open(str(file), framework="pt") as f:
            for key in f.keys():
                yield key, f.get_tensor(key).float().numpy()


def _permute(weights: Any, n_head: int, n_head_kv: int) -> Any:
    """llama.cpp convert_hf_to_gguf.py LlamaModel.permute: rotate-half rows -> interleaved pairs."""
    if n_head_kv != n_head:
        n_head = n_head_kv
    return (weights.reshape(n_head, 2, weights.shape[0] // n_head // 2, *weights.shape[1:])
            .swapaxes(1, 2).reshape(weights.shape))


def _encode(array: Any, type: str) -> tuple[Any, Any]:
    import numpy as np
    from gguf import GGMLQuantizationType, quants

    if array.ndim <= 1:
        return array.astype(np.float32), GGMLQuantizationType.F32
    if type == "q8_0" and array.shape[-1] % 32 == 0:
        return quants.quantize(array, GGMLQuantizationType.Q8_0), GGMLQuantizationType.Q8_0
    return array.astype(np.float16), GGMLQuantizationType.F16


def _quantize(binary: str, f16: Path, out: Path, type: str, note: Note | None) -> Path:
    """llama-quantize F16 -> type into a second temporary file; returns it (the f16 one is removed)."""
    target = f16.with_suffix(f".{type}.part")
    if note:
        note(f"running {binary} {type.upper()}")
    done = subprocess.run([binary, str(f16), str(target), type.upper()], capture_output=True, text=True)
    f16.unlink(missing_ok=True)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        last = (done.stderr.strip().splitlines() or done.stdout.strip().splitlines() or ["no output"])[-1]
        raise DistillError(f"{LLAMA_QUANTIZE} failed (exit {done.returncode}) for {out.name}: {last}")
    return target
