"""Text measures shared by the scorer and model evaluation: one definition of each.

- `content`: letters, digits and ideographs only, NFKC-folded and lower-cased, so punctuation,
  spacing and full-width forms never decide a comparison.
- `lcs_length` / `rouge_l`: ROUGE-L F1 over characters (a word tokenizer would drop Chinese).
- `REFUSAL`, `NON_ANSWER`, `SOURCE_REFERENCE` and `phrase_not_in`: refusals and non-answers
  (抱歉, 无法回答, 文中未提及, "I cannot..."), and phrasing that leans on a text the reader never
  sees (根据上文, "according to the text"). A phrase the source itself contains is its wording,
  not a refusal, and is let through.

Standard library only: `train/` may import it.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_CONTENT = re.compile(r"[\W_]+")
# Full-width forms and the ideographic space: NFKC maps each to its compatibility
# decomposition, and a Chinese text full of them fails NFKC's quick check, so
# `unicodedata.normalize` rebuilds the whole string. Replacing them by that decomposition
# first leaves the NFKC form unchanged (NFKC is the composition of the full decomposition,
# which is the same for both strings) and lets the quick check pass: about twice as fast.
_FULL_WIDTH = re.compile("[\u3000\uff01-\uff5e]")
_DECOMPOSED = {c: unicodedata.normalize("NFKD", c) for c in map(chr, (0x3000, *range(0xFF01, 0xFF5F)))}


def _decompose(m: re.Match[str]) -> str:
    return _DECOMPOSED[m.group()]


def content(text: str) -> str:
    """The letters, digits and ideographs of `text`, NFKC-folded and lower-cased."""
    return _NOT_CONTENT.sub("", unicodedata.normalize("NFKC", _FULL_WIDTH.sub(_decompose, text))).lower()


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of two strings, bit-parallel (Allison-Dix),
    so a 100 x 100 comparison costs 100 big-integer steps rather than 10,000 cells."""
    if not a or not b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    for i, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(b)) - 1
    row = full
    for ch in a:
        m = masks.get(ch)
        if m:
            u = row & m
            row = ((row + u) | (row - u)) & full
    return len(b) - bin(row).count("1")


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1 over the content characters of candidate and reference."""
    c, r = content(candidate), content(reference)
    lcs = lcs_length(c, r)
    if not lcs:
        return 0.0
    p, rec = lcs / len(c), lcs / len(r)
    return 2 * p * rec / (p + rec)


# Each list: the Chinese phrases, then the English ones (tried only on text with Latin letters).
REFUSAL = (
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
NON_ANSWER = re.compile(
    r"(?:无|暂无|略|同上|见上文?|见原文|不详|待定|无可奉告|N/?A|none|null|unknown|n\.a\.)[。.!！]?", re.IGNORECASE)

SOURCE_REFERENCE = (
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


def phrase_not_in(patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str, source: str) -> str | None:
    """The first match of the (Chinese, English) patterns in `text` that is not `source`'s own wording."""
    chinese, english = patterns
    for pattern in (chinese, english) if _LATIN.search(text) else (chinese,):
        for m in pattern.finditer(text):
            if m.group() not in source:
                return m.group()
    return None


def find_refusal(answer: str, source: str) -> str | None:
    """The phrase that makes `answer` a refusal or non-answer, or None (an empty answer is one)."""
    text = answer.strip()
    if not content(text):
        return "(empty answer)"
    if NON_ANSWER.fullmatch(text):
        return text
    return phrase_not_in(REFUSAL, text, source)
