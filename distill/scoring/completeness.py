"""Completeness (25 points): does the answer answer, on its own, what the question asks?

- `refusal`: refusals and non-answers (抱歉, 无法回答, 文中未提及, "I cannot ...", "无。");
  they take the whole part.
- `source_reference`: phrasing that leans on a text the reader of the training data will
  never see (根据给定的内容, 根据上文, 文中提到, "according to the text"), in the answer or
  the question.
- `truncated` (with the format part): a cut-off answer is also an unfinished one.
- `short_answer`: an answer far shorter than the question needs ("可以。").
- a graded loss when the answer leaves out most of the key terms of the source clause it
  rests on.

A phrase that the source itself contains is the source's wording, not a refusal or a
reference to "the text", and is let through.
"""

from __future__ import annotations

import re

from distill.scoring.result import (
    COMPLETENESS, CONSISTENCY, NUMBER_ACCURACY, PART_MAX, REFUSAL, SHORT_ANSWER, SOURCE_REFERENCE, TRUNCATED,
    Deduction,
)
from distill.scoring.text import PairContext, dice

REFUSAL_POINTS = 25.0
SOURCE_REFERENCE_POINTS = 10.0
SHORT_POINTS = 10.0
TRUNCATED_POINTS = 10.0  # a cut-off answer is unfinished as well as untidy

# Each list: the Chinese phrases, then the English ones (tried only on text with Latin letters).
_REFUSAL = (
    re.compile(
        r"抱歉|对不起|很遗憾|不好意思|无法回答|无法确定|无法提供|无法得知|无法获知|无法判断|无法找到|无法给出|无法从"
        r"|无法查到|无从得知|无从知晓|不能回答|不能确定|难以确定|无法作答"
        r"|(?:未|没有|并未|并没有|没)(?:提及|提到|说明|涉及|给出|明确|规定|列出|包含|记载|具体说明)"
        r"|(?:未|没有|并未|并没有)(?:关于|有关|涉及)[^，。,.]{0,12}的(?:说明|规定|信息|内容|记载|描述)|关于这一点"
        r"|不清楚|不知道|不确定|没有相关|无相关|暂无相关|找不到|未找到|没有找到|没有(?:这方面|此类|具体)的?信息"
        r"|作为(?:一个)?(?:AI|人工智能|语言模型)|我是(?:一个)?(?:AI|人工智能)|语言模型"
    ),
    re.compile(
        r"\bI (?:cannot|can't|can not|am unable|'m unable|don't know|do not know)\b|\bI'm sorry\b|\bsorry\b"
        r"|\bnot (?:mentioned|specified|provided|stated|given)\b|\b(?:does|do) not (?:mention|specify|provide|say|state)\b"
        r"|\bdoesn't (?:mention|specify|say|provide)\b|\bno (?:information|mention)\b"
        r"|\bunable to (?:answer|determine|find)\b|\bas an AI\b",
        re.IGNORECASE,
    ),
)
_NON_ANSWER = re.compile(
    r"(?:无|暂无|略|同上|见上文?|见原文|不详|待定|无可奉告|N/?A|none|null|unknown|n\.a\.)[。.!！]?", re.IGNORECASE)

_SOURCE_REFERENCE = (
    re.compile(
        r"(?:根据|依据|按照|基于|参照|结合|从)(?:所|以上|上述|上面|前面|给定|给出|提供|所提供|所给|该|这段|这篇|本段)?的?"
        r"(?:内容|文本|文字|材料|资料|信息|文档|段落|原文|上文|前文|文章|文段|语境|背景|文中)"
        r"|(?:上文|前文|原文|文中|本文|文本|材料|资料|文档|段落|文章|篇章)(?:中|里|内)?(?:所|已|有|也)?"
        r"(?:提到|提及|指出|规定|所述|说明|显示|表明|描述|写道|记载|可知|所说|列出|明确|介绍|给出|称)"
        r"|(?:文中|原文|上文|材料中|文章中)的(?:说法|描述|规定|内容|表述|信息|介绍)"
        r"|(?:这段|该段|本段|这篇|上面这段|以上这段|上述这段)(?:文字|话|内容|材料|文本|文章|描述|资料)"
        r"|(?:上述|以上|上面|前面)的?(?:材料|资料|文本|文字|段落|文章)"
        r"|(?:如|正如)(?:上文|前文|上面|前面|文中|原文)?所(?:述|说|言|示)"
        r"|从(?:文中|文本|材料|上文|原文|资料|文档)中?(?:可知|可以看出|看出|得知|来看)|由(?:文中|上文|原文)可知"
        r"|(?:给定|所给|提供|给出)的(?:文本|内容|材料|文档|段落|信息|资料)"
    ),
    re.compile(
        r"\b(?:according to|based on|as (?:stated|mentioned|described) in|in|from) the (?:given |provided |above )?"
        r"(?:text|passage|document|context|article|excerpt)\b"
        r"|\bthe (?:text|passage|document|context|excerpt) (?:says|states|mentions|notes|indicates)"
        r"|\bas mentioned above\b|\b(?:this|the above) (?:passage|excerpt|text)\b",
        re.IGNORECASE,
    ),
)
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def _phrase_not_in_source(patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str, source: str) -> str | None:
    """The first match of the patterns in `text` that is not the source's own wording."""
    chinese, english = patterns
    for pattern in (chinese, english) if _LATIN.search(text) else (chinese,):
        for m in pattern.finditer(text):
            if m.group() not in source:
                return m.group()
    return None


def find_refusal(ctx: PairContext) -> str | None:
    """The phrase that makes the answer a refusal or non-answer, or None."""
    answer = ctx.answer
    if _NON_ANSWER.fullmatch(answer):
        return answer
    if ctx.a_content and ctx.a_content == ctx.q_content:
        return "the answer repeats the question"
    return _phrase_not_in_source(_REFUSAL, answer, ctx.source)


def _source_references(ctx: PairContext) -> list[Deduction]:
    out = []
    for where, text in (("answer", ctx.answer), ("question", ctx.question)):
        if where == "answer" and ctx.refusal:
            continue  # "文中未提及" is part of the refusal
        phrase = _phrase_not_in_source(_SOURCE_REFERENCE, text, ctx.source)
        if phrase:
            out.append(Deduction(COMPLETENESS, SOURCE_REFERENCE_POINTS,
                                 f"the {where} refers to a text the reader does not have (“{phrase}”)",
                                 SOURCE_REFERENCE))
    return out


def _is_short(ctx: PairContext) -> bool:
    a, q = len(ctx.a_content), len(ctx.q_content)
    return a < 4 or (a < 6 and a < 0.3 * q)


def coverage(ctx: PairContext) -> float | None:
    """The share of the key terms of the source clause the pair is about (its bigrams the
    question does not already state) that the answer carries; None when there is no clause."""
    if ctx.src is None or not ctx.answer_sentences:
        return None
    pair = ctx.q_grams | ctx.a_grams
    clauses = ctx.src.clauses(ctx.answer_sentences[0])
    if not clauses:
        return None
    # Numbers are the number part's business: only the words count here.
    key = frozenset(g for g in max(clauses, key=lambda g: dice(g, pair)) - ctx.q_grams if not _DIGIT.search(g))
    if len(key) < 4:
        return None
    return len(key & ctx.a_grams) / len(key)


def refusal_deductions(ctx: PairContext) -> list[Deduction]:
    """A refusal earns nothing for content: it states no number to be accurate about and no
    claim to check against the source, so it takes those parts with completeness."""
    if not ctx.refusal:
        return []
    reason = f"the answer is a refusal or non-answer (“{ctx.refusal}”)"
    return [Deduction(part, PART_MAX[part], reason, REFUSAL) for part in (COMPLETENESS, NUMBER_ACCURACY, CONSISTENCY)]


def score_completeness(ctx: PairContext) -> list[Deduction]:
    """The deductions of the completeness part (a refusal's are `refusal_deductions`)."""
    if ctx.refusal:
        return []
    out = _source_references(ctx)
    if ctx.answer_cut:
        out.append(Deduction(COMPLETENESS, TRUNCATED_POINTS, "the answer stops before it is finished", TRUNCATED))
    if _is_short(ctx):
        out.append(Deduction(COMPLETENESS, SHORT_POINTS, "the answer is far shorter than the question needs",
                             SHORT_ANSWER))
        return out
    cov = coverage(ctx)
    if cov is not None and cov < 0.35:
        lost = 5.0 if cov < 0.15 else 3.0
        out.append(Deduction(COMPLETENESS, lost,
                             f"the answer carries only {cov:.0%} of the key terms of the source clause it rests on"))
    return out
