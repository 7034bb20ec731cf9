"""Test helpers: a tiny, randomly initialised Qwen3-architecture model with a tokenizer made on the
spot, saved to a folder so `--base DIR` loads it exactly like a real model. Nothing from the Hub."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from distill.formats import Conversation

# Qwen3's chat template cut to what matters here: ChatML turns, the last assistant turn rendered
# with an (empty) think block, and a generation prompt that closes the think block only when
# enable_thinking is false, as Qwen3's own template does.
QWEN3_TEMPLATE = (
    "{%- for message in messages %}"
    "{%- if message.role == 'assistant' and loop.last %}"
    "{{- '<|im_start|>assistant\\n<think>\\n\\n</think>\\n\\n' + message.content + '<|im_end|>\\n' }}"
    "{%- else %}"
    "{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}"
    "{%- endif %}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}"
    "{{- '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}{{- '<think>\\n\\n</think>\\n\\n' }}{%- endif %}"
    "{%- endif %}"
)
# Plain ChatML, which never mentions enable_thinking (Qwen2.5-style).
CHATML_TEMPLATE = (
    "{%- for message in messages %}{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}"
    "{%- endfor %}{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]

TOY = [
    ("What is the travel allowance?", "The travel allowance is 300 yuan per day.", "You answer policy questions."),
    ("Who approves expenses?", "The department head approves expenses.", None),
    ("差旅补贴是多少？", "每天三百元。", "你是报销助手。"),
    ("When are claims due?", "Claims are due within 30 days.", None),
]


def toy_conversations(repeat: int = 1) -> list[Conversation]:
    return [Conversation.single(q, a, s) for q, a, s in TOY] * repeat


def build_tokenizer(texts: list[str], template: str = QWEN3_TEMPLATE) -> Any:
    """A byte-level BPE tokenizer trained on `texts`, with Qwen3's special tokens and template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    core = Tokenizer(models.BPE())
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    core.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=420, special_tokens=SPECIAL, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    core.train_from_iterator(texts, trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                        chat_template=template)
    tokenizer.add_tokens(["<think>", "</think>"])
    return tokenizer


def build_model_dir(path: Path, hidden: int = 64, layers: int = 2, template: str = QWEN3_TEMPLATE, seed: int = 0,
                    init: float = 0.2, texts: list[str] | None = None) -> Path:
    """Save a random tiny Qwen3 model and its tokenizer (trained on `texts`, else the toy QA) in `path`."""
    import torch
    from transformers import AutoModelForCausalLM, Qwen3Config

    texts = texts or [f"{s or ''} {q} {a}" for q, a, s in TOY] * 5
    tokenizer = build_tokenizer(texts, template)
    config = Qwen3Config(
        vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=layers,
        num_attention_heads=4, num_key_value_heads=2, head_dim=hidden // 4, max_position_embeddings=1024,
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id, tie_word_embeddings=True,
        initializer_range=init,  # large enough that the frozen embeddings let LoRA move the logits
    )
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return Path(path)


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
