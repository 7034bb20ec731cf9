"""The characters numbers are written with: their folded forms and the Chinese numerals.

Folding maps full-width digits and signs (３０％), the traditional numeral characters 萬億兩 and
the ideographic space to one spelling each, one character for one, so that spans found in the
folded text are spans of the original too. (`cjk` holds Chinese text facts at large; this fold
is the numbers' own: NFKC, which `textmetrics` uses, is no one-for-one map and leaves 萬 as is.)
"""

from __future__ import annotations

import re

_FOLD = str.maketrans(
    "０１２３４５６７８９％．～－／：＄￥萬億兩\u3000",
    "0123456789%.~-/:$¥万亿两 ",
)
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")


def fold_number_forms(text: str) -> str:
    """`text` with full-width digits and signs, 萬億兩 and the ideographic space in their plain
    forms, one character for one. `text.translate` would do it, only slower: it looks up every
    character in a dict, while such characters are few, so a regex finds them and only they are
    replaced."""
    return _FOLDABLE.sub(lambda m: chr(_FOLD[ord(m.group())]), text)


#: Chinese digits, 小写 and 大写, with their values.
CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
    "玖": 9,
}
#: The units within a 万-section.
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: The units that start a new section.
CN_LARGE = {"万": 10**4, "亿": 10**8}
#: The same as regex class bodies: every Chinese digit, every Chinese numeral unit.
DIGIT_CHARS = "".join(CN_DIGITS)
UNIT_CHARS = "十拾百佰千仟万亿"
