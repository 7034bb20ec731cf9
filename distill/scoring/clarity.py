"""Question clarity (20 points): a question a reader can answer without the source in hand.

- `vague_question`: too short to say anything ("报销？"), nothing but generic words
  ("有什么要求？", "相关规定是什么？" with no subject), or a dangling reference to something
  the reader never saw (该规定, 上述, 本条, "the above rule").
- `not_a_question`: neither a question mark, nor a question word, nor an instruction.
- `long_question`: longer than a question needs to be.
"""

from __future__ import annotations

import re

from distill.cjk import HAN
from distill.scoring.result import CLARITY, LONG_QUESTION, NOT_A_QUESTION, VAGUE_QUESTION, Deduction
from distill.scoring.text import PairContext, content

VAGUE_POINTS = 15.0
NOT_A_QUESTION_POINTS = 8.0
LONG_POINTS = 5.0
MIN_CONTENT = 5  # characters of content
MAX_LENGTH = 150  # characters

# Words that carry no subject: a question made only of these asks about nothing in particular.
_GENERIC_ZH = sorted("""
请问 请 相关 有关 具体 主要 一般 哪些 哪个 哪 什么 怎么样 怎么 怎样 如何 为何 为什么 规定 要求 标准 条件 流程 程序 内容
事项 情况 情形 注意 需要 需 应当 应该 应 是否 是 有 的 吗 呢 些 多少 方面 问题 处理 办理 呀 啊 了 都 这个 那个 这些 那些
这种 那种 这样 这 那 其 该 此 上述 以上 本条 本款 规则 政策 制度 说明 时候 何 谁 可以 能 会 要 做 如 和 及 与 中 里 对
于 在 下 办 吧 么 还 又 也 就 呢 请 一下 进行 具体是 依据 规范 细节 情况下 做法 措施 限制 安排
""".split(), key=len, reverse=True)
_GENERIC_ZH_RE = re.compile("|".join(map(re.escape, _GENERIC_ZH)))
_GENERIC_EN = set("""
what which who whom whose when where why how is are was were be do does did should shall can could may might must will
would the a an of for to in on at about any there this that these those it its they them their requirement requirements
rule rules regulation regulations relevant related detail details specific condition conditions standard standards process
procedure procedures policy policies content contents i we you need needs needed apply applies say says said tell me please
explain describe main general situation situations case cases thing things
""".split())

_DANGLING = re.compile(
    r"(?:该|此|这|这一|这项|这条|这个|那项|上述|前述|上面|前面)"
    r"(?:规定|条款|条|款|项|制度|办法|细则|文件|标准|要求|情形|情况|事项|规则|政策|流程|措施|内容|费用|人员|期限|金额|比例|原则|问题)"
    r"|上述|前述|前款|本条|本款|上款|本项|上一条|下一条|前一条|前条"
    r"|\bthe above\b|\baforementioned\b|\b(?:this|that|said) (?:rule|regulation|provision|policy|article|clause|requirement|standard)\b",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(
    r"[?？]|什么|多少|几|哪|谁|如何|怎么|怎样|是否|吗|呢|为何|为什么|何时|何种|何处|能否|可否|是不是|有没有|可不可以|能不能|多久|多长"
    r"|^\s*(?:how|what|which|who|whom|whose|when|where|why|whether|is|are|can|could|do|does|did|should|may|must|will|would)\b",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"^(?:请|试|简述|概述|说明|列出|列举|解释|介绍|描述|总结|归纳|比较|分析|给出|写出|计算)"
    r"|^\s*(?:please|explain|describe|list|summari[sz]e|give|state|outline|compare|calculate|tell)\b",
    re.IGNORECASE,
)
_LATIN_WORDS = re.compile(r"[A-Za-z]+")


def _subject_left(question: str) -> int:
    """How much of the question is not generic wording: ideographs left after removing
    the generic words, plus non-generic English words, plus digits."""
    zh = re.sub(f"[^{HAN}]", "", _GENERIC_ZH_RE.sub("", question))
    en = [w for w in _LATIN_WORDS.findall(question.lower()) if w not in _GENERIC_EN]
    digits = re.findall(r"\d+", question)
    return len(zh) + 2 * len(en) + 2 * len(digits)


_APPOSED = re.compile(rf"[{HAN}]{{2}}(?:这|此)(?:一)?[项条个](?!规定|条款|制度|办法|细则|文件|标准|要求|情形|情况|事项|规则|政策|流程"
                      r"|措施|内容|费用|人员|期限|金额|比例|原则|问题)")


def _apposed(question: str, d: re.Match[str]) -> bool:
    """Whether a demonstrative only restates the words before it ("赡养老人这项每月能扣多少？":
    this item, the one just named), pointing at nothing unseen."""
    return d.start() >= 2 and _APPOSED.match(question, d.start() - 2) is not None


def vague_reason(question: str, folded: str | None = None) -> str | None:
    """Why the question is vague, or None when it is not (`folded`: its `content`, if known)."""
    if len(content(question) if folded is None else folded) < MIN_CONTENT and len(_LATIN_WORDS.findall(question)) < 3:
        return "the question is too short to say what it asks"
    dangling = next((d for d in _DANGLING.finditer(question) if not _apposed(question, d)), None)
    if dangling:
        return f"the question points at something the reader never saw (“{dangling.group()}”)"
    if _subject_left(question) < 2:
        return "the question names no subject: it could be asked of any rule"
    return None


def score_clarity(ctx: PairContext) -> list[Deduction]:
    """The deductions of the clarity part."""
    q = ctx.question
    out: list[Deduction] = []
    vague = vague_reason(q, ctx.q_content)
    if vague:
        out.append(Deduction(CLARITY, VAGUE_POINTS, vague, VAGUE_QUESTION))
    if not _QUESTION_WORD.search(q) and not _INSTRUCTION.search(q):
        out.append(Deduction(CLARITY, NOT_A_QUESTION_POINTS, "the question is not phrased as a question",
                             NOT_A_QUESTION))
    if len(q) > MAX_LENGTH:
        out.append(Deduction(CLARITY, LONG_POINTS, f"the question is {len(q)} characters long", LONG_QUESTION))
    return out
