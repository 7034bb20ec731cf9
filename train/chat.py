"""THE one place that applies a model's chat template and builds the answer-only loss mask.

Training (`encode_for_training`) and inference/eval (`prompt_text`) both go through here, so the
prompt a model is trained on is, token for token, the prompt it is later given.

Thinking mode
-------------
Every render passes `enable_thinking=False`. Qwen3's template then closes an empty think block
in the generation prompt (`<|im_start|>assistant\\n<think>\\n\\n</think>\\n\\n`), which is exactly
how it renders a finished assistant turn, so training and inference agree and the model answers
directly. Templates that do not mention `enable_thinking` ignore it (Jinja ignores unknown
variables), so it is always safe to pass.

The loss mask
-------------
The answer is the conversation's last assistant message (`Conversation.reference`); everything
before it (system prompt, user turns, earlier assistant turns, template tokens) is context.

    prompt = template(messages before the answer, add_generation_prompt=True)
    full   = template(all messages)            # must start with `prompt`
    answer = full[len(prompt):].rstrip()       # "answer<|im_end|>" (the template's "\\n" after it is dropped)

    input_ids = tokens(prompt)        + tokens(answer)
    labels    = [-100] * len(prompt)  + tokens(answer)

For Qwen (ChatML) that is:

    <|im_start|>system\\nS<|im_end|>\\n<|im_start|>user\\nQ<|im_end|>\\n<|im_start|>assistant\\n<think>\\n\\n</think>\\n\\n | A<|im_end|>
    |-------------------------------------- labels -100 (no loss) ------------------------------------------- | labels = input_ids

`labels` are aligned with `input_ids` (Hugging Face convention: the model predicts labels[t] from
input_ids[:t], the shift happens in the loss). The prompt and the answer are tokenised separately,
so no token straddles the boundary and the prompt tokens are the ones inference will see. If the
template ends a turn without a special token, the EOS token is appended so the model learns to stop.
If a template does not render the prompt as a prefix of the conversation, the answer is located in
the rendered text instead. Examples are cut at `max_length` from the right; one whose prompt alone
fills `max_length` has no answer tokens left, and the caller drops it.
"""

from __future__ import annotations

from typing import Any

from distill.errors import DistillError
from distill.formats import Conversation, Message

IGNORE_INDEX = -100  # labels with this value carry no loss (PyTorch cross_entropy's ignore_index)


def render(tokenizer: Any, messages: tuple[Message, ...], add_generation_prompt: bool) -> str:
    """The chat template applied to `messages`, thinking off."""
    if not getattr(tokenizer, "chat_template", None):
        raise DistillError("the base model's tokenizer has no chat template: use an instruct (chat) model")
    dicts = [{"role": m.role, "content": m.content} for m in messages]
    return tokenizer.apply_chat_template(
        dicts, tokenize=False, add_generation_prompt=add_generation_prompt, enable_thinking=False
    )


def prompt_text(tokenizer: Any, conversation: Conversation) -> str:
    """What the model is given at inference: everything before the answer plus the generation prompt."""
    return render(tokenizer, conversation.prompt_messages, add_generation_prompt=True)


def split_prompt_answer(tokenizer: Any, conversation: Conversation) -> tuple[str, str]:
    """The rendered conversation cut into (masked prompt text, trained answer text incl. end-of-turn)."""
    prompt = prompt_text(tokenizer, conversation)
    full = render(tokenizer, conversation.messages, add_generation_prompt=False)
    if not full.startswith(prompt):
        at = full.rfind(conversation.reference)
        if at < 0:
            raise DistillError("the base model's chat template rewrites the answer; cannot build the loss mask")
        prompt = full[:at]
    return prompt, full[len(prompt):].rstrip()


def encode_for_training(tokenizer: Any, conversation: Conversation, max_length: int) -> dict[str, list[int]]:
    """input_ids, labels (-100 outside the answer) and attention_mask of one example, at most max_length long."""
    prompt, answer = split_prompt_answer(tokenizer, conversation)
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(answer, add_special_tokens=False)["input_ids"]
    if tokenizer.eos_token_id is not None and (not answer_ids or answer_ids[-1] not in special_ids(tokenizer)):
        answer_ids.append(tokenizer.eos_token_id)
    input_ids = (prompt_ids + answer_ids)[:max_length]
    labels = ([IGNORE_INDEX] * len(prompt_ids) + answer_ids)[:max_length]
    return {"input_ids": input_ids, "labels": labels, "attention_mask": [1] * len(input_ids)}


def special_ids(tokenizer: Any) -> set[int]:
    """Ids of special tokens, including added ones such as `<|im_end|>` that have no named role."""
    ids = set(tokenizer.all_special_ids)
    ids.update(i for i, t in getattr(tokenizer, "added_tokens_decoder", {}).items() if getattr(t, "special", False))
    return ids
