"""The one regular expression that finds numbers, and the pieces that take a match apart.

The pattern is an alternation of named readings (an ordinal, a list marker, a date range, a date,
an ISO date, a time, a range, a percentage, a currency amount, a quantity, an English date, an
English quantity, a plain number), tried in that order at each position, so that the longest
reading wins: a range over its two ends, a date over its parts. The name of the alternative that
matched (`Match.lastgroup`) tells `classify` how to read the match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from distill.numbers.characters import DIGIT_CHARS as _D
from distill.numbers.characters import UNIT_CHARS as _U
from distill.numbers.units import EN_UNITS, UNITS


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "个工作日" wins over "个"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# An Arabic number not glued to a word ("Qwen3", "A4", "GPT-4") nor inside another number.
# Its digit runs are possessive (\d++): nothing that may follow a number starts with a digit,
# so giving digits back could never make a reading match; it only made every failed reading
# ("2000元" is no range) retry once per digit.
_ARABIC = r"(?<![A-Za-z_\d.])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d++)(?:\.\d++)?+"
# A multiplier after Arabic digits; 千 before 米/克/瓦 is the unit 千米/千克/千瓦(时), 百 before 分之 a percent.
_MULT = r"(?:千万|百万|万亿|万|亿|千(?![米克瓦])|百(?!分之))"
# "一" after 下/上/同/统/唯... is a word ("下一年度", "统一"), not a number; after 哪/某/每 it
# is a determiner ("哪一天" asks which day, "某一年", "每一次"), unless a numeral unit follows
# ("每一万元"); after 之 it is "one of" ("之一"), except in a percent ("百分之一").
# Never starting inside a run of numeral characters: "三四天" is no "四天", and a long run
# that is no number costs one attempt, not one per character; nor right after 几, which makes
# the number a question or a guess ("几十元" is no "十元").
_CN = (
    # (After 周/星期/礼拜 a numeral names a weekday, "周六晚上7点", unless 每周 counts: "每周三次".)
    rf"(?<![{_D}{_U}几])(?<![^每]周)(?<!^周)(?<!星期)(?<!礼拜)"
    rf"(?:(?<![下上同统唯单逐任专哪某每])(?<![^分]之)一|(?<=每)一(?=[{_U}])"
    rf"|[{_D.replace('一', '')}]|[十拾])"
    rf"[{_D}{_U}]*(?:点[{_D}]+)?"
)
_NUM = rf"(?:{_ARABIC}(?:[ \t]?{_MULT})?|{_CN})"
# A rate after the unit ("700元/晚", "300元/人/天"); each part is canonicalised by units.RATE_CANON.
_RATE_PART = r"(?:人·天|人天|人日|人次|人|天|日|晚|夜|次|月|年|公里|千米|km|间|张|份|件|小时|台|辆|项|个|餐|周|立方米|平方米|平米|千瓦时|度|吨|公斤|千克|升)"
_RATE = rf"(?:/{_RATE_PART})*"
_UNIT = rf"(?:次(?!性)|{_alt(u for u in UNITS if u != '次')}){_RATE}"
_SEP = r"(?:至|到|~|-|—|–)"
_MARK_Y = r"(?:每年|次年|当年|本年|上年|去年|今年|明年|同年|翌年)"
_MARK_M = r"(?:每月|次月|当月|本月|上月|下月|翌月)"
_YEAR = r"(?:(?<!\d)(?:1[89]|20)\d{2}|[〇零一二三四五六七八九]{4})年"
_MONTH = r"(?:(?<!\d)(?:1[0-2]|0?[1-9])|十[一二]?|(?<![哪某])[一二三四五六七八九])月份?"
_DAY = r"(?:(?:3[01]|[12]\d|0?[1-9])(?!\d)|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_DATE = (
    rf"(?:{_YEAR}(?:度|{_MONTH}(?:{_DAY})?)?"
    rf"|{_MARK_Y}?{_MONTH}(?:{_DAY})?"
    rf"|{_MARK_M}{_DAY})"
)
YMD = r"(?<![\d.])(?:1[89]|20)\d{2}[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12]\d|0?[1-9])(?!\d)"
_ISO = (
    r"(?<![\d.])(?:1[89]|20)\d{2}(?:(?P<isosep>[-/.])(?:1[0-2]|0?[1-9])(?P=isosep)"
    r"(?:3[01]|[12]\d|0?[1-9])|[-/](?:1[0-2]|0?[1-9]))(?!\d)"
)
_PCT_PREFIX = r"(?:百分之|千分之|万分之)"
_SIDE = rf"(?:{_PCT_PREFIX}(?:百|{_NUM})|{_NUM}(?:余|多)?)"
_ORD_UNITS = "个月|星期|学期|周|部分|条款|季度|条|章|节|款|项|目|编|篇|点|类|级|档|次|名|个|批|年|天|日|期|轮|届|页|位|号|种|步"
_EN_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_EN_UNIT = rf"(?i:{_alt(EN_UNITS)})\b"
_EN_MULT_RE = r"(?:[ \t]?(?:thousand|million|billion)\b|k\b)"

# A word between an English number and its unit that leaves the unit as it is: "5 additional days".
EN_DEGREE_WORDS = "additional|extra|consecutive|further|more|full"
_EN_DEGREE = rf"(?i:{EN_DEGREE_WORDS})"
_EN_END = rf"(?:[$][ \t]?{_ARABIC}|{_ARABIC}{_EN_MULT_RE}?[ \t]?{_EN_UNIT})"  # an English range's end
_ALTERNATIVES = {
    "ord": (
        rf"第[ \t]?{_NUM}(?:{_SEP}{_NUM})?(?:{_ORD_UNITS})?"
        r"|(?:Article|Chapter|Section|Clause|Item|Part|Paragraph|Appendix|Annex)[ \t]\d+"
        rf"|(?:附件|附表|附录)[ \t]?{_NUM}"
        r"|(?<![A-Za-z\d])\d++(?:st|nd|rd|th)\b"
    ),
    # List markers: "（一）", "(2)", "①" anywhere; "一、" / "2、" after a break; "3." at a line start.
    "list": (
        rf"[（(](?:\d{{1,2}}|[{_D}十]{{1,3}})[）)]|[①-⑳]"
        rf"|(?<![^\s：:；;。，,])(?:\d{{1,2}}|[{_D}十]{{1,3}})、"
        # "1. " opening a line (or after a colon) is a list marker; "at least 16. Riders…" ends a sentence.
        r"|(?:(?<=\n)|(?<=\n[ \t\u3000])|(?<=\n[ \t\u3000]{2})|(?<=\n[ \t\u3000]{4})|(?<![\s\S])|(?<=[:：][ \t]))"
        r"\d{1,2}\.(?=[ \t\u3000]|[^\x00-\x7f])"
    ),
    "drange": rf"(?:{_DATE}|{YMD})[ \t]?{_SEP}[ \t]?(?:{_DATE}|{YMD}|{_DAY})",
    "date": _DATE,
    "iso": _ISO,
    "time": (
        # "9 a.m.", "5:30 pm", "10PM": an English time of day
        r"(?<![\d.:])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ \t]?(?:[aApP]\.[mM]\.|[aApP][mM](?![A-Za-z]))"
        r"|(?<![\d.:])12(?::00)?[ \t]?(?:noon|midnight)\b"  # "12 noon"
        r"|(?<![A-Za-z-])(?:[Nn]oon|[Mm]idnight)\b"  # the two hours English names by a word
        r"|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
        r"|(?<![\d.])(?:[01]?\d|2[0-4])时(?:[0-5]?\d分)?"
        # "下午3点", "8点半", "11点到13点": 点 is an hour only beside a part of the day, a minute,
        # or another hour ("3点要求" is three points)
        r"|(?:上午|早上|早晨|凌晨|中午|下午|晚上|傍晚|夜间|今晚|明晚|昨晚|今早|明早)[ \t]?(?:[01]?\d|2[0-4])点(?:半|[0-5]?\d分|整)?"
        r"|(?<![\d.])(?:[01]?\d|2[0-4])点(?:半|[0-5]?\d分|整|(?=[到至~～\-]|前|后|以前|以后|之前|之后|开始|结束|起|止))"
        r"|(?<=[到至~～\-])(?:[01]?\d|2[0-4])点(?:半|[0-5]?\d分|整)?"
        r"|(?<![\d.])(?:1[3-9]|2[0-4])点(?![要建意内原])"  # "23点": past 12, an hour of the 24-hour clock
    ),
    "range": (
        rf"{_SIDE}(?:[ \t]?(?:{_UNIT}))?[ \t]?{_SEP}[ \t]?{_SIDE}[ \t]?(?:{_UNIT})"
        rf"|{_PCT_PREFIX}{_NUM}[ \t]?{_SEP}[ \t]?{_PCT_PREFIX}{_NUM}"
        # ("4000-1200=2800毫升" is a subtraction.)
        rf"|{_ARABIC}[ \t]?(?:~|-|至|到)[ \t]?{_ARABIC}(?![A-Za-z\d]|[ \t]*[=＝])"
    ),
    # "5 to 7 business days", "$10 to $20", "between 2 and 4 hours": an English range.
    "enrange": (
        rf"(?:[$][ \t]?)?{_ARABIC}(?:[ \t]?{_EN_UNIT})?(?:[ \t]to[ \t]|[ \t]?[-–][ \t]?){_EN_END}"
        rf"|(?<=[Bb]etween[ \t])(?:[$][ \t]?)?{_ARABIC}(?:[ \t]?{_EN_UNIT})?[ \t]and[ \t]{_EN_END}"
        # "children aged 4 to 11": two bare numbers make a range too, as "4至11" does.
        rf"|(?<![\d.,]){_ARABIC}[ \t]to[ \t]{_ARABIC}(?![A-Za-z\d%‰]|[ \t]?[%‰])"
        rf"|(?<=[Bb]etween[ \t]){_ARABIC}[ \t]and[ \t]{_ARABIC}(?![A-Za-z\d%‰]|[ \t]?[%‰])"
    ),
    "pct": (
        rf"{_PCT_PREFIX}(?:百(?![{_D}{_U}])|{_NUM})"
        rf"|{_NUM}[ \t]?(?:%|‰|个百分点|百分点)"
    ),
    "cur": rf"(?:[¥$£€]|(?:RMB|CNY|USD|US\$)[ \t]?)[ \t]?{_ARABIC}(?:[ \t]?{_MULT}|{_EN_MULT_RE})?(?:[ \t]?元)?",
    "qty": rf"{_NUM}(?:余|多)?[ \t]?{_UNIT}",
    "endate": (
        rf"{_EN_MONTHS}\.?[ \t]\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]\d{{4}})?(?![\d])"
        rf"|(?<![\d])\d{{1,2}}[ \t]{_EN_MONTHS}\.?(?:,?[ \t]\d{{4}})?(?![\d])"
    ),
    "en": rf"{_ARABIC}{_EN_MULT_RE}?(?:[ \t]?|-)(?:{_EN_DEGREE}[ \t])?{_EN_UNIT}",  # "5 hours", "5-hour"
    "plain": (
        rf"{_ARABIC}(?:[ \t]?(?:千万|百万|万亿|万|亿))?(?![A-Za-z\d])"
        rf"|(?<![{_D}{_U}几])(?:[{_D}]|[十拾])[{_D}{_U}]*?[万亿][{_D}{_U}]*"
    ),
}
# What each alternative's match starts with: the characters it can start with (a superset is
# safe, a missing one is not), and for a date its 年 or 月 within five characters (every
# reading of _DATE has one: "2024年", "每月5日", "十二月"; a date range may open with a YMD).
_CN_START = rf"[\d{_D}十拾]"  # _NUM's first character
_DATE_START = r"[\d〇零一二三四五六七八九十每次当本上去今明同翌下]"  # _YEAR's, _MONTH's, the marks'
_GUARDS = {
    "ord": r"[\d第ACSIP附]", "list": rf"[\d（(①-⑳{_D}十]",
    "drange": rf"{_DATE_START}(?:.{{0,4}}[年月]|\d{{3}}[-/.])", "date": rf"{_DATE_START}.{{0,4}}[年月]",
    "iso": r"\d", "time": r"[\d上早凌中下晚傍夜今明昨NnMm]", "range": rf"[{_CN_START[1:-1]}百千万]", "enrange": r"[\d$]",
    "pct": rf"[{_CN_START[1:-1]}百千万]", "cur": r"[¥$£€RCU]", "qty": _CN_START, "endate": r"[\dJFMASOND]",
    "en": r"\d", "plain": _CN_START,
}
assert _GUARDS.keys() == _ALTERNATIVES.keys()
# Every alternative starts with one of these characters; testing that first at each position
# spares trying a dozen alternatives where no number can start (a 3x speed-up).
_FIRST = rf"(?=[\d{_D}十拾第（(①-⑳每次当本上去今明昨同翌下早凌中晚傍夜¥$£€RCUASIPJFMOND附百千万nm])"


def _compile(names: Iterable[str]) -> re.Pattern[str]:
    """The alternation of the named readings, in order. Each is guarded by a lookahead
    (`_GUARDS`) for what it starts with: where it cannot match (a date's 每 before most
    readings, a digit before the currency and month readings, "2000元" before a date), it
    fails at once instead of after walking its lookbehinds and sub-alternatives (the matches
    stay the same: a guard only refuses a position the reading could not start at)."""
    return re.compile(_FIRST + "(?:" + "|".join(
        f"(?={_GUARDS[k]})(?P<{k}>{_ALTERNATIVES[k]})" for k in names) + ")")


PATTERN = _compile(_ALTERNATIVES)
# The same without ranges: where a range turns out to join two unrelated units, its span is
# searched again with this one.
SINGLE = _compile(k for k in _ALTERNATIVES if k not in ("drange", "range", "enrange"))

# English numbers in words, read in a pass of their own (their letters would slow the scan of
# every other reading): before a unit ("three weeks", "Two days"), or a bare count before a plural
# noun ("two shelves"); not "one", nor "a"/"an", which count as articles do ("adds one night",
# "$2 a day").
EN_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
EN_NUMBER_WORD = re.compile(_alt(EN_NUMBER_WORDS), re.IGNORECASE)  # any of them, where it stands
EN_WORD_NUMBER = re.compile(
    rf"(?i:\b(?P<word>{_alt(w for w in EN_NUMBER_WORDS if w not in ('zero', 'one'))}))"
    rf"(?:(?P<sep>[ \t]|-)(?P<unit>{_EN_UNIT})|(?=[ \t][a-z]{{3,}}s\b))")

# Pieces for taking a match apart (each applied to one matched string only).
NUM_UNIT_RE = re.compile(
    rf"(?P<cur>[¥$£€]|(?:RMB|CNY|USD|US\$))?[ \t]?(?P<pct>{_PCT_PREFIX})?"
    rf"(?P<num>\d[\d,]*(?:\.\d+)?(?:[ \t]?{_MULT})?|[{_D}{_U}点]+)"
    rf"(?P<approx>余|多)?[ \t]?(?P<unit>.*)",
    re.S,
)
DATE_RE = re.compile(
    rf"(?P<mk>{_MARK_Y}|{_MARK_M})?(?:(?P<y>[\d〇零一二三四五六七八九]{{4}})年度?)?"
    rf"(?:(?P<m>[\d十一二三四五六七八九]{{1,3}})月份?)?(?:(?P<d>[\d十一二三四五六七八九]{{1,3}})[日号])?"
)
RANGE_SPLIT = re.compile(rf"[ \t]?{_SEP}[ \t]?")
EN_RANGE_SPLIT = re.compile(r"[ \t]+(?:to|and)[ \t]+|[ \t]?[-–][ \t]?")
# The same in a surface (spaces and 1,000-commas gone): "$5000to$50000", "5to7businessdays".
SURFACE_EN_RANGE_SPLIT = re.compile(r"(?<=\d)(?:to|and)(?=[$\d])")
# Bounds written around a number (qualifiers), never part of its span.
QUALIFIER_AFTER = re.compile(
    r"及以上|及以下|以上|以下|以内|之内|以外|之外|左右|上下|之前|以前|之后|以后|为限"
    r"|上旬|中旬|下旬|内|前|后|起|止|底|末|初"
)
_PREFIX_Q = (
    "不超过", "不低于", "不少于", "不高于", "不多于", "不足", "超过", "低于", "高于", "少于",
    "多于", "最高", "最低", "最多", "最少", "至少", "达到", "满", "约", "近", "逾", "上限", "下限",
)
# "3000余元", "三千多元": an approximate number.
APPROX = re.compile(rf"(?<=[\d{_D}{_U}])[余多](?=[ \t]?[^\d{_D}{_U}])")
# An ordinal's number and its unit ("第3章").
ORD_NUMBER = re.compile(rf"\d+|[{_D}{_U}]+")
ORD_UNIT_END = re.compile(rf"(?:{_ORD_UNITS})$")
QUALIFIER_BEFORE = re.compile(rf"(?:{_alt(_PREFIX_Q)})$")
# What a surface for strict comparison leaves out: 1,000-commas and spacing.
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
WS = re.compile(r"\s+")
# A rate in words right before the number, or before the bound in front of it: "每晚700元",
# "每人每天不超过300元". Wording in between ("每人每天补助80元") is not bridged: a rate read
# into the wrong number would make a fact out of nothing.
WORD_RATE = re.compile(r"(?:每(?:人次|人|天|日|晚|夜|次|月|年|公里|千米|小时|间|张|份|件|台|辆|项|餐|周|星期))+[ \t]?$")
WORD_RATE_PART = re.compile(r"(?<=每)[^每 \t]+")
RATE_SEGMENT = re.compile(rf"/{_RATE_PART}")
# A character a numeral may go on with: a part of a date that runs into one is no whole part.
NUMERAL_EDGE = rf"[\d.{_D}{_U}]"
