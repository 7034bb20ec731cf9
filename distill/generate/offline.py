"""The offline QA generator: no network, no model, no randomness; the embedded default provider.

Each sentence of a chunk (from `distill.chunking.split_sentences`) becomes at most a couple
of QA pairs:

- a sentence carrying a numeric fact yields a *number* question: the fact's span is replaced
  by the interrogative that fits its unit ("30000元" -> "多少元", "5万元" -> "多少万元",
  "15个工作日" -> "多少个工作日", "8%" -> "百分之多少", "每年12月25日" -> "每年几月几日"),
  the clauses the question does not need are left out, and the answer is the whole source
  sentence, so that every number in it stays verbatim with its unit;
- a rule or definition sentence without numbers yields a *general* question that names its
  subject ("X是指Y" -> "什么是X？", "X不得Y" -> "X是否可以Y？", "X由Y审批" -> "X由谁审批？").

Headings, table rows, fragments, list lead-ins ("…如下：") and sentences that lean on
context ("该…", "上述…", "前款…") are skipped: their answer would not stand on its own.
"""

from __future__ import annotations

import re

from distill.chunking import split_sentences
from distill.generate import QAPair
from distill.numbers import NumberMention, find_numbers
from distill import cjk

MAX_PER_SENTENCE = 2
_SALIENT_KINDS = {"amount", "percent", "date", "time", "duration", "count", "measure", "ratio"}

_CJK = cjk.HAN_RE
_TERMINAL = cjk.SENTENCE_ENDS  # "：" is no end: a lead-in needs its list (see cjk)
_CLOSERS = cjk.AFTER_END  # 》 too
_MARKDOWN_LEAD = re.compile(r"^(?:#{1,6}\s*|>\s*|[-*+]\s+)")
_MARKDOWN_INLINE = re.compile(r"\*\*|__|`")
_LABEL = re.compile(rf"^(?:{cjk.ARTICLE}|{cjk.DIVISION}|{cjk.ENUMERATOR})[\s\u3000]*")
_HEADING = re.compile(rf"^(?:{cjk.DIVISION}|附[件则录]|Table:)")
# Sentences that point back at something said before cannot be answered on their own.
_DANGLING = re.compile(
    r"^(?:该|上述|前述|前款|本条|本款|上款|此|其|以上|下列|如下|这|那|但|但是|否则|同时|因此|所以"
    r"|并且|而且|此外|另外|其中|对此)"
    r"|^(?:This|These|That|Those|Such|It|They|The above|However|Otherwise)\b"
)


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------


def _is_table_row(line: str) -> bool:
    return line.startswith("|") or line.count("|") >= 2 or line.count("\t") >= 2


def _is_heading_line(line: str) -> bool:
    """Short, unpunctuated lines ("第二章　差旅费", "# 报销细则") and Markdown captions."""
    if _HEADING.match(line):
        return True
    return len(line) <= 30 and not any(c in line for c in "。！？；，,：:!?;")


def _join_lines(raw: str) -> str:
    """Drop heading and table lines, undo PDF line wrapping and Markdown markup."""
    lines: list[str] = []
    raw_lines = [ln.strip(" \t\u3000") for ln in raw.splitlines()]
    raw_lines = [ln for ln in raw_lines if ln]
    for i, line in enumerate(raw_lines):
        line = _MARKDOWN_INLINE.sub("", _MARKDOWN_LEAD.sub("", line)).strip()
        if not line or _is_table_row(line):
            continue
        is_last = i == len(raw_lines) - 1
        if _is_heading_line(line) and not (is_last and line[-1:] in _TERMINAL):
            continue
        if lines and lines[-1][-1:].isascii() and lines[-1][-1:].isalnum() and line[:1].isascii():
            lines.append(" " + line)  # English wrapped over two lines
        else:
            lines.append(line)
    return "".join(lines)


def _is_english(sentence: str) -> bool:
    return len(_CJK.findall(sentence)) < 4


def clean_sentence(raw: str) -> str | None:
    """The sentence as a self-contained answer, or None when it should yield no pair."""
    text = _join_lines(raw)
    while True:  # "第十二条　（一）…": labels may come in twos
        stripped = _LABEL.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped.strip(" \t\u3000")
    core = text.rstrip(_CLOSERS + " ")
    if not core or core[-1] in "：:" or core[-1] in "？?" or _DANGLING.match(text):
        return None
    english = _is_english(text)
    if (english and len(text.split()) < 5) or (not english and len(_CJK.findall(text)) < 8):
        return None  # a fragment
    if core[-1] not in _TERMINAL:
        # An unpunctuated line is a sentence only if it is long and has clauses ("文件编号：…"
        # and "2026年2月10日发布" are labels).
        if len(text) < 12 or not any(c in text for c in "，,"):
            return None
        return text + ("." if english else "。")
    if core[-1] in "；;":
        text = core[:-1] + ("." if english else "。") + text[len(core):]
    return text


# ---------------------------------------------------------------------------------------------
# Number questions
# ---------------------------------------------------------------------------------------------


def _date_word(value: tuple) -> str:
    year, month, day, marker = value
    if year is not None and month is not None and day is not None:
        return marker + "哪一天"
    if month is not None and day is not None:
        return marker + "几月几日"
    if year is not None and month is not None:
        return "哪年几月"
    if year is not None:
        return "哪一年"
    if month is not None:
        return marker + "几月"
    return marker + "几日"


def _range_sides(text: str) -> tuple[str, str]:
    first, _, second = re.split(r"[ \t]*(至|到|~|～|-|－|—|–)[ \t]*", text, maxsplit=1)
    return first, second


_SIDE_NUMERAL = re.compile(r"[¥￥$]?(?:[\d,，.．０-９]+|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+)")


def _unit_tail(side: str) -> str:
    """The unit as written after a range end, multiplier included: "5万元" -> "万元",
    "五万" -> "万", "300" -> ""."""
    m = _SIDE_NUMERAL.match(side)
    if not m:
        return ""
    end = m.end()
    while end > 1 and side[end - 1] in "万亿" and m.group()[0] not in "万亿":
        end -= 1
    return side[end:].lstrip()


def _quantity_word(kind: str, unit: str, raw_unit: str) -> str:
    raw = raw_unit.replace("整", "").replace("块钱", "元").replace("块", "元")
    if kind == "percent":
        return {"‰": "千分之多少", "‱": "万分之多少", "%": "百分之多少"}.get(unit, "多少" + raw)
    if raw in ("工作日", "自然日"):
        raw = "个" + raw
    if kind == "amount" and not raw:
        raw = unit  # "¥3,000"
    if kind == "ratio" and raw == "折":
        return "几折"
    return "多少" + raw


def interrogative(m: NumberMention) -> str | None:
    """The Chinese question word that stands for `m` in a question, or None if none fits."""
    if m.kind == "date":
        if isinstance(m.value[0], tuple):
            first, second = m.value
            return _date_word(first) + "至" + _date_word(second).removeprefix(second[3])
        return _date_word(m.value)
    if m.kind == "time":
        return "几点"
    if m.kind not in _SALIENT_KINDS:
        return None
    if isinstance(m.value, tuple):  # a range: ask for both ends, each with its written unit
        first, second = _range_sides(m.text)
        return (_quantity_word(m.kind, m.unit, _unit_tail(first) if m.kind != "percent" else "")
                + "至" + _quantity_word(m.kind, m.unit, m.raw_unit))
    return _quantity_word(m.kind, m.unit, m.raw_unit)


_EN_WORDS = {"amount": "how much", "percent": "what percentage", "date": "what date",
             "time": "what time"}


def english_interrogative(m: NumberMention) -> str | None:
    """The English question words for `m` ("how many days"), or None if none fits."""
    if m.kind in _EN_WORDS:
        return _EN_WORDS[m.kind]
    if m.kind in ("duration", "count", "measure"):
        word = m.raw_unit if m.raw_unit.isascii() and m.raw_unit else m.unit
        return "how many " + word
    return None


def _salient(m: NumberMention, facts: list[NumberMention]) -> bool:
    """Worth a question: a fact with a unit, not "一人"/"一次" style idiom, and stated once
    (asking about a value the question still shows elsewhere would give the answer away)."""
    if m.kind not in _SALIENT_KINDS:
        return False
    if m.kind == "count" and m.text[:1] in "一两" and m.value in (1.0, 2.0) and not m.qualifier:
        return False
    if m.kind == "count" and m.raw_unit == "个" and not m.text[:1].isdigit() and m.value <= 10:
        return False  # "北京、上海、广州、深圳四个城市": a tally of what the sentence lists
    return sum(1 for f in facts if f.key == m.key) == 1


_CLAUSE = re.compile(r"[，,]")
_PREDICATE_START = re.compile(
    r"^(?:须|还须|应当|应|必须|可以|可|不得|不予|由|按|经|报|方可|均|一律|予以|并|给予|补助|为)")
_HAS_PREDICATE = re.compile(
    r"应当|应|须|必须|可以|可|不得|不予|为|是|按|由|超过|不满|补助|给予|报销|提交|办理|完成|实行|发放|审批|批准")
_CONDITION_END = re.compile(rf"的[{cjk.HAN}]{{0,4}}$")
_CONJUNCTION = re.compile(r"^(?:但是|但|并且|并|而且|而|且|同时)")
_MODAL_COMMA = re.compile(r"[，,](?=(?:须|还须|必须|应当|应|需|可以|可|不得|不予|均|一律|由|按|方可))")


def _question_clauses(text: str, start: int) -> str:
    """The sentence cut down to what the question needs: the first clause (its topic), the
    clause holding the fact, a condition clause before it and a consequence clause after."""
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 1]
    spans = [(cuts[i], cuts[i + 1] - 1) for i in range(len(cuts) - 1)]
    clauses = [text[a:b] for a, b in spans]
    k = next(i for i, (a, b) in enumerate(spans) if a <= start < b + 1)
    keep = {0, k}
    if k > 0 and clauses[k - 1].endswith("的"):
        keep.add(k - 1)
    # A condition ("…的", "…的费用") or a bare topic needs the clause that says what follows.
    if k + 1 < len(spans) and (_CONDITION_END.search(clauses[k]) or (
            _PREDICATE_START.match(clauses[k + 1]) and not _HAS_PREDICATE.search(clauses[k]))):
        keep.add(k + 1)
    parts: list[str] = []
    for i in sorted(keep):
        part = clauses[i]
        if i - 1 not in keep and i > 0:
            part = _CONJUNCTION.sub("", part)  # "…，但每单程…" loses its "但" once cut loose
        parts.append(part)
    return "，".join(p for p in parts if p)


def _finish_question(text: str, english: bool) -> str:
    text = text.strip().rstrip(_TERMINAL + " ")
    if english:
        return text[:1].upper() + text[1:] + "?"
    return _MODAL_COMMA.sub("", text) + "？"


def number_pairs(sentence: str) -> list[QAPair]:
    """Up to MAX_PER_SENTENCE questions, one per distinct salient fact, in order."""
    english = _is_english(sentence)
    facts = [m for m in find_numbers(sentence) if m.is_fact]
    pairs: list[QAPair] = []
    for m in facts:
        if len(pairs) == MAX_PER_SENTENCE or not _salient(m, facts):
            continue
        word = english_interrogative(m) if english else interrogative(m)
        if word is None:
            continue
        marked = sentence[:m.start] + "\0" + sentence[m.end:]
        if english:
            question = marked.replace("\0", word)
        else:
            trimmed = _question_clauses(marked, m.start)
            question = trimmed.replace("\0", word)
        pairs.append(QAPair(_finish_question(question, english), sentence, "number"))
    return pairs


# ---------------------------------------------------------------------------------------------
# General questions
# ---------------------------------------------------------------------------------------------

_SUBJECT = r"(?P<x>[^，。；：]{2,30}?)[，,]?"
_DEFINITION = re.compile(rf"^{_SUBJECT}(?:是指|系指|指的是)")
_FORBIDDEN = re.compile(rf"^{_SUBJECT}(?:不得|严禁|禁止|不准|不允许|不能)(?P<y>[^，。；;]+)")
_NOT_GRANTED = re.compile(rf"^{_SUBJECT}不予(?P<y>[^，。；;]+)")
_ALLOWED = re.compile(rf"^{_SUBJECT}可以(?P<y>[^，。；;]+)")
_RESPONSIBLE = re.compile(
    rf"^{_SUBJECT}由(?P<who>[^，。；;]{{2,20}}?)(?P<v>负责|审批|审核|批准|承担|管理|确定|核定|签字|复核"
    r"|审定|办理|支付|统一采购|采购|登记)(?P<rest>[^，。；;]*)")
_ACCOUNTABLE = re.compile(rf"^{_SUBJECT}对(?P<y>[^，。；;]{{2,30}}?)负责")
_PRACTICE = re.compile(rf"^{_SUBJECT}实行(?P<y>[^，。；;]*?)(?P<n>制度|管理|方式|标准|原则|控制)[。；;]?$")
_OBLIGATION = re.compile(rf"^{_SUBJECT}(?P<modal>必须|应当|应该|须)(?P<y>[^，。；;]+)")
_VERB_OBJECT = re.compile(
    r"^(?P<v>提供|提交|附|附上|填写|取得|出具|持有|携带|保留|乘坐|使用|遵守|遵循|凭|坚持|选择|注明|写明)"
    r"(?P<o>.*?)(?P<n>原则|规定|标准|程序|要求|制度|方式|材料|单据|凭证|文件)?$")
_APPROVAL = re.compile(r"^(?:事先)?经(?P<who>.{2,15}?)(?P<v>审批|批准|审核|同意|签字|签批|确认)")
_SUBJECT_TRIM = re.compile(r"^(?:本(?:细则|办法|规定|制度)(?:中)?所称的?|所称的?|对于|关于|凡是|凡)")
_EN_DEFINITION = re.compile(r"^(?P<x>.{3,60}?)\s+(?:means|refers to|is defined as)\s", re.I)
_EN_FORBIDDEN = re.compile(r"^(?P<x>.{3,60}?)\s+(?:must not|shall not|may not|cannot)\s+(?P<y>[^,.;]+)")


def _subject(m: re.Match) -> str | None:
    """The question's subject, or None if what precedes the verb is no subject at all."""
    x = _SUBJECT_TRIM.sub("", m["x"].strip()).strip("“”\"' ")
    if len(_CJK.findall(x)) < 2 or len(x) > 20 or _DANGLING.match(x):
        return None
    if m.re is not _DEFINITION and "是" in x:
        return None  # "X是Y的第一责任人，应当…": a clause, not a subject
    return x


def _obligation_question(x: str, modal: str, y: str) -> str:
    vo = _VERB_OBJECT.match(y)
    if vo:
        noun = vo["n"] or ""
        return f"{x}{modal}{vo['v']}什么{noun}？"
    ap = _APPROVAL.match(y)
    if ap:
        return f"{x}{modal}经谁{ap['v']}？"
    return f"{x}有什么要求？"


def _chinese_general(s: str) -> str | None:
    m = _DEFINITION.match(s)
    if m and (x := _subject(m)):
        return f"什么是{x}？"
    for pattern, template in ((_FORBIDDEN, "{x}是否可以{y}？"), (_NOT_GRANTED, "{x}是否予以{y}？"),
                              (_ALLOWED, "{x}是否可以{y}？")):
        m = pattern.match(s)
        if m and (x := _subject(m)):
            return template.format(x=x, y=m["y"].rstrip("。；;"))
    m = _RESPONSIBLE.match(s)
    if m and (x := _subject(m)):
        return f"{x}由谁{m['v']}{m['rest'].rstrip('。；;')}？"
    m = _ACCOUNTABLE.match(s)
    if m and (x := _subject(m)):
        return f"{x}对什么负责？"
    m = _PRACTICE.match(s)
    if m and (x := _subject(m)):
        return f"{x}实行什么{m['n']}？"
    m = _OBLIGATION.match(s)
    if m and (x := _subject(m)):
        return _obligation_question(x, m["modal"], m["y"].rstrip("。；;"))
    return None


def _english_general(s: str) -> str | None:
    m = _EN_DEFINITION.match(s)
    if m:
        return f"What does {m['x']} mean?"
    m = _EN_FORBIDDEN.match(s)
    if m:
        x = m["x"]
        return f"Can {x[:1].lower() + x[1:] if not x[:2].isupper() else x} {m['y'].strip()}?"
    return None


def general_pair(sentence: str) -> QAPair | None:
    """A question about a rule or definition sentence, naming its subject, or None."""
    question = _english_general(sentence) if _is_english(sentence) else _chinese_general(sentence)
    return QAPair(question, sentence, "general") if question else None


# ---------------------------------------------------------------------------------------------
# The provider
# ---------------------------------------------------------------------------------------------


def generate_offline(chunk_text: str, per_chunk: int | None = None) -> list[QAPair]:
    """QA pairs for one chunk: number questions first, then general ones, each in document
    order; at most `per_chunk` of them (None: no cap). The same text gives the same pairs."""
    numbers: list[QAPair] = []
    general: list[QAPair] = []
    for span in split_sentences(chunk_text):
        sentence = clean_sentence(chunk_text[span.start:span.end])
        if sentence is None:
            continue
        found = number_pairs(sentence)
        if found:
            numbers.extend(found)
        elif (pair := general_pair(sentence)) is not None:
            general.append(pair)
    # Only exact repeats are dropped: one question with two answers (the same rule for two
    # cases) is left for the scorer to judge, which sees the whole document.
    pairs = list(dict.fromkeys(numbers + general))
    return pairs if per_chunk is None else pairs[:max(per_chunk, 0)]
