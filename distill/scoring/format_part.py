"""Format (10 points): clean text that ends where it should.

- `truncated`: an answer or question cut off — unbalanced brackets or quotes, a trailing
  comma or connective, a cut-off ellipsis, or (with no closing punctuation) a last word
  that the source goes on writing ("…须经部门负责人审" where the source has "审批").
- `markdown`: code fences, headings or bold markers in a plain-text pair.
- `junk`: replacement or control characters, HTML tags, leaked labels ("答案：", "Q:"),
  a character repeated over and over.
- `long_answer`: an answer far longer than a QA answer should be.
- `prompt_echo`: the generator's instructions echoed back ("你是一名…专家", "生成问答对",
  "只输出JSON", "You are a helpful assistant", "question-answer pairs"), in the answer or the
  question; it also costs completeness, since an instruction answers nothing.
- a small graded loss for an answer without closing punctuation that is not cut off.
"""

from __future__ import annotations

import re
from distill import cjk

from distill.scoring.result import COMPLETENESS, FORMAT, JUNK, LONG_ANSWER, MARKDOWN, PROMPT_ECHO, TRUNCATED, Deduction
from distill.scoring.text import PairContext
from distill.textmetrics import phrase_not_in

TRUNCATED_POINTS = 10.0
MARKDOWN_POINTS = 4.0
JUNK_POINTS = 5.0
LONG_POINTS = 3.0
NO_END_POINTS = 2.0
MAX_ANSWER = 600  # characters
ECHO_POINTS = {FORMAT: 10.0, COMPLETENESS: 10.0}
_ECHO = (
    re.compile(
        r"你是一(?:名|个|位)|作为一(?:名|个)(?:严谨的)?(?:领域|知识)?专家|生成(?:\d+|若干|几|一些)?(?:个|组|条)?问答对|问答对"
        r"|只输出|输出(?:一个)?\s*JSON|JSON\s*(?:对象|格式)|(?:以下|下面)(?:是)?(?:一段)?(?:制度)?(?:原文|文本|文档)"
        r"|强制要求|请(?:根据|针对)(?:以下|下面|这段|其中)|qa_pairs|\{\s*\"(?:question|answer)\"",
        re.IGNORECASE,
    ),
    re.compile(
        r"\byou are an? (?:helpful|expert|knowledgeable|careful|rigorous)\b|\bgenerate (?:\d+ |some |the )?"
        r"(?:question[- ]answer|qa|q&a) pairs\b|\bquestion[- ]answer pairs\b|\boutput (?:only )?(?:a |one )?json\b"
        r"|\bin json(?: format)?\b|\bjson object\b|\b(?:following|below) (?:text|passage|document|chunk)\b"
        r"|\bhere (?:is|are) (?:the|some|your) (?:question|qa|pair)|\bqa_pairs\b|\"(?:question|answer)\"\s*:",
        re.IGNORECASE,
    ),
)

_PAIRS = tuple(zip(cjk.OPENERS, cjk.CLOSERS))
_ENDS = set(cjk.SENTENCE_ENDS + cjk.AFTER_END + "～~")
_CLOSERS = cjk.AFTER_END + " \t\n"
# What a finished Chinese sentence does not end on: an open mark, a connective, a preposition.
_DANGLING_END = re.compile(
    r"(?:[，,、：:（(《“「【]|以及|或者|并且|而且|但是|及其|因为|由于|如果|(?<![参给赋])与|(?<![总缓])和|或|把|被|将|且|而|但)$")
_EN_DANGLING = re.compile(r"\b(?:the|a|an|of|and|or|to|with|for|in|on|by|at|from|than|that|which|is|are|be)$",
                          re.IGNORECASE)
_PUNCT_AFTER = set("，,。．.、；;：:！!？?）)」』”\"'》】]…\n\r\t \u3000-—～~/")
_TAIL = 4

_MARKDOWN = re.compile(r"```|^\s{0,3}#{1,6}\s|\*\*[^*\n]+\*\*|__[^_\n]+__|^\s*>\s", re.MULTILINE)
_JUNK = re.compile(
    r"\ufffd|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|</?(?:br|p|div|span|think|s|im_start|im_end)\b[^>]*>|<\|[^|>]*\|>"
    r"|^\s*(?:答案|答|回答|问题|问|Answer|Question|A|Q)\s*[：:]|(.)\1{5,}",
    re.IGNORECASE | re.MULTILINE,
)


def _unbalanced(text: str) -> str | None:
    for open_, close in _PAIRS:
        if text.count(open_) > text.count(close):
            return open_
    if text.count('"') % 2:
        return '"'
    return None


def _cut_in_source(text: str, source: str) -> bool:
    """True when the text's last characters stand in the source only as part of a longer
    word: every place the source writes them, it goes on without a break."""
    tail = text[-_TAIL:]
    if len(tail) < 3 or not source:
        return False
    found = False
    start = source.find(tail)
    while start >= 0:
        found = True
        after = source[start + len(tail):start + len(tail) + 1]
        if not after or after in _PUNCT_AFTER:
            return False
        start = source.find(tail, start + 1)
    return found


def truncation(text: str, source: str) -> str | None:
    """Why `text` looks cut off, or None."""
    body = text.rstrip(_CLOSERS)
    if not body:
        return None
    bracket = _unbalanced(text)
    if bracket:
        return f"an unclosed “{bracket}”"
    if body.endswith(("...", "……")) and not text.endswith("等……") and body[-4:] not in source:
        return "it ends with an ellipsis"
    if _DANGLING_END.search(body) or _EN_DANGLING.search(body):
        return f"it ends on “{body[-3:]}”"
    if body[-1] not in _ENDS and _cut_in_source(body, source):
        return f"it stops in the middle of “{body[-_TAIL:]}…”"
    return None


def score_format(ctx: PairContext) -> list[Deduction]:
    """The deductions of the format part."""
    out: list[Deduction] = []
    for where, why in (("answer", ctx.answer_cut), ("question", truncation(ctx.question, ctx.source))):
        if why:
            out.append(Deduction(FORMAT, TRUNCATED_POINTS, f"the {where} is cut off: {why}", TRUNCATED))
    for where, text in (("answer", ctx.answer), ("question", ctx.question)):
        md = _MARKDOWN.search(text)
        if md:
            out.append(Deduction(FORMAT, MARKDOWN_POINTS, f"the {where} holds Markdown (“{md.group().strip()}”)",
                                 MARKDOWN))
        junk = _JUNK.search(text)
        if junk:
            shown = junk.group().strip()[:12].encode("unicode_escape").decode() if not junk.group().isprintable() \
                else junk.group().strip()[:12]
            out.append(Deduction(FORMAT, JUNK_POINTS, f"the {where} holds junk (“{shown}”)", JUNK))
    for where, text in (("answer", ctx.answer), ("question", ctx.question)):
        echo = phrase_not_in(_ECHO, text, ctx.source)
        if echo:
            out += [Deduction(part, points, f"the {where} echoes the generator's instructions (“{echo}”)", PROMPT_ECHO)
                    for part, points in ECHO_POINTS.items()]
            break
    if len(ctx.answer) > MAX_ANSWER:
        out.append(Deduction(FORMAT, LONG_POINTS, f"the answer is {len(ctx.answer)} characters long", LONG_ANSWER))
    if not any(d.flag == TRUNCATED for d in out) and ctx.answer.rstrip(_CLOSERS)[-1:] not in _ENDS:
        out.append(Deduction(FORMAT, NO_END_POINTS, "the answer does not end with punctuation"))
    return out
