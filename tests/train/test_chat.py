"""The chat template and the answer-only loss mask, proved on really tokenised, padded batches."""

from __future__ import annotations

from pathlib import Path

import pytest

from distill.errors import DistillError
from distill.formats import Conversation
from tests.train.test_data import MULTI_TURN
from tests.train.tiny import CHATML_TEMPLATE, TOY, build_tokenizer, toy_conversations
from train.batches import collate, encode_examples
from train.chat import IGNORE_INDEX, encode_for_training, prompt_text

TEXTS = [f"{s or ''} {q} {a}" for q, a, s in TOY] * 3


@pytest.fixture(scope="module")
def tokenizer(tiny_base: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_base)  # loaded from disk, as training does


def check_mask(tokenizer, conversations: list[Conversation], end: str) -> None:
    """Labels are -100 on every prompt/template token and on padding; equal input_ids on answer + end token."""
    examples = [encode_for_training(tokenizer, c, max_length=512) for c in conversations]
    batch = collate(examples, tokenizer.pad_token_id)
    for row, (conversation, example) in enumerate(zip(conversations, examples)):
        ids, labels, mask = (batch[k][row].tolist() for k in ("input_ids", "labels", "attention_mask"))
        prompt_ids = tokenizer(prompt_text(tokenizer, conversation), add_special_tokens=False)["input_ids"]
        n, length = len(prompt_ids), len(example["input_ids"])
        assert ids[:n] == prompt_ids  # training sees exactly the tokens inference will be given
        assert labels[:n] == [IGNORE_INDEX] * n  # system, user, earlier turns and template tokens: no loss
        assert labels[n:length] == ids[n:length]  # answer and closing token: loss
        assert labels[length:] == [IGNORE_INDEX] * (len(ids) - length) and not any(mask[length:])  # padding
        assert tokenizer.decode(ids[n:length]) == conversation.reference + end
        for message in conversation.prompt_messages:
            assert message.content in tokenizer.decode(ids[:n])


def test_loss_mask_on_a_tokenised_batch(tokenizer) -> None:
    conversations = toy_conversations() + [MULTI_TURN]
    check_mask(tokenizer, conversations, end="<|im_end|>")
    ids = encode_for_training(tokenizer, conversations[0], 512)
    assert ids["labels"][-1] == tokenizer.convert_tokens_to_ids("<|im_end|>")


def test_qwen3_prompt_closes_thinking(tokenizer) -> None:
    conversation = toy_conversations()[0]
    text = prompt_text(tokenizer, conversation)
    assert text.startswith("<|im_start|>system\nYou answer policy questions.<|im_end|>\n<|im_start|>user\n")
    assert text.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    thinking = tokenizer.apply_chat_template([{"role": "user", "content": "q"}], tokenize=False,
                                             add_generation_prompt=True)
    assert "<think>" not in thinking  # the template really depends on enable_thinking


def test_template_without_enable_thinking() -> None:
    tokenizer = build_tokenizer(TEXTS, CHATML_TEMPLATE)
    check_mask(tokenizer, toy_conversations() + [MULTI_TURN], end="<|im_end|>")
    assert prompt_text(tokenizer, toy_conversations()[1]).endswith("<|im_start|>assistant\n")


def test_eos_appended_when_the_template_has_no_end_token() -> None:
    plain = ("{%- for m in messages %}{{ m.role }}: {{ m.content }}\n{% endfor %}"
             "{%- if add_generation_prompt %}assistant: {% endif %}")
    tokenizer = build_tokenizer(TEXTS, plain)
    check_mask(tokenizer, toy_conversations(), end="<|im_end|>")  # the EOS token teaches the model to stop


def test_answer_found_when_prompt_is_not_a_prefix() -> None:
    # The generation prompt always opens a think block that finished turns never have.
    odd = ("{%- for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
           "{%- if add_generation_prompt %}<|im_start|>assistant\n<think>\n{% endif %}")
    tokenizer = build_tokenizer(TEXTS, odd)
    conversation = toy_conversations()[1]
    example = encode_for_training(tokenizer, conversation, 512)
    answer = [i for i, label in zip(example["input_ids"], example["labels"]) if label != IGNORE_INDEX]
    assert tokenizer.decode(answer) == conversation.reference + "<|im_end|>"


def test_max_length_cuts_and_drops(tokenizer) -> None:
    conversation = toy_conversations()[0]
    full = encode_for_training(tokenizer, conversation, 512)
    prompt_len = full["labels"].count(IGNORE_INDEX)
    cut = encode_for_training(tokenizer, conversation, prompt_len + 2)
    assert len(cut["input_ids"]) == prompt_len + 2 and cut["labels"][-2:] == full["input_ids"][prompt_len:prompt_len + 2]
    examples, dropped = encode_examples(tokenizer, [conversation, toy_conversations()[1]], prompt_len)
    assert dropped == 1 and len(examples) == 1


def test_no_chat_template_is_a_clear_error() -> None:
    tokenizer = build_tokenizer(TEXTS, CHATML_TEMPLATE)
    tokenizer.chat_template = None
    with pytest.raises(DistillError, match="no chat template"):
        encode_for_training(tokenizer, toy_conversations()[0], 512)
