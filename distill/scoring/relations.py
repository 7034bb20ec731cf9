"""The bound a text puts on a number: 超过 / 不超过 / 以上 / 以下 / 以内 / 不少于 / 低于 / 满 …,
"more than" / "up to" / "at least" / "under" / "or more" ….

A bound is one of "gt" (more than), "ge" (at least), "lt" (less than), "le" (at most), or ""
(none). Its direction is what must agree between an answer and its source: "upper" for lt/le,
"lower" for gt/ge. 超过 against 以上 is the same direction (legal texts use both for a lower
bound), so only a reversed direction is a changed comparator.
"""

from __future__ import annotations

import re

from distill.numbers import NumberMention

_GAP = r"(?:为|是|在|达|达到|到|了)?"
_ZH_BEFORE = re.compile(
    r"(?:(?P<neg_gt>不(?:得|能|可|应|宜|会|可以)?|未|没有|没)?(?P<gt>超过|超出|高于|多于|大于|逾)"
    r"|(?P<neg_lt>不(?:得|能|可|应|宜)?)?(?P<lt>低于|少于|小于)"
    r"|(?P<lt2>不足|不满|未满|未达到|未达)"
    r"|(?P<ge>至少|最少|最低|下限为|下限|起码|(?<![不未])满)"
    r"|(?P<le>最多|最高|至多|上限为|上限|最长|封顶))" + _GAP + r"$"
)
# A bound may stand before a "…的" phrase ("不超过学生总数的3%", "不低于合同金额的10%"), and an
# adverb of degree before its verb ("至少使用3次", "最多可借阅10册"): the verb is kept as wording.
_ZH_OF = re.compile(_ZH_BEFORE.pattern.removesuffix(_GAP + "$") + r"[\u4e00-\u9fff]{1,8}的$")
# Before a percentage, the base may stand without 的: "低于首次缴存总额30%", "不超过学生总数3%".
_ZH_BASE = re.compile(_ZH_BEFORE.pattern.removesuffix(_GAP + "$") + r"[\u4e00-\u9fff]{1,8}$")
# A measure word that the number leaves out may stand before a bound after it: "1万条以上".
_MEASURE = "条个件项份名户台套分"  # (分: points, "80分以上")
_ZH_ADVERB = re.compile(r"(?:(?P<ge>至少|最少|最低)|(?P<le>最多|至多|最高|最长))(?:可以|可|能|须|应)?[\u4e00-\u9fff]{1,3}$")
_ZH_AFTER = re.compile(
    r"(?:(?P<ge>(?:及|或)?(?:以上|之上))|(?P<le>(?:及|或)?(?:以下|之下)|以内|之内|内|为限|封顶)"
    r"|(?P<gt>以外|之外)|(?P<ge2>起|(?:以|之)?后))"  # "2年后申请": after two years, at least
)
_EN_BEFORE = re.compile(
    r"(?:(?P<le>(?:no|not) (?:more|longer|later|greater|higher) than|(?:no|not) (?:above|over)|(?:must|may|shall|does|do|should) not exceed|not exceeding|not to exceed|up to"
    r"|at most|a maximum of|maximum of|capped at|(?:no|not) longer than|within|no later than"
    r"|maximum(?: [a-z]+){0,3}(?: is| are|:)?)"
    r"|(?P<ge>(?:no|not) (?:less|fewer|shorter|earlier|lower) than|(?:no|not) (?:below|under)|at least|a minimum of"
    r"|minimum of|minimum(?: [a-z]+){0,3}(?: is| are|:)?)"
    r"|(?P<gt>more than|over|above|exceeding|exceeds?|(?:longer|greater|later|older|heavier|higher|larger|bigger"
    r"|taller) than|beyond|after)"
    r"|(?P<lt>(?:less|fewer|shorter|earlier|younger|lighter|lower|smaller) than|under|below|before))\s*(?:of\s+)?$",
    re.IGNORECASE,
)
_NAMED_BOUND = re.compile(r"(?:minimum|maximum)(?! of)", re.IGNORECASE)  # "minimum age 12", "maximum per account is"
_EN_AFTER = re.compile(
    r"\s*(?:(?P<ge>or (?:more|longer|above|over|higher|greater|older)|and (?:above|over|more|older))"
    r"|(?P<le>or (?:less|fewer|under|below|shorter|younger)|and (?:below|under|younger)))\b",
    re.IGNORECASE,
)
# A span counted back from an event ("30 days before the event", "2 hours in advance"), and the
# bounds that put a deadline, not a length, on it: "no later than" that is at least that long ahead.
_LEAD = re.compile(r"\s*(?:before|prior to|in advance|ahead)\b", re.IGNORECASE)
_BY_WHEN = re.compile(r"(?:no|not) (?:later|earlier) than", re.IGNORECASE)
# A negation of the clause before an English lower bound ("Nobody may … more than 7 days", "No
# team can win more than 2 prizes"); not one whose number bounds a condition of it ("No one may
# row when the wind speed is above 25 km/h": the wind is above it).
_EN_NEGATED = re.compile(r"\b(?:nobody|no one|no [a-z]+ (?:can|may|shall|will)|cannot|can't|may not|must not|mustn't"
                         r"|never)\b(?![^,;.]*\b(?:if|unless|when|whenever|while|where)\b)[^,;.]*$",
                         re.IGNORECASE)
# A prohibition by a bare "No …ing" before an upper bound ("No flying within 24 hours").
_EN_NO_ING = re.compile(r"\bno [a-z]+ing\b[^,;.]*$", re.IGNORECASE)
_WINDOW = 30
_LETTER = re.compile(r"[A-Za-z]")


def bound(text: str, m: NumberMention) -> tuple[str, int, int]:
    """(bound, start, end): the bound around mention `m` of `text` and the span of the number
    with its bound words."""
    start, end = m.start, m.end
    before = text[max(0, start - _WINDOW):start]
    rel = ""
    b = (_ZH_BEFORE.search(before[-8:]) or _ZH_OF.search(before[-16:])
         or (_ZH_BASE.search(before[-16:]) if m.kind == "percent" else None))
    if b:
        kind = b.lastgroup or ""
        if kind == "gt":
            rel = "le" if b["neg_gt"] else "gt"
        elif kind == "lt":
            rel = "ge" if b["neg_lt"] else "lt"
        else:
            rel = {"lt2": "lt", "ge": "ge", "le": "le"}.get(kind, "")
        start -= len(b.group())
    elif adverb := _ZH_ADVERB.search(before[-8:]):
        rel = adverb.lastgroup or ""
    elif _LETTER.search(before):  # every English bound is words: without a letter, none can match
        e = _EN_BEFORE.search(before)
        if e:
            rel = e.lastgroup or ""
            if not _NAMED_BOUND.match(e.group()):  # ("The minimum deposit is": the words are the subject's)
                start = max(0, m.start - len(before)) + e.start()
            if _LEAD.match(text, end) and _BY_WHEN.search(e.group()):
                # "no later than 30 days before the event" is at least 30 days ahead of it.
                rel = {"le": "ge", "ge": "le"}.get(rel, rel)
            elif rel in ("gt", "ge") and _EN_NEGATED.search(text, max(0, start - 80), start):
                # "Nobody may be scheduled for more than 7 days", "you cannot stay over 14 nights":
                # the rule caps it.
                rel = "le" if rel == "gt" else "lt"
            elif rel in ("le", "lt") and _EN_NO_ING.search(text, max(0, start - 80), start):
                # "No flying within 24 hours of the last dive": flying is for 24 hours on.
                rel = "ge"
    a = _ZH_AFTER.match(text, end)
    if a is None and text[end:end + 1] and text[end] in _MEASURE:
        a = _ZH_AFTER.match(text, end + 1)
    if a and not rel:
        rel = {"ge2": "ge"}.get(a.lastgroup or "", a.lastgroup or "")
        end = a.end()
    elif a and a.lastgroup in ("le",) and a.group() in ("内", "以内", "之内"):
        end = a.end()  # "不超过3天以内": the bound is the same either side
    else:
        en = _EN_AFTER.match(text, end)
        if en and not rel:
            rel = en.lastgroup or ""
            end = en.end()
    return rel, start, end


def bound_span(text: str, m: NumberMention) -> tuple[int, int]:
    """The span of the number with its bound words (what the evidence search masks)."""
    _, start, end = bound(text, m)
    return start, end


def direction(rel: str) -> str:
    """"upper" for lt/le, "lower" for gt/ge, "" for none."""
    return "upper" if rel in ("lt", "le") else "lower" if rel in ("gt", "ge") else ""


WORDS = {"gt": "more than", "ge": "at least", "lt": "less than", "le": "at most", "": "exactly"}
