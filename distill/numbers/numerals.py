"""Numerals: the value of a number as written, Arabic or Chinese, 小写 or 大写, with 万/亿.

"30000", "1,200", "3.5", "3万", "三万", "两千五百", "壹万", "1.5亿", "一万五" (15000), "二〇二六"
(a year, read digit by digit). Values are exact (`Decimal`) until a mention is made of them, so
that "0.07万" is 700, not 700.0000000000001.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from distill.numbers.characters import CN_DIGITS, CN_LARGE, CN_SMALL, fold_number_forms
from distill.numbers.characters import DIGIT_CHARS as _D
from distill.numbers.characters import UNIT_CHARS as _U

_ARABIC_ONLY = re.compile(r"\d+(?:\.\d+)?")
_NUMERAL_TOKEN = re.compile(rf"\d+(?:\.\d+)?|[{_D}{_U}点]")


def _digit_sequence(tokens: list[str]) -> Decimal | None:
    """"二〇二六" read digit by digit; only for years, so that "三四" (3 or 4) is not 34."""
    if len(tokens) == 1:
        return Decimal(CN_DIGITS[tokens[0]])
    if len(tokens) == 4 or "〇" in tokens:
        return Decimal("".join(str(CN_DIGITS[t]) for t in tokens))
    return None


def integer_value(tokens: list[str]) -> Decimal | None:
    """Chinese (小写 or 大写) numerals, Arabic digits mixed in: 两千五百, 壹万, 3万5千, 一万五."""
    if all(t in CN_DIGITS for t in tokens):
        return _digit_sequence(tokens)
    total = section = Decimal(0)
    num: Decimal | None = None
    num_is_cn_digit = False
    last_unit = 0
    after_zero = False
    for t in tokens:
        if not _unit_order_ok(t, last_unit):
            return None  # "一千二千", "三万三万": not one number
        if t in CN_DIGITS or t[0].isdigit():
            if num is not None:
                return None  # two digits in a row ("三四天") is an estimate, not a value
            if t in CN_DIGITS and CN_DIGITS[t] == 0:
                after_zero = True
                continue
            num, num_is_cn_digit = (Decimal(CN_DIGITS[t]), True) if t in CN_DIGITS else (Decimal(t), False)
        elif t in CN_SMALL:
            section += (num if num is not None else 1) * CN_SMALL[t]
            num, last_unit, after_zero = None, CN_SMALL[t], False
        else:  # 万 or 亿
            section += num or 0
            if t == "亿":
                if total + section == 0:
                    return None
                total, section = (total + section) * CN_LARGE[t], Decimal(0)
            else:
                if section == 0:
                    return None
                total, section = total + section * CN_LARGE[t], Decimal(0)
            num, last_unit, after_zero = None, CN_LARGE[t], False
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
    if token in CN_SMALL:
        return last_unit == 0 or last_unit >= 10**4 or CN_SMALL[token] < last_unit
    if token == "万":
        return last_unit != 10**4
    return True


def numeral_value(s: str) -> Decimal | None:
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
        if not frac or any(t not in CN_DIGITS for t in frac):
            return None
        head = integer_value(whole) if whole else Decimal(0)
        if head is None:
            return None
        return head + Decimal("0." + "".join(str(CN_DIGITS[t]) for t in frac))
    return integer_value(tokens)


def parse_number(s: str) -> float | None:
    """The value of a numeral: "30000", "1,200", "3.5", "3万", "三万", "两千五百", "壹万",
    "1.5亿", "百分之八" (8), "8%" (8), full-width digits. None if `s` is not one numeral."""
    s = fold_number_forms(s.strip())
    for prefix in ("百分之", "千分之", "万分之"):
        if s.startswith(prefix):
            s = s[len(prefix):]
            if s == "百":
                return 100.0
    if s.endswith(("%", "‰")):
        s = s[:-1]
    try:
        value = numeral_value(s)
    except InvalidOperation:
        return None
    return None if value is None else float(value)


def split_multiplier(num: str) -> tuple[str, str]:
    """"5万" -> ("5", "万"), "三万" -> ("三", "万"): the trailing 万/亿 that a unit family keeps."""
    i = len(num)
    while i > 1 and num[i - 1] in "万亿千百" and (num[i - 1] in "万亿" or num[:i - 1][-1:].isdigit()):
        i -= 1
    return num[:i], num[i:]

