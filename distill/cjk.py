"""The one definition of Chinese text facts: character classes, punctuation, labels and headings.

Ingest, chunking, the offline generator, the scorer and evaluation all ask the same questions
of Chinese text (is this an ideograph? does the sentence end here? is this an article label?);
they import the answers from here, so that they cannot disagree. Standard library only:
`train/` imports it too.

Character classes are given twice: as a regex class body (``HAN``, to build patterns: ``f"[{HAN}]"``)
and compiled (``HAN_RE``). The decisions that used to differ between modules, settled here:

- **Ideographs include the extensions.** ``HAN`` is every CJK ideograph block: extension A,
  the unified block, the compatibility ideographs and planes 2–3 (extensions B–H, where rare
  surnames and place names live), not only U+4E00–U+9FFF. A count of "Chinese characters"
  must not miss 𠮷.
- **》 closes.** The closing book-title marks 》〉 are closers like ”」』）: "……见《办法》。" ends
  after 。, and a sentence end inside a title ("《……。》") ends after the title mark. Including
  them changes nothing where they cannot follow an end mark.
- **"：" does not end a sentence.** "报销须提供下列材料：" introduces what follows; cutting a chunk
  or a cloze sentence there separates the lead-in from its list. It does end a *line* that a
  paragraph may break after (``LINE_ENDS``, used by PDF cleaning), as a list follows.
- **"；" ends a sentence; "，" and "、" do not.** In rules "（一）……；（二）……。" each item is a
  statement of its own. ``FULL_STOPS`` are the strong ends alone (。！？ and . ! ?), for callers
  that want whole sentences only.
"""

from __future__ import annotations

import re

# --- character classes (regex class bodies) -------------------------------------------

#: Every CJK ideograph: extension A, the unified block, compatibility ideographs, planes 2-3.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
#: The rare extension blocks alone (A and planes 2-3): legitimate, but typical of mojibake in bulk.
HAN_RARE = "\u3400-\u4dbf\U00020000-\U0003ffff"
#: CJK script in the wide sense: ideographs, radicals, CJK punctuation and symbols, kana,
#: bopomofo, vertical and small forms, full-width forms. Text of these wraps anywhere.
CJK = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff" + HAN + "\ufe30-\ufe4f\uff00-\uffef"
)

HAN_RE = re.compile(f"[{HAN}]")
CJK_RE = re.compile(f"[{CJK}]")

# --- punctuation (plain strings of characters) ----------------------------------------

#: Strong sentence ends: full stop, exclamation, question, Chinese and Latin.
FULL_STOPS = "。！？!?"
#: Everything that ends a sentence. The CJK marks always do; the Latin ones only where they
#: are not inside a number or an abbreviation ("3.5", "e.g."), which callers check; the
#: full-width point "．" is with them, being both a full stop in some typesetting and the
#: decimal point of full-width digits ("３．５").
SENTENCE_ENDS_CJK = "。！？；…"
SENTENCE_ENDS_LATIN = ".!?;．"
SENTENCE_ENDS = SENTENCE_ENDS_CJK + SENTENCE_ENDS_LATIN
#: Marks after which a paragraph may break though the sentence goes on: a lead-in colon.
LINE_ENDS = SENTENCE_ENDS + "：:"
#: Opening and closing quotes and brackets (Chinese, Japanese, Latin).
OPENERS = "“‘「『《〈【〔（［｛([{"
CLOSERS = "”’」』》〉】〕）］｝)]}"
#: What may follow a sentence end and still belongs to that sentence ("……。”").
AFTER_END = CLOSERS + "\"'"
#: Punctuation that never starts a new word, so nothing is inserted before it when lines join.
NO_SPACE_BEFORE = CLOSERS + "，。、；：！？,.;:!?%％…"
#: Unit signs written right after a number: "5%", "37℃", "20㎡". (Word units such as 元, 万元
#: and 公里 are ideographs; Latin ones such as km take a space in English.)
UNIT_SIGNS = "%％‰‱°℃℉′″㎡㎥㎏㎞㎝㎜㎎㏄"

# --- numerals, labels, headings (regex fragments) --------------------------------------

#: Chinese numeral characters used in labels and page numbers.
# Function characters: a character pair holding one ("金为", "的借") is grammar, not a word.
FUNCTION_CHARS = "的之为是了在于和或及与其"

CN_DIGITS = "一二三四五六七八九十百千零〇两"
_SMALL = "一二三四五六七八九十"  # item numbers: 一 to 九十九
#: "第三条", "第12款": an article label that opens a rule.
ARTICLE = rf"第[{CN_DIGITS}\d]+[条條款]"
#: "第一章", "第二节", "第三编": a division of a document (a heading, not a rule).
DIVISION = rf"第[{CN_DIGITS}\d]+(?:部分|[章节篇编部卷])"
#: An item number that opens a list item: "（一）", "(3)", "一、", "2、", "3." (not "3.5" nor
#: "2、3月"), "①".
ENUMERATOR = rf"(?:[（(][{_SMALL}\d]{{1,3}}[）)]|[{_SMALL}]{{1,3}}、|\d{{1,2}}[、.．](?!\d)|[①-⑳])"
#: An item number standing alone on its line (a layout fragment): "一", "12", "(iv)", "③".
BARE_ENUMERATOR = rf"(?:[{_SMALL}]+|\d{{1,2}}|[（(][^)）]{{1,3}}[)）]|[①-⑳])"
#: A heading or list item at the start of a line, Chinese or English.
HEADING = (
    rf"(?:{DIVISION}|{ARTICLE}"
    rf"|[{_SMALL}]+[、．.]|[（(][{_SMALL}\d]{{1,3}}[)）]"
    r"|\d+(?:\.\d+)+\s|\d{1,3}(?:、|．|\.(?!\d))"
    r"|[①-⑳]|[•▪●◆■►-]\s"
    r"|附件|附录|(?:chapter|article|section|part)\s+[\dIVX]+"
    r"|#{1,6}\s)"
)
HEADING_RE = re.compile("^" + HEADING, re.IGNORECASE)
#: Every character but the digits that a HEADING_RE match can start with (under IGNORECASE
#: "ſ" matches "s"): most lines are told apart by their first character, without the regex.
HEADING_FIRST = frozenset("第" + _SMALL + "（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳•▪●◆■►-附#cCaAsSpPſ")
ENUMERATOR_RE = re.compile("^" + ENUMERATOR)


def is_han(char: str) -> bool:
    """Whether `char` is a CJK ideograph (any block)."""
    return bool(HAN_RE.match(char))


def is_cjk(char: str) -> bool:
    """Whether `char` belongs to CJK script in the wide sense (punctuation and kana included)."""
    return bool(CJK_RE.match(char))


def han_count(text: str) -> int:
    """How many ideographs `text` holds."""
    return len(HAN_RE.findall(text))
