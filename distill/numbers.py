"""Numeric expressions in Chinese and English text: finding them and normalising their values.

This is the one place that knows what a number looks like. The offline generator uses it to
pick the facts it asks about, the quality scorer to tell a hallucinated number from a
reformatted one ("3万元" where the source says "30000元"), and model evaluation to compare
answers strictly (same surface, unit included) or leniently (same value).

`find_numbers` runs one compiled regular expression over the text (full-width digits folded
first, which keeps every offset) and turns each match into a `NumberMention`:

- `text`/`start`/`end`: the surface exactly as written and its span;
- `kind`: amount, percent, date, time, duration, count, measure, ratio, ordinal or plain;
- `value`: a float (三万元 -> 30000.0), a `(low, high)` pair for a range, a
  `(year, month, day, marker)` tuple for a date (missing parts None, marker "" or e.g. "次年");
- `unit`: the canonical unit ("元", "%", "天", "个工作日"...), `raw_unit` the unit as written
  with its multiplier ("万元", "日");
- `qualifier`: a bound around the number (不超过, 以上, 以内...), never part of the span.

Ordinals and list markers (第一条, 第3章, 一、, （二）) are found too, with kind "ordinal", so
that nothing else mistakes them for facts; `find_facts` leaves them out. Question words and
determiners state no number and yield no mention: 哪一天, 某一年, 每一次, 几十元, 多少天,
百分之多少, 几月几日 (the offline generator's interrogatives among them); "每一万元" does.

Rates. A compound unit may be written after a slash ("700元/晚", "300元/人/天", "0.8元/公里")
or in words before the number ("每晚700元", "每人每天不超过300元", "每公里0.8元"; only right
before it or before a bound such as 不超过, never across other wording). Both give one `unit`
("元/晚", "元/人/天", "元/公里"; 日 is 天, 人天 is 人/天, 千米 is 公里), hence one `key`, while the
span of "每晚700元" stays "700元" (`raw_unit` "元"), so that a question may put "多少元" in
its place. Percentages and numbers without a written unit ("每晚¥700") take no rate in words.

Comparing. `same_value` is the lenient test: same value and unit, a dropped unit ("30000" for
"30000元") or a dropped rate ("700元" for "700元/晚") allowed, a different rate not. Strict
comparison (`supports` -> "exact") holds to `written`: the number and its unit as written,
less a rate after a slash, since the rate's spelling is wording, not the number's format. So
"每晚700元" and "700元/晚" match exactly, "每晚七百元" for "700元/晚" is a format change
("value"). Only whole numbers back a value: an end of a range ("20000元" of "8000元至20000元"),
a part of a date ("3月1日" of "2026年3月1日"), never digits inside another number ("2万元" has
the value of that range's end, but "2" of "20000" is not its surface: "value", not "exact").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Union

Date = tuple  # (year | None, month | None, day | None, marker)
Value = Union[float, tuple]

# ---------------------------------------------------------------------------------------------
# Character classes and folding
# ---------------------------------------------------------------------------------------------

# One character for one character, so that spans found in the folded text are spans of the
# original too.
_FOLD = str.maketrans(
    "０１２３４５６７８９％．～－／：＄￥萬億兩\u3000",
    "0123456789%.~-/:$¥万亿两 ",
)
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")


def _fold(text: str) -> str:
    """`text.translate(_FOLD)`, only faster: translate looks up every character in a dict,
    while such characters are few, so a regex finds them and only they are replaced."""
    return _FOLDABLE.sub(lambda m: chr(_FOLD[ord(m.group())]), text)


_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
    "玖": 9,
}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_LARGE = {"万": 10**4, "亿": 10**8}
_D = "".join(_CN_DIGITS)
_U = "十拾百佰千仟万亿"

# ---------------------------------------------------------------------------------------------
# Units: raw unit as written -> (kind, canonical unit)
# ---------------------------------------------------------------------------------------------

_UNITS: dict[str, tuple[str, str]] = {}


def _units(kind: str, canonical: str, *raws: str) -> None:
    for raw in raws:
        _UNITS[raw] = (kind, canonical)


_units("amount", "元", "元", "元整", "块钱", "块", "圆", "人民币")
for _c in ("美元", "港元", "港币", "欧元", "英镑", "日元", "韩元"):
    _units("amount", _c, _c)
_units("percent", "%", "%")
_units("percent", "‰", "‰")
_units("percent", "个百分点", "个百分点", "百分点")
_units("duration", "个工作日", "个工作日", "工作日")
_units("duration", "天", "个自然日", "自然日", "日", "天")
_units("duration", "月", "个月")
_units("duration", "年", "年")
_units("duration", "周", "个星期", "星期", "周")
_units("duration", "小时", "个小时", "小时")
_units("duration", "分钟", "分钟")
_units("duration", "晚", "晚", "夜")
_units("duration", "学时", "学时", "课时")
_units("count", "人", "人", "名", "位")
_units("count", "人次", "人次")
_units("count", "周年", "周年")
for _c in "次个件张份项家台辆本页册套间批趟笔户所支场期轮届":
    _units("count", _c, _c)
_units("ratio", "倍", "倍")
_units("ratio", "折", "折")
_units("measure", "公里", "公里", "千米")
_units("measure", "米", "米")
_units("measure", "平方米", "平方米", "平米", "㎡")
_units("measure", "公斤", "公斤", "千克")
_units("measure", "克", "克")
_units("measure", "吨", "吨")
_units("measure", "升", "升")
_units("measure", "岁", "岁", "周岁")
_units("date", "月", "月")  # "1-3月": a range of months, only reached through a range
for _c in "级档类号":
    _units("ordinal", _c, _c)

_EN_UNITS: dict[str, tuple[str, str]] = {
    "working days": ("duration", "个工作日"), "working day": ("duration", "个工作日"),
    "business days": ("duration", "个工作日"), "business day": ("duration", "个工作日"),
    "calendar days": ("duration", "天"), "days": ("duration", "天"), "day": ("duration", "天"),
    "hours": ("duration", "小时"), "hour": ("duration", "小时"),
    "minutes": ("duration", "分钟"), "minute": ("duration", "分钟"),
    "weeks": ("duration", "周"), "week": ("duration", "周"),
    "months": ("duration", "月"), "month": ("duration", "月"),
    "years": ("duration", "年"), "year": ("duration", "年"),
    "nights": ("duration", "晚"), "night": ("duration", "晚"),
    "yuan": ("amount", "元"), "rmb": ("amount", "元"), "cny": ("amount", "元"),
    "usd": ("amount", "美元"), "dollars": ("amount", "美元"), "dollar": ("amount", "美元"),
    "percent": ("percent", "%"), "per cent": ("percent", "%"),
    "people": ("count", "人"), "persons": ("count", "人"), "person": ("count", "人"),
    "employees": ("count", "人"), "times": ("count", "次"),
    "km": ("measure", "公里"), "kilometers": ("measure", "公里"), "kilometres": ("measure", "公里"),
    "kg": ("measure", "公斤"),
}
_EN_MULT = {"thousand": 10**3, "k": 10**3, "million": 10**6, "billion": 10**9}
_CURRENCY_PREFIX = {"¥": "元", "RMB": "元", "CNY": "元", "$": "美元", "USD": "美元", "US$": "美元"}


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "个工作日" wins over "个"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# ---------------------------------------------------------------------------------------------
# The pattern
# ---------------------------------------------------------------------------------------------

# An Arabic number not glued to a word ("Qwen3", "A4", "GPT-4") nor inside another number.
_ARABIC = r"(?<![A-Za-z_\d.])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
# A multiplier after Arabic digits; 千 before 米/克 is the unit 千米/千克, 百 before 分之 a percent.
_MULT = r"(?:千万|百万|万亿|万|亿|千(?![米克])|百(?!分之))"
# "一" after 下/上/同/统/唯... is a word ("下一年度", "统一"), not a number; after 哪/某/每 it
# is a determiner ("哪一天" asks which day, "某一年", "每一次"), unless a numeral unit follows
# ("每一万元"); after 之 it is "one of" ("之一"), except in a percent ("百分之一").
# Never starting inside a run of numeral characters: "三四天" is no "四天", and a long run
# that is no number costs one attempt, not one per character; nor right after 几, which makes
# the number a question or a guess ("几十元" is no "十元").
_CN = (
    rf"(?<![{_D}{_U}几])(?:(?<![下上同统唯单逐任专哪某每])(?<![^分]之)一|(?<=每)一(?=[{_U}])"
    rf"|[{_D.replace('一', '')}]|[十拾])"
    rf"[{_D}{_U}]*(?:点[{_D}]+)?"
)
_NUM = rf"(?:{_ARABIC}(?:[ \t]?{_MULT})?|{_CN})"
# A rate after the unit ("700元/晚", "300元/人/天"); each part is canonicalised by _RATE_WORDS.
_RATE_PART = r"(?:人·天|人天|人日|人次|人|天|日|晚|夜|次|月|年|公里|千米|km|间|张|份|件|小时|台|辆|项|个|餐|周)"
_RATE = rf"(?:/{_RATE_PART})*"
_UNIT = rf"(?:次(?!性)|{_alt(u for u in _UNITS if u != '次')}){_RATE}"
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
_YMD = r"(?<![\d.])(?:1[89]|20)\d{2}[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12]\d|0?[1-9])(?!\d)"
_ISO = (
    r"(?<![\d.])(?:1[89]|20)\d{2}(?:(?P<isosep>[-/.])(?:1[0-2]|0?[1-9])(?P=isosep)"
    r"(?:3[01]|[12]\d|0?[1-9])|[-/](?:1[0-2]|0?[1-9]))(?!\d)"
)
_PCT_PREFIX = r"(?:百分之|千分之|万分之)"
_SIDE = rf"(?:{_PCT_PREFIX}(?:百|{_NUM})|{_NUM}(?:余|多)?)"
_ORD_UNITS = "部分|条款|季度|条|章|节|款|项|目|编|篇|点|类|级|档|次|名|个|批|年|天|日|期|轮|届|页|位|号|种|步"
_EN_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_EN_UNIT = rf"(?i:{_alt(_EN_UNITS)})\b"
_EN_MULT_RE = r"(?:[ \t]?(?:thousand|million|billion)\b|k\b)"

_ALTERNATIVES = {
    "ord": (
        rf"第[ \t]?{_NUM}(?:{_SEP}{_NUM})?(?:{_ORD_UNITS})?"
        r"|(?:Article|Chapter|Section|Clause|Item|Part|Paragraph|Appendix|Annex)[ \t]\d+"
        rf"|(?:附件|附表|附录)[ \t]?{_NUM}"
        r"|(?<![A-Za-z\d])\d+(?:st|nd|rd|th)\b"
    ),
    # List markers: "（一）", "(2)", "①" anywhere; "一、" / "2、" after a break; "3." at a line start.
    "list": (
        rf"[（(](?:\d{{1,2}}|[{_D}十]{{1,3}})[）)]|[①-⑳]"
        rf"|(?<![^\s：:；;。，,])(?:\d{{1,2}}|[{_D}十]{{1,3}})、"
        r"|(?<![^\n \t\u3000])\d{1,2}\.(?=[ \t\u3000]|[^\x00-\x7f])"
    ),
    "drange": rf"(?:{_DATE}|{_YMD})[ \t]?{_SEP}[ \t]?(?:{_DATE}|{_YMD}|{_DAY})",
    "date": _DATE,
    "iso": _ISO,
    "time": (
        r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
        r"|(?<![\d.])(?:[01]?\d|2[0-4])时(?:[0-5]?\d分)?"
    ),
    "range": (
        rf"{_SIDE}(?:[ \t]?(?:{_UNIT}))?[ \t]?{_SEP}[ \t]?{_SIDE}[ \t]?(?:{_UNIT})"
        rf"|{_PCT_PREFIX}{_NUM}[ \t]?{_SEP}[ \t]?{_PCT_PREFIX}{_NUM}"
        rf"|{_ARABIC}[ \t]?(?:~|-|至|到)[ \t]?{_ARABIC}(?![A-Za-z\d])"
    ),
    "pct": (
        rf"{_PCT_PREFIX}(?:百(?![{_D}{_U}])|{_NUM})"
        rf"|{_NUM}[ \t]?(?:%|‰|个百分点|百分点)"
    ),
    "cur": rf"(?:[¥$]|(?:RMB|CNY|USD|US\$)[ \t]?)[ \t]?{_ARABIC}(?:[ \t]?{_MULT}|{_EN_MULT_RE})?(?:[ \t]?元)?",
    "qty": rf"{_NUM}(?:余|多)?[ \t]?{_UNIT}",
    "endate": (
        rf"{_EN_MONTHS}\.?[ \t]\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]\d{{4}})?(?![\d])"
        rf"|(?<![\d])\d{{1,2}}[ \t]{_EN_MONTHS}\.?(?:,?[ \t]\d{{4}})?(?![\d])"
    ),
    "en": rf"{_ARABIC}{_EN_MULT_RE}?[ \t]?{_EN_UNIT}",
    "plain": (
        rf"{_ARABIC}(?:[ \t]?(?:千万|百万|万亿|万|亿))?(?![A-Za-z\d])"
        rf"|(?<![{_D}{_U}几])(?:[{_D}]|[十拾])[{_D}{_U}]*?[万亿][{_D}{_U}]*"
    ),
}
# Every alternative starts with one of these characters; testing that first at each position
# spares trying a dozen alternatives where no number can start (a 3x speed-up).
_FIRST = rf"(?=[\d{_D}十拾第（(①-⑳每次当本上去今明同翌下¥$RCUASIPJFMOND附百千万])"
_PATTERN = re.compile(_FIRST + "(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _ALTERNATIVES.items()) + ")")
# The same without ranges: where a range turns out to join two unrelated units, its span is
# searched again with this one.
_SINGLE = re.compile(
    _FIRST + "(?:" + "|".join(
        f"(?P<{k}>{v})" for k, v in _ALTERNATIVES.items() if k not in ("drange", "range")) + ")"
)

# Pieces for taking a match apart (each applied to one matched string only).
_NUM_UNIT_RE = re.compile(
    rf"(?P<cur>[¥$]|(?:RMB|CNY|USD|US\$))?[ \t]?(?P<pct>{_PCT_PREFIX})?"
    rf"(?P<num>\d[\d,]*(?:\.\d+)?(?:[ \t]?{_MULT})?|[{_D}{_U}点]+)"
    rf"(?P<approx>余|多)?[ \t]?(?P<unit>.*)",
    re.S,
)
_DATE_RE = re.compile(
    rf"(?P<mk>{_MARK_Y}|{_MARK_M})?(?:(?P<y>[\d〇零一二三四五六七八九]{{4}})年度?)?"
    rf"(?:(?P<m>[\d十一二三四五六七八九]{{1,3}})月份?)?(?:(?P<d>[\d十一二三四五六七八九]{{1,3}})[日号])?"
)
_RANGE_SPLIT = re.compile(rf"[ \t]?{_SEP}[ \t]?")
_SUFFIX_Q = re.compile(
    r"及以上|及以下|以上|以下|以内|之内|以外|之外|左右|上下|之前|以前|之后|以后|为限"
    r"|上旬|中旬|下旬|内|前|后|起|止|底|末|初"
)
_PREFIX_Q = (
    "不超过", "不低于", "不少于", "不高于", "不多于", "不足", "超过", "低于", "高于", "少于",
    "多于", "最高", "最低", "最多", "最少", "至少", "达到", "满", "约", "近", "逾", "上限", "下限",
)
_APPROX = re.compile(rf"(?<=[\d{_D}{_U}])[余多](?=[ \t]?[^\d{_D}{_U}])")
_ORD_NUMBER = re.compile(rf"\d+|[{_D}{_U}]+")
_ORD_UNIT_END = re.compile(rf"(?:{_ORD_UNITS})$")
_PREFIX_Q_RE = re.compile(rf"(?:{_alt(_PREFIX_Q)})$")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_WS = re.compile(r"\s+")
_ARABIC_ONLY = re.compile(r"\d+(?:\.\d+)?")
_NUMERAL_TOKEN = re.compile(rf"\d+(?:\.\d+)?|[{_D}{_U}点]")
# Rate parts as written -> canonical, so that "700元/日" and "每天700元" both state 元/天.
_RATE_CANON = {"人·天": "人/天", "人天": "人/天", "人日": "人/天", "日": "天", "夜": "晚", "千米": "公里",
               "km": "公里", "星期": "周"}
# A rate in words right before the number, or before the bound in front of it: "每晚700元",
# "每人每天不超过300元". Wording in between ("每人每天补助80元") is not bridged: a rate read
# into the wrong number would make a fact out of nothing.
_WORD_RATE = re.compile(r"(?:每(?:人次|人|天|日|晚|夜|次|月|年|公里|千米|小时|间|张|份|件|台|辆|项|餐|周|星期))+[ \t]?$")
_WORD_RATE_PART = re.compile(r"(?<=每)[^每 \t]+")
_RATE_SEGMENT = re.compile(rf"/{_RATE_PART}")
# Percentages keep their unit ("每日万分之五" is a daily rate, but "万分之五/天" is not written).
_RATE_KINDS = frozenset({"amount", "count", "duration", "measure"})
_NUMERAL_EDGE = rf"[\d.{_D}{_U}]"


# ---------------------------------------------------------------------------------------------
# The mention
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberMention:
    """One numeric expression found in a text."""

    text: str
    start: int
    end: int
    kind: str
    value: Value
    unit: str
    raw_unit: str
    qualifier: str = ""

    @property
    def key(self) -> tuple:
        """Identity of the value (unit and normalised value) for lenient comparison."""
        return (self.unit, self.value)

    @property
    def surface(self) -> str:
        """The surface for strict comparison: digits folded, spaces and 1,000-commas removed."""
        return _normalise_surface(self.text)

    @property
    def is_fact(self) -> bool:
        """False for ordinals and list markers (第一条, 第3章, （二）), which state nothing."""
        return self.kind != "ordinal"


def _normalise_surface(text: str) -> str:
    return _THOUSANDS.sub("", _WS.sub("", _fold(text)))


# ---------------------------------------------------------------------------------------------
# Numerals
# ---------------------------------------------------------------------------------------------


def _digit_sequence(tokens: list[str]) -> Decimal | None:
    """"二〇二六" read digit by digit; only for years, so that "三四" (3 or 4) is not 34."""
    if len(tokens) == 1:
        return Decimal(_CN_DIGITS[tokens[0]])
    if len(tokens) == 4 or "〇" in tokens:
        return Decimal("".join(str(_CN_DIGITS[t]) for t in tokens))
    return None


def _integer_numeral(tokens: list[str]) -> Decimal | None:
    """Chinese (小写 or 大写) numerals, Arabic digits mixed in: 两千五百, 壹万, 3万5千, 一万五."""
    if all(t in _CN_DIGITS for t in tokens):
        return _digit_sequence(tokens)
    total = section = Decimal(0)
    num: Decimal | None = None
    num_is_cn_digit = False
    last_unit = 0
    after_zero = False
    for t in tokens:
        if not _unit_order_ok(t, last_unit):
            return None  # "一千二千", "三万三万": not one number
        if t in _CN_DIGITS or t[0].isdigit():
            if num is not None:
                return None  # two digits in a row ("三四天") is an estimate, not a value
            if t in _CN_DIGITS and _CN_DIGITS[t] == 0:
                after_zero = True
                continue
            num, num_is_cn_digit = (Decimal(_CN_DIGITS[t]), True) if t in _CN_DIGITS else (Decimal(t), False)
        elif t in _CN_SMALL:
            section += (num if num is not None else 1) * _CN_SMALL[t]
            num, last_unit, after_zero = None, _CN_SMALL[t], False
        else:  # 万 or 亿
            section += num or 0
            if t == "亿":
                if total + section == 0:
                    return None
                total, section = (total + section) * _CN_LARGE[t], Decimal(0)
            else:
                if section == 0:
                    return None
                total, section = total + section * _CN_LARGE[t], Decimal(0)
            num, last_unit, after_zero = None, _CN_LARGE[t], False
    if num is not None:
        # "两千五" is 2500 and "一万五" 15000: a last digit right after a unit counts one
        # order below it (not after 零: "一百零五" is 105).
        if last_unit >= 100 and not after_zero and num_is_cn_digit:
            num *= last_unit // 10
        section += num
    return total + section


def _unit_order_ok(token: str, last_unit: int) -> bool:
    """Within a section units fall (千 > 百 > 十); 万 may follow 亿 or start a section, but
    never follow another 万 in the same 亿-section."""
    if token in _CN_SMALL:
        return last_unit == 0 or last_unit >= 10**4 or _CN_SMALL[token] < last_unit
    if token == "万":
        return last_unit != 10**4
    return True


def _numeral(s: str) -> Decimal | None:
    """The value of a numeral (no unit, no percent sign), or None."""
    s = s.replace(",", "").replace(" ", "").replace("\t", "")
    if not s:
        return None
    if _ARABIC_ONLY.fullmatch(s):
        return Decimal(s)
    tokens = _NUMERAL_TOKEN.findall(s)
    if "".join(tokens) != s:
        return None
    if "点" in tokens:
        i = tokens.index("点")
        whole, frac = tokens[:i], tokens[i + 1:]
        if not frac or any(t not in _CN_DIGITS for t in frac):
            return None
        head = _integer_numeral(whole) if whole else Decimal(0)
        if head is None:
            return None
        return head + Decimal("0." + "".join(str(_CN_DIGITS[t]) for t in frac))
    return _integer_numeral(tokens)


def parse_number(s: str) -> float | None:
    """The value of a numeral: "30000", "1,200", "3.5", "3万", "三万", "两千五百", "壹万",
    "1.5亿", "百分之八" (8), "8%" (8), full-width digits. None if `s` is not one numeral."""
    s = _fold(s.strip())
    for prefix in ("百分之", "千分之", "万分之"):
        if s.startswith(prefix):
            s = s[len(prefix):]
            if s == "百":
                return 100.0
    if s.endswith(("%", "‰")):
        s = s[:-1]
    try:
        value = _numeral(s)
    except InvalidOperation:
        return None
    return None if value is None else float(value)


# ---------------------------------------------------------------------------------------------
# Turning matches into mentions
# ---------------------------------------------------------------------------------------------


def _split_multiplier(num: str) -> tuple[str, str]:
    """"5万" -> ("5", "万"), "三万" -> ("三", "万"): the trailing 万/亿 that a unit family keeps."""
    i = len(num)
    while i > 1 and num[i - 1] in "万亿千百" and (num[i - 1] in "万亿" or num[:i - 1][-1:].isdigit()):
        i -= 1
    return num[:i], num[i:]


def _quantity(matched: str) -> tuple[str, float, str, str] | None:
    """(kind, value, unit, raw_unit) of "30000元", "5万元", "三十日", "¥300", "15个工作日"."""
    m = _NUM_UNIT_RE.fullmatch(matched)
    if not m:
        return None
    value = _numeral(m["num"])
    if value is None:
        return None
    unit_text = m["unit"].strip()
    if m["pct"]:
        kind, unit = "percent", {"百分之": "%", "千分之": "‰", "万分之": "‱"}[m["pct"]]
        return kind, float(value), unit, m["pct"]
    base_unit, _, rate = unit_text.partition("/")
    if m["cur"]:
        kind, unit = "amount", _CURRENCY_PREFIX[m["cur"]]
    elif base_unit in _UNITS:
        kind, unit = _UNITS[base_unit]
    elif not unit_text:
        kind, unit = "plain", ""
    else:
        return None
    if rate:
        unit += "/" + _canonical_rate(rate.split("/"))
    _, mult = _split_multiplier(m["num"].replace(" ", ""))
    return kind, float(value), unit, mult + unit_text


def _canonical_rate(parts: Iterable[str]) -> str:
    """"人天" -> "人/天", ["人", "日"] -> "人/天": one spelling per rate."""
    return "/".join(_RATE_CANON.get(p, p) for p in parts)


def _word_rate(folded: str, start: int) -> str:
    """The canonical rate stated in words before the number at `start` ("每晚" -> "晚"), or ""."""
    bound = _PREFIX_Q_RE.search(folded, max(0, start - 3), start)
    end = bound.start() if bound else start
    m = _WORD_RATE.search(folded, max(0, end - 12), end)
    return _canonical_rate(_WORD_RATE_PART.findall(m.group())) if m else ""


def _english_quantity(matched: str) -> tuple[str, float, str, str] | None:
    m = re.fullmatch(
        r"(?P<cur>[¥$]|RMB|CNY|USD|US\$)?[ \t]?(?P<num>[\d,]+(?:\.\d+)?)[ \t]?"
        r"(?P<mult>thousand|million|billion|k|[万亿千百]+)?[ \t]?(?P<unit>.*)",
        matched,
    )
    if not m:
        return None
    value = Decimal(m["num"].replace(",", ""))
    mult = m["mult"] or ""
    if mult in _EN_MULT:
        value *= _EN_MULT[mult]
    elif mult:
        value *= _integer_numeral(["1", *mult]) or 1
    unit_text = m["unit"].strip()
    if m["cur"]:
        return "amount", float(value), _CURRENCY_PREFIX[m["cur"]], (mult + unit_text).strip()
    kind, unit = _EN_UNITS.get(unit_text.lower(), ("plain", ""))
    return kind, float(value), unit, (mult + unit_text).strip()


def _small(s: str | None) -> int | None:
    if not s:
        return None
    v = _numeral(s)
    return None if v is None else int(v)


def _date_value(matched: str) -> Date | None:
    m = _DATE_RE.fullmatch(matched.replace(" ", ""))
    if not m or not (m["y"] or m["m"] or m["d"]):
        return None
    return (_small(m["y"]), _small(m["m"]), _small(m["d"]), m["mk"] or "")


def _iso_value(matched: str) -> Date:
    parts = [int(p) for p in re.split(r"[-/.]", matched)]
    return (parts[0], parts[1], parts[2] if len(parts) > 2 else None, "")


def _any_date(matched: str) -> Date | None:
    if re.fullmatch(_YMD, matched):
        return _iso_value(matched)
    return _date_value(matched)


def _date_range(matched: str) -> Date | None:
    first, second = _RANGE_SPLIT.split(matched, maxsplit=1)
    a = _any_date(first)
    b = _any_date(second)
    if a is None or b is None:
        return None
    # "3月1日至31日": the second end takes the year and month it leaves out from the first.
    if b[0] is None and b[1] is None:
        b = (a[0], a[1], b[2], b[3])
    elif b[0] is None and not b[3]:
        b = (a[0], b[1], b[2], b[3])
    return (a, b)


_EN_MONTH_NUM = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _english_date(matched: str) -> Date | None:
    month = next((n for k, n in _EN_MONTH_NUM.items() if re.search(rf"\b{k}", matched, re.I)), None)
    numbers = [int(x) for x in re.findall(r"\d+", matched)]
    day = next((n for n in numbers if n <= 31), None)
    year = next((n for n in numbers if n > 31), None)
    return (year, month, day, "") if month else None


def _ordinal_value(matched: str) -> tuple[float, str] | None:
    """第3章 -> (3, "章"), 第1-2条 -> (1, "条"), Article 5 -> (5, "Article"), （二） -> (2, "")."""
    m = _ORD_NUMBER.search(matched)
    value = _numeral(m.group()) if m else None
    if m is None or value is None:
        return None
    if matched.startswith("第"):
        u = _ORD_UNIT_END.search(matched)
        return float(value), u.group() if u else ""
    head = matched[:m.start()].strip(" \t（(")  # "Article", "附件"; "" for list markers
    return float(value), head


def _range_value(matched: str) -> tuple[str, Value, str, str] | None:
    """"5万元至20万元", "5万至20万元", "300-500元", "3～5天", "5%-10%", "1-3月"."""
    first, second = _RANGE_SPLIT.split(matched, maxsplit=1)
    b = _quantity(second)
    a = _quantity(first)
    if a is None or b is None:
        return None
    kind, unit = b[0], b[2]
    lo, hi = a[1], b[1]
    if a[2] and a[2] != unit:
        return None  # "300元至五日": two facts, not a range
    if not a[2] and not a[3] and b[3][:1] in ("万", "亿") and lo <= _bare(second):
        # "3-5万元" means 3万 to 5万: the first end takes the second's multiplier.
        lo = float(Decimal(str(lo)) * (_integer_numeral(["1", b[3][0]]) or 1))
    if kind == "date":
        return "date", ((None, int(lo), None, ""), (None, int(hi), None, "")), "", b[3]
    if kind == "duration" and unit == "年" and lo >= 1800 and hi >= 1800:
        return "date", ((int(lo), None, None, ""), (int(hi), None, None, "")), "", b[3]
    if kind == "plain" and a[0] == "percent":
        kind, unit = "percent", a[2]
    return kind, (lo, hi), unit, b[3]


def _bare(side: str) -> float:
    """The numeral of a range end without its multiplier: "20万元" -> 20."""
    m = _NUM_UNIT_RE.fullmatch(side)
    if not m:
        return 0.0
    head, _ = _split_multiplier(m["num"].replace(" ", ""))
    v = _numeral(head)
    return float(v) if v is not None else 0.0


def _mention(text: str, folded: str, m: re.Match, kind_hint: str) -> list[NumberMention]:
    start, end = m.span()
    matched = folded[start:end]
    result = _classify(matched, kind_hint)
    if result is None:
        if kind_hint in ("range", "drange"):
            # Not one range after all ("300元至五日"): look at the span for single numbers.
            return [_shift(x, start, text) for x in _scan(folded[start:end], _SINGLE, text[start:end])]
        return []
    kind, value, unit, raw_unit = result
    if kind in _RATE_KINDS and raw_unit and "/" not in unit:  # a unit written after the number
        rate = _word_rate(folded, start)
        if rate:  # "每晚700元" states 700元/晚: the same key, though the span stays "700元"
            unit = f"{unit}/{rate}"
    # A list marker's span keeps no indentation.
    lead = len(matched) - len(matched.lstrip(" \t"))
    start += lead
    qualifier = _qualifier(folded, start, end)
    if _APPROX.search(matched):  # "3000余元", "三千多元": an approximate amount
        qualifier = f"{qualifier}…约" if qualifier else "约"
    return [NumberMention(text[start:end], start, end, kind, value, unit, raw_unit, qualifier)]


@lru_cache(maxsize=8192)  # a pure function of the match; amounts and dates recur across texts
def _classify(matched: str, kind_hint: str) -> tuple[str, Value, str, str] | None:
    if kind_hint in ("qty", "cur", "plain", "pct"):
        if kind_hint == "cur" or (kind_hint == "plain" and matched[:1].isdigit()):
            return _english_quantity(matched)
        q = _quantity(matched)
        # A lone "13月" is no date; months are only read as a range's unit ("1-3月").
        return None if q is None or q[0] == "date" else q
    if kind_hint == "en":
        return _english_quantity(matched)
    if kind_hint == "date":
        d = _date_value(matched)
        return None if d is None else ("date", d, "", "")
    if kind_hint == "iso":
        return "date", _iso_value(matched), "", ""
    if kind_hint == "drange":
        dr = _date_range(matched)
        return None if dr is None else ("date", dr, "", "")
    if kind_hint == "endate":
        d = _english_date(matched)
        return None if d is None else ("date", d, "", "")
    if kind_hint == "time":
        h, mi = (re.split(r"[:时]", matched.rstrip("分")) + ["0"])[:2]
        return "time", (int(h), int(mi or 0)), "", ""
    if kind_hint == "range":
        return _range_value(matched)
    ov = _ordinal_value(matched)
    return None if ov is None else ("ordinal", ov[0], ov[1], ov[1])


def _qualifier(folded: str, start: int, end: int) -> str:
    before_m = _PREFIX_Q_RE.search(folded, max(0, start - 3), start)
    before = before_m.group() if before_m else ""
    after_m = _SUFFIX_Q.match(folded, end)
    after = after_m.group() if after_m else ""
    return f"{before}…{after}" if before and after else before or after


def _shift(m: NumberMention, offset: int, text: str) -> NumberMention:
    s, e = m.start + offset, m.end + offset
    return NumberMention(text[s:e], s, e, m.kind, m.value, m.unit, m.raw_unit, m.qualifier)


def _scan(folded: str, pattern: re.Pattern, text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for m in pattern.finditer(folded):
        found.extend(_mention(text, folded, m, m.lastgroup or ""))
    return found


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def find_numbers(text: str) -> list[NumberMention]:
    """Every numeric expression in `text`, in order, never overlapping; the longest reading
    wins (a range over its two ends, a date over its parts). Ordinals included."""
    return _scan(_fold(text), _PATTERN, text)


def find_facts(text: str) -> list[NumberMention]:
    """The numbers that state something: `find_numbers` without ordinals and list markers."""
    return [m for m in find_numbers(text) if m.kind != "ordinal"]


def same_value(a: NumberMention, b: NumberMention) -> bool:
    """Same value: 30000元 ~ 3万元 ~ 三万元, 30日 ~ 三十日, 8% ~ 百分之八, 每晚700元 ~ 700元/晚.
    A dropped unit ("30000" for "30000元") or a dropped rate, whole or in part ("700元" or
    "每天300元" for "300元/人/天") still counts as the same value; two rates that differ
    ("300元/月" for "300元/天") do not."""
    if a.value != b.value:
        return False
    return a.unit == b.unit or a.kind == "plain" or b.kind == "plain" or _units_agree(a.unit, b.unit)


def _units_agree(u: str, v: str) -> bool:
    """Same base unit, and the rates of one are all rates of the other: "元" ~ "元/晚",
    "元/天" ~ "元/人/天", "元/月" vs "元/天" not."""
    if "/" not in u and "/" not in v:
        return False  # different units and no rate at all
    base_u, _, rate_u = u.partition("/")
    base_v, _, rate_v = v.partition("/")
    if base_u != base_v:
        return False
    ru, rv = set(rate_u.split("/")) - {""}, set(rate_v.split("/")) - {""}
    return ru <= rv or rv <= ru


def same_surface(a: NumberMention, b: NumberMention) -> bool:
    """Written the same way, unit included (spaces, full-width digits, 1,000-commas aside)."""
    return a.surface == b.surface


def values_in(text: str) -> set[tuple]:
    """The value keys of the facts in `text`."""
    return {m.key for m in find_facts(text)}


def surfaces_in(text: str) -> set[str]:
    """The normalised surfaces of the facts in `text`."""
    return {m.surface for m in find_facts(text)}


def written(m: NumberMention) -> str:
    """The number and unit as written, which strict comparison holds to: the surface less a
    rate after a slash ("700元/晚" -> "700元"), since a rate may as well be put in words
    ("每晚700元", whose span is "700元")."""
    s = m.surface
    return _RATE_SEGMENT.sub("", s) if "/" in m.unit and "/" in s else s


def supports(ref: NumberMention, cand: NumberMention) -> str | None:
    """How `ref` backs `cand`: "exact" (same value, number and unit written the same way, or
    cand written as a whole part of ref, e.g. "20万元" of "5万元至20万元", "3月1日" of
    "2026年3月1日"), "value" (same value written differently), or None.

    Only whole numbers count: "2万元" is no part of "8000元至20000元" as written (its value
    is an end of the range, so it is backed by value), nor "1日" of "2026年3月11日"."""
    if same_value(ref, cand):
        return "exact" if written(ref) == written(cand) else "value"
    if not _part_of(ref, cand):
        return None
    return "exact" if _written_as_part(ref, cand) else "value"


def _part_of(ref: NumberMention, cand: NumberMention) -> bool:
    """cand's value is an end of ref's range, or a date ref states more precisely."""
    if cand.kind == "date" and ref.kind == "date":
        if not (isinstance(ref.value, tuple) and isinstance(cand.value, tuple)):
            return False
        ends = ref.value if isinstance(ref.value[0], tuple) else (ref.value,)
        return any(_date_within(end, cand.value) for end in ends if not isinstance(cand.value[0], tuple))
    if ref.kind in ("date", "time") or not isinstance(ref.value, tuple) or not isinstance(cand.value, float):
        return False
    units_ok = ref.unit == cand.unit or cand.kind == "plain" or _units_agree(ref.unit, cand.unit)
    return units_ok and cand.value in ref.value


def _written_as_part(ref: NumberMention, cand: NumberMention) -> bool:
    """Whether cand, as written, is written in ref: one end of a range (an end that leaves the
    unit to the other, "5万" of "5万至20万元", borrows it: "5万元"), or a date's part."""
    if ref.kind == "date":
        # A date part ends in 年/月/日 itself ("2026年3月" of "2026年3月1日"); only digits must
        # not run on at either end ("1日" is no part of "11日", "2026-03" of "2026-031").
        after = r"(?!\d)" if cand.surface[-1:].isdigit() else ""
        return re.search(rf"(?<!{_NUMERAL_EDGE}){re.escape(cand.surface)}{after}", ref.surface) is not None
    ends = _range_ends(written(ref))
    cw = written(cand)
    return isinstance(ref.value, tuple) and any(end == cw and value == cand.value
                                                for end, value in zip(ends, ref.value))


@lru_cache(maxsize=4096)
def _range_ends(text: str) -> tuple[str, ...]:
    """The two ends of a range as written, the first completed with the unit it leaves to the
    second: "5万至20万元" -> ("5万元", "20万元"), "3-5万元" -> ("3万元", "5万元")."""
    parts = _RANGE_SPLIT.split(text, maxsplit=1)
    if len(parts) != 2:
        return ()
    first, second = parts
    first_tail, second_tail = _unit_tail(first), _unit_tail(second)
    if first_tail is not None and second_tail is not None and second_tail.startswith(first_tail):
        first += second_tail[len(first_tail):]
    return first, second


def _unit_tail(side: str) -> str | None:
    """What follows a range end's numeral, multiplier included: "20万元" -> "万元", "5" -> ""."""
    m = _NUM_UNIT_RE.fullmatch(side)
    if not m:
        return None
    head, _ = _split_multiplier(m["num"].replace(" ", ""))
    return side[m.start("num") + len(head):] if m["num"].startswith(head) else None


def _date_within(full: Date, part: Date) -> bool:
    if part[3] and part[3] != full[3]:
        return False
    return any(p is not None for p in part[:3]) and all(
        p is None or p == f for p, f in zip(part[:3], full[:3]))


@dataclass(frozen=True)
class NumberDiff:
    """How the numbers of a candidate (an answer) relate to those of a reference (a source)."""

    exact: tuple[NumberMention, ...]
    reformatted: tuple[tuple[NumberMention, NumberMention], ...]  # (candidate, reference)
    unsupported: tuple[NumberMention, ...]  # candidate values the reference does not hold
    missing: tuple[NumberMention, ...]  # reference facts no candidate number stands for

    @property
    def strict_ok(self) -> bool:
        """Every reference number present, written exactly as in the reference; nothing made up."""
        return not (self.reformatted or self.unsupported or self.missing)

    @property
    def lenient_ok(self) -> bool:
        """Every reference value present, however written; nothing made up."""
        return not (self.unsupported or self.missing)


MentionsOrText = Union[str, Sequence[NumberMention]]


def compare_numbers(reference: MentionsOrText, candidate: MentionsOrText) -> NumberDiff:
    """Sort the candidate's facts into exact, reformatted and unsupported against the
    reference's, and list the reference facts the candidate lacks. Ordinals are ignored."""
    refs = find_facts(reference) if isinstance(reference, str) else [m for m in reference if m.is_fact]
    cands = find_facts(candidate) if isinstance(candidate, str) else [m for m in candidate if m.is_fact]
    exact: list[NumberMention] = []
    reformatted: list[tuple[NumberMention, NumberMention]] = []
    unsupported: list[NumberMention] = []
    for c in cands:
        verdicts = [(supports(r, c), r) for r in refs]
        hit = next((r for v, r in verdicts if v == "exact"), None)
        if hit is not None:
            exact.append(c)
            continue
        near = next((r for v, r in verdicts if v == "value"), None)
        if near is not None:
            reformatted.append((c, near))
        else:
            unsupported.append(c)
    missing = [r for r in refs if not any(supports(r, c) or supports(c, r) for c in cands)]
    return NumberDiff(tuple(exact), tuple(reformatted), tuple(unsupported), tuple(missing))
