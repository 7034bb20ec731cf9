"""The prompts an LLM request is built from: in the source's language, in the form the reply
is asked for, sized to the reply budget.

* Language: a chunk written mainly in Chinese characters gets the Chinese prompts
  (`prompts/zh/`), any other the English ones (`prompts/en/`), which also ask for the pairs in
  the language of the text. The rule is the scorer's own (`scoring.text.mostly_cjk`), so the
  prompt's language and the `wrong_language` check always agree. A small English model given
  a Chinese prompt copies the Chinese examples instead of reading its text.
* Form: JSON (`{"qa_pairs": [...]}`) on the structured-output rungs, labelled lines
  (`Question: … / Answer: … / Evidence: …`) on the plain rung: a server that ignores
  `response_format` serves models that rarely write valid JSON unforced but do write labelled
  lines, and the parser reads both.
* Size (`fit`): as many pairs as the reply budget holds, and the compact form when not even
  one full pair fits, so a small `--max-tokens` still ends on a complete pair rather than in
  the middle of the first one. Compact asks for question and answer only (no evidence), and
  keeps the prompt short too (the rules in a few sentences, no wrong examples): a budget that
  small is a small model's, and a small model copies what it is shown.

A provider may have its own copy of any file (`prompts/LANG/PROVIDER/NAME`); files shared by
every language (`schema.json`) sit in `prompts/` itself.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from distill.scoring.text import mostly_cjk

LANGUAGES = ("zh", "en")
# Every prompt file of a language a request is built from: their text decides the prompt version.
LANGUAGE_FILES = ("system.md", "system_compact.md", "number_pass.md", "general_pass.md", "format_json.md",
                  "format_lines.md", "correction.md", "few_shot.json", "phrases.json")
SHARED_FILES = ("schema.json",)
PROMPT_FILES = LANGUAGE_FILES + SHARED_FILES
FULL_FIELDS = ("question", "answer", "evidence")
COMPACT_FIELDS = ("question", "answer")
REPLY_OVERHEAD = 32  # tokens of a reply that are no pair: `{"qa_pairs": [`, a closing line
TOKENS_PER_PAIR = 160  # question, answer, evidence quote and the JSON around them
COMPACT_TOKENS_PER_PAIR = 64  # question and answer only

Reader = Callable[[str, "str | None", str], str]


def language_of(text: str) -> str:
    """The prompt language for a chunk: "zh" for text mainly in Chinese characters, else "en"."""
    return "zh" if mostly_cjk(text) else "en"


@lru_cache(maxsize=None)
def prompt(name: str, provider: str | None = None, language: str = "zh") -> str:
    """A prompt file: the provider's own copy in the language's folder, else the language's,
    else the shared one."""
    root = resources.files("distill").joinpath("prompts")
    folder = root.joinpath(language)
    candidates = ([folder.joinpath(provider).joinpath(name)] if provider else []) + [folder.joinpath(name),
                                                                                     root.joinpath(name)]
    chosen = next((c for c in candidates if c.is_file()), None)
    if chosen is None:
        raise FileNotFoundError(f"no prompt file {name} for language {language}")
    return chosen.read_text(encoding="utf-8")


def prompt_version(provider: str | None = None, read: Reader = prompt) -> str:
    """`prompts-<hash>` of every prompt file this provider's requests may be built from."""
    digest = hashlib.sha256()
    for language in LANGUAGES:
        for name in PROMPT_FILES:
            text = read(name, provider, language)
            digest.update(f"{language}/{name}".encode() + b"\0" + text.encode() + b"\0")
    return "prompts-" + digest.hexdigest()[:12]


def phrases(provider: str | None, language: str) -> dict[str, Any]:
    """The short texts code puts into a prompt (limits, labels, example headings)."""
    data: dict[str, Any] = json.loads(prompt("phrases.json", provider, language))
    return data


def pair_schema(provider: str | None = None) -> dict[str, Any]:
    """The JSON schema of a reply, sent as structured output on the top rung."""
    schema: dict[str, Any] = json.loads(prompt("schema.json", provider))
    return schema


@dataclass(frozen=True)
class Form:
    """How a request asks for its pairs: `lines` or JSON, compact (no evidence) or full."""

    lines: bool
    compact: bool

    @property
    def fields(self) -> tuple[str, ...]:
        return COMPACT_FIELDS if self.compact else FULL_FIELDS


def form_for(output: str, compact: bool) -> Form:
    """The form for a rung of the output ladder: lines on `plain`, JSON above it."""
    return Form(lines=output == "plain", compact=compact)


def fit(budget: int, wanted: int) -> tuple[bool, int]:
    """(compact, pairs): the full form with as many of the `wanted` pairs as `budget` tokens
    hold; the compact form when not even one full pair fits (always at least one pair)."""
    room = budget - REPLY_OVERHEAD
    full = room // TOKENS_PER_PAIR
    if full >= 1:
        return False, min(wanted, full)
    return True, max(1, min(wanted, room // COMPACT_TOKENS_PER_PAIR))


def render_pair(pair: dict[str, str], form: Form, labels: dict[str, str]) -> str:
    """One pair as the form writes it (the fields it has of `form.fields`)."""
    fields = [f for f in form.fields if f in pair]
    if form.lines:
        return "\n".join(labels[f] + pair[f] for f in fields)
    return json.dumps({f: pair[f] for f in fields}, ensure_ascii=False)


def format_block(form: Form, provider: str | None, language: str) -> str:
    """The output-format instructions: the shape of a reply, and the evidence rule when asked."""
    words = phrases(provider, language)
    blank = {f: "…" for f in form.fields}
    if form.lines:
        shape = render_pair(blank, form, words["labels"])
    else:
        shape = json.dumps({"qa_pairs": [blank]}, ensure_ascii=False)
    template = prompt("format_lines.md" if form.lines else "format_json.md", provider, language)
    return template.format(evidence="" if form.compact else words["evidence_rule"], shape=shape).strip()


def system_prompt(form: Form, provider: str | None, language: str) -> str:
    """The rules and the output format. The compact form states the rules in a few sentences: a
    small model given the numbered rulebook writes it back ("1. Every answer must…") instead
    of following it, and reads a long prompt slowly."""
    rules = prompt("system_compact.md" if form.compact else "system.md", provider, language)
    return rules.rstrip() + "\n\n" + format_block(form, provider, language)


def few_shot_block(provider: str | None = None, language: str = "zh", form: Form = Form(False, False)) -> str:
    """The few-shot examples in the form asked for: the correct ones, and the incorrect ones with
    the reason except in the compact form (a budget that small is a small model's, and a small
    model shown a wrong example writes it, reason and all)."""
    data = json.loads(prompt("few_shot.json", provider, language))
    words = phrases(provider, language)
    gap = "\n\n" if form.lines else "\n"
    good = gap.join(render_pair(p, form, words["labels"]) for p in data["good"])
    block = f"{words['example_source']}{data['source']}\n{words['good']}\n{good}"
    if form.compact:
        return block
    mark = "\n" if form.lines else "  "
    bad = gap.join(render_pair(p, Form(form.lines, compact=True), words["labels"]) + mark + words["wrong"] + p["reason"]
                   for p in data["bad"])  # (a wrong example has no evidence to show)
    return f"{block}\n{words['bad']}\n{bad}"


def limit_text(n: int | None, default_key: str, provider: str | None, language: str) -> str:
    """"at most N questions", or the pass's own default when the count is not limited."""
    words = phrases(provider, language)
    return words["limit"].format(n=n) if n else words[default_key]


PROMPT_VERSION = prompt_version()  # the shared prompts'; a provider's own files give it another
