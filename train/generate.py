"""Batched greedy generation for evaluation: a base model (plus an optional LoRA adapter) answers
each conversation's prompt, rendered by `train.chat.prompt_text` exactly as in training.

- Prompts are sorted by length (longest first, so an out-of-memory error shows on the first
  batch) and cut into batches of similar lengths, left-padded: with left padding every row's
  next token sits in the last column, which is what `generate` extends.
- Decoding is greedy (`do_sample=False`, one beam, no repetition penalty): every setting the
  model's own generation_config.json could slip in (Qwen3: temperature 0.6, top-p 0.95) is
  pinned to its neutral value. A `Sampling` (eval's `--samples`, `distill chat`) replaces that
  with the sampling settings it names, and only those.
- Generation stops at the end-of-turn token (`<|im_end|>` for Qwen, `<end_of_turn>` for Gemma)
  or the tokenizer's/model's EOS; the answer is the new tokens before it, decoded with special
  tokens kept (FunctionGemma's `<start_function_call>` is the answer), an empty `<think>` block
  dropped. An answer that hit `max_new_tokens` is marked unfinished.
- An adapter is merged into the in-memory copy of the base before generating: the same outputs,
  without LoRA's extra matmuls on every token.

torch, transformers and peft are imported inside the functions.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distill.errors import DistillError, InputError
from distill.formats import Conversation

END_OF_TURN = ("<|im_end|>", "<end_of_turn>", "<|eot_id|>", "<|endoftext|>", "<eos>", "</s>")
# Unset fields of a GenerationConfig are filled from the model's own (transformers >= 4.50), so
# everything that would bend pure greedy decoding is set to its neutral value here.
GREEDY = {"temperature": 1.0, "top_p": 1.0, "top_k": 50, "repetition_penalty": 1.0, "no_repeat_ngram_size": 0,
          "min_new_tokens": 0, "length_penalty": 1.0, "num_beams": 1}
_THINK = re.compile(r"^\s*<think>.*?</think>\s*", re.S)

Note = Callable[[str], None]
Advance = Callable[[int], None]


@dataclass(frozen=True)
class Sampling:
    """Sampled decoding; temperature 0 means greedy (with the repetition penalty still applied)."""

    temperature: float = 0.7
    top_p: float = 0.9
    repetition_penalty: float = 1.0

    def settings(self) -> dict[str, Any]:
        """GenerationConfig fields: GREEDY's neutral values, overridden by this sampling."""
        sampled = {"do_sample": True, "temperature": self.temperature, "top_p": self.top_p} if self.temperature > 0 \
            else {"do_sample": False}
        return {**GREEDY, **sampled, "repetition_penalty": self.repetition_penalty}


@dataclass(frozen=True)
class Generation:
    """One model answer."""

    text: str  # the answer, end-of-turn token and a leading <think> block removed, stripped
    finished: bool  # stopped at an end-of-turn token rather than at max_new_tokens
    tokens: int  # new tokens generated (the end-of-turn token included)


@dataclass
class LoadedModel:
    """A model ready to generate, and what the report says about it."""

    model: Any
    tokenizer: Any
    base: str
    adapter: str | None
    device: str  # e.g. "cuda (NVIDIA H100 80GB HBM3)"
    dtype: str  # e.g. "bfloat16"


@dataclass(frozen=True)
class GenerationRun:
    outputs: list[Generation]
    seconds: float

    @property
    def new_tokens(self) -> int:
        return sum(g.tokens for g in self.outputs)

    @property
    def tokens_per_second(self) -> float:
        return self.new_tokens / self.seconds if self.seconds else 0.0


def load_for_generation(model: str, adapter: Path | None = None, note: Note | None = None) -> LoadedModel:
    """The base `model` (folder or Hub id) on the best device, with `adapter` merged in when given."""
    from train.device import pick_device
    from train.model import load_model, load_tokenizer, resolve_base

    base = resolve_base(model)
    adapter_dir = _check_adapter(adapter, base, note) if adapter is not None else None
    device, _ = pick_device(want_qlora=False)  # eval loads 16-bit (CUDA) or fp32 weights, never 4-bit
    # The adapter folder holds the tokenizer training used (same template, its pad token).
    has_own_tokenizer = adapter_dir is not None and (adapter_dir / "tokenizer_config.json").is_file()
    tokenizer = load_tokenizer(str(adapter_dir) if has_own_tokenizer else base)
    loaded = load_model(base, device)
    if adapter_dir is not None:
        loaded = _merge_adapter(loaded, adapter_dir)
    loaded.eval()
    dtype = str(device.dtype).removeprefix("torch.")
    return LoadedModel(loaded, tokenizer, base, str(adapter_dir) if adapter_dir else None,
                       f"{device.kind} ({device.name})", dtype)


def _check_adapter(adapter: Path, base: str, note: Note | None) -> Path:
    adapter = Path(adapter).expanduser()
    if not adapter.is_dir():
        raise InputError(adapter, "no such adapter folder")
    config = adapter / "adapter_config.json"
    if not config.is_file():
        raise InputError(adapter, "no adapter_config.json: not a LoRA adapter (the output folder of `distill train`)")
    try:
        recorded = json.loads(config.read_text(encoding="utf-8")).get("base_model_name_or_path")
    except (json.JSONDecodeError, AttributeError, UnicodeDecodeError):
        raise InputError(config, "not valid JSON") from None
    if note and recorded and recorded != base:
        note(f"note: the adapter was trained on {recorded}; evaluating it on {base}")
    return adapter.resolve()


def _merge_adapter(model: Any, adapter_dir: Path) -> Any:
    from peft import PeftModel

    from train.model import quiet_peft

    try:
        with quiet_peft():
            return PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    except Exception as e:  # shape mismatch: trained on another base; a broken adapter file
        reason = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise DistillError(f"{adapter_dir}: the adapter does not fit this base model: {reason}") from None


def stop_ids(tokenizer: Any, model: Any) -> list[int]:
    """Token ids that end an answer: the EOS ids of tokenizer and model, and end-of-turn tokens."""
    ids: set[int] = set()
    for value in (tokenizer.eos_token_id, getattr(getattr(model, "generation_config", None), "eos_token_id", None)):
        ids.update(value if isinstance(value, list) else [value] if value is not None else [])
    vocab = tokenizer.get_vocab()
    ids.update(vocab[t] for t in END_OF_TURN if t in vocab)
    return sorted(ids)


def generate(loaded: LoadedModel, conversations: list[Conversation], batch_size: int = 8,
             max_new_tokens: int = 256, advance: Advance | None = None,
             sampling: Sampling | None = None) -> GenerationRun:
    """Answers to every conversation's prompt, in the conversations' order (greedy unless `sampling`)."""
    from train.chat import prompt_text

    return generate_prompts(loaded, [prompt_text(loaded.tokenizer, c) for c in conversations], batch_size,
                            max_new_tokens, advance, sampling)


def generate_prompts(loaded: LoadedModel, prompts: list[str], batch_size: int = 8, max_new_tokens: int = 256,
                     advance: Advance | None = None, sampling: Sampling | None = None) -> GenerationRun:
    """Answers to already rendered prompts (from `train.chat`), in order."""
    tokenizer = loaded.tokenizer
    tokenizer.padding_side = "left"
    encoded = tokenizer(prompts, add_special_tokens=False)["input_ids"]  # the template holds BOS etc.
    order = sorted(range(len(encoded)), key=lambda i: -len(encoded[i]))
    outputs: list[Generation | None] = [None] * len(encoded)
    started = time.perf_counter()
    for at in range(0, len(order), batch_size):
        batch = order[at:at + batch_size]
        for i, generation in zip(batch, _generate_batch(loaded, [encoded[i] for i in batch], max_new_tokens,
                                                        sampling)):
            outputs[i] = generation
        if advance:
            advance(len(batch))
    return GenerationRun([g for g in outputs if g is not None], time.perf_counter() - started)


def _generate_batch(loaded: LoadedModel, batch: list[list[int]], max_new_tokens: int,
                    sampling: Sampling | None = None) -> list[Generation]:
    import torch
    from transformers import GenerationConfig

    from train.device import is_out_of_memory

    tokenizer, model = loaded.tokenizer, loaded.model
    pad = tokenizer.pad_token_id
    stops = stop_ids(tokenizer, model)
    width = max(len(ids) for ids in batch)
    device = next(model.parameters()).device
    input_ids = torch.tensor([[pad] * (width - len(ids)) + ids for ids in batch], device=device)
    attention = torch.tensor([[0] * (width - len(ids)) + [1] * len(ids) for ids in batch], device=device)
    decoding = sampling.settings() if sampling else {"do_sample": False, **GREEDY}
    config = GenerationConfig(max_new_tokens=max_new_tokens, pad_token_id=pad, eos_token_id=stops, use_cache=True,
                              **decoding)
    try:
        with torch.inference_mode():
            out = model.generate(input_ids=input_ids, attention_mask=attention, generation_config=config)
    except Exception as e:
        if is_out_of_memory(e):
            raise DistillError(f"out of memory generating a batch of {len(batch)} prompts of up to {width} tokens: "
                               "lower --batch-size or --max-new-tokens") from None
        raise
    return [_decode(tokenizer, row[width:].tolist(), set(stops)) for row in out]


def _decode(tokenizer: Any, new: list[int], stops: set[int]) -> Generation:
    end = next((i for i, t in enumerate(new) if t in stops), None)
    kept = new if end is None else new[:end]
    text = tokenizer.decode(kept, skip_special_tokens=False)
    return Generation(_THINK.sub("", text, count=1).strip(), end is not None,
                      len(new) if end is None else end + 1)
