"""Consistency with the source (15 points): the answer says what its source sentences say.

- Overlap: the share of the answer's character bigrams found in its best-matching source
  sentences (up to three). An answer built from the source's words keeps the points;
  one mostly in words of its own loses up to 10 and, below a third, is `unsupported_answer`
  (unless grounding found each of its numbers in the source: a paraphrase of its rule).
  ROUGE-L over characters against the best sentence is given in the reason.
  In Latin text the overlap is of words (stemmed, function words left out), not of letter
  pairs, which any two English texts share.
- `contradiction`: the answer allows what the source forbids, or the reverse (不得 vs 可以),
  where that is detectable: the same verb under opposite modals, or a bare "可以。"/"不能。"
  answering a question about a verb the source rules on the other way; in English, the same
  word after an auxiliary with and without "not" ("are not reimbursed" / "are reimbursed").
- `wrong_language`: an answer written in another language than its source.
"""

from __future__ import annotations

import re

from distill.numbers import supports
from distill.scoring.evidence import tokens
from distill.scoring.grounding import DERIVED, EXAMPLE, FORMAT_CHANGED, GROUNDED
from distill.scoring.result import CONSISTENCY, CONTRADICTION, UNSUPPORTED_ANSWER, WRONG_LANGUAGE, Deduction
from distill.scoring.text import FIRST_PERSON, PairContext, mostly_cjk, rouge_l
from distill.cjk import HAN

OVERLAP_POINTS = 10.0
CONTRADICTION_POINTS = 15.0
FULL_SUPPORT = 0.6  # this share of bigrams found keeps every point
NO_SUPPORT = 0.15
UNSUPPORTED_BELOW = 0.3

_NEG = r"(?:不得|不能|不可以|不可|不予|不准|不允许|不应当|不应|不再|禁止|严禁|无需|不需要|不必|不须)"
_POS = r"(?:可以|可|能够|能|允许|准予|予以|应当|应|须|必须|需要|需)"
_NEG_RE = re.compile(_NEG)
_POS_RE = re.compile(_POS)
_NEG_VERB = re.compile(_NEG + rf"(?:再|另行|予以|予|被)?([{HAN}]{{2}})")
_POS_VERB = re.compile(rf"(?<![不无])(?:可以|可|允许|准予)(?:再|另行|予以|予)?([{HAN}]{{2}})")
_YES = re.compile(r"^(?:可以|能|是的|是|允许|会|需要|应当|必须|须|行)(?:[，,。.！!]|$)")
_NO = re.compile(r"^(?:不可以|不能|不得|不允许|不行|否|不是|不会|不予|不可|不需要|无需|不用|不必)")
# The verb a yes-no question asks about: "还能报销…吗" -> 报销.
_ASKED = re.compile(rf"(?:可以|可否|能否|能|可|允许|需要|须)(?:再|另行|予以|予)?([{HAN}]{{2}})")
_CJK2 = re.compile(rf"[{HAN}]{{1,2}}")
_WINDOW = 6
WRONG_LANGUAGE_POINTS = 15.0
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# English polarity: an auxiliary, perhaps "not"/"never", perhaps "be", then the word ruled on.
_EN_RULE = re.compile(
    r"\b(?:(?P<neg1>cannot|can't|isn't|aren't|won't|doesn't|don't|mustn't|shouldn't|wasn't|weren't)"
    r"|(?:is|are|was|were|be|will|shall|may|can|must|should|do|does|could|would)(?P<neg2>\s+(?:not|never))?)"
    r"\s+(?:be\s+|been\s+|get\s+)?(?P<word>[a-z]{3,})\b",
    re.IGNORECASE,
)
_EN_SKIP = frozenset({"not", "never", "also", "only", "always", "the", "and", "that", "this", "than", "then"})


def _polarity_near(answer: str, verb: str, follow: str) -> tuple[bool, bool]:
    """(negated somewhere, allowed somewhere) for the answer's uses of `verb` on the same
    object as the source (the characters that follow it, when the source has any)."""
    negated = allowed = False
    for m in re.finditer(re.escape(verb), answer):
        if follow and not answer.startswith(follow, m.end()):
            continue
        before = answer[max(0, m.start() - _WINDOW):m.start()]
        if _NEG_RE.search(before):
            negated = True
        elif _POS_RE.search(before):
            allowed = True
    return negated, allowed


def _rules(pattern: re.Pattern[str], sentence: str) -> list[tuple[str, str, str]]:
    """(verb, phrase, what follows the verb) for each modal-verb phrase of the sentence."""
    out = []
    for m in pattern.finditer(sentence):
        follow = _CJK2.match(sentence, m.end())
        out.append((m.group(1), m.group(), follow.group() if follow else ""))
    return out


def _about_the_asker(ctx: PairContext) -> bool:
    """Whether the answer applies the rule to the asker's own case: it repeats a number of the
    question's that the source does not state ("不能，参加无偿献血的年龄范围是18周岁至60周岁，65岁
    已超出" of "…可参加献血"), or the question brings one ("我租的车位只签了2年，能申请吗？" "不能，
    租期要在3年以上"). Its "no" may then be the case's, not a rule turned round."""
    if ctx.grounding is not None and any(c.status == EXAMPLE for c in ctx.grounding.numbers):
        return True
    assert ctx.src is not None
    if ctx.q_facts and FIRST_PERSON.search(ctx.question):
        return True  # "我租的车位只签了2年": the asker's own, whatever the source holds
    return any(not any(supports(r, q) for r in ctx.src.candidates_for([q])) for q in ctx.q_facts)


def _rows_named(sentence: str, answer: str) -> str:
    """The sentence less the table rows whose label the answer does not name: a row speaks of its
    label ("| 次卡 | 50元 | 不可冻结 |"), not of another row's ("年卡每年可以冻结2次")."""
    said = tokens(answer)
    kept = []
    for line in sentence.split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        if not cells or (cells[0] and tokens(cells[0]) & said):
            kept.append(line)
    return "\n".join(kept)


def find_contradiction(ctx: PairContext) -> str | None:
    """A plain-words account of a polarity contradiction with the source sentence the answer
    rests on, or None."""
    if ctx.src is None or not ctx.answer_sentences:
        return None
    if not ctx.src.mostly_cjk:
        return _english_contradiction(ctx)
    answer = ctx.answer
    sentence = ctx.src.sentences[ctx.answer_sentences[0]]
    if "|" in sentence:
        sentence = _rows_named(sentence, answer)
    asked = {m.group(1) for m in _ASKED.finditer(ctx.question)}
    forbidden = _rules(_NEG_VERB, sentence)
    for verb, phrase, follow in forbidden:
        negated, said_yes = _polarity_near(answer, verb, follow)
        if said_yes and not negated:
            return f"the source says “{phrase}” but the answer allows it"
        if verb in asked and _YES.search(answer) and not negated:
            return f"the source says “{phrase}” but the answer says yes"
    forbidden_verbs = {verb for verb, _, _ in forbidden}
    # (A "no" for the asker's case turns round no rule the source allows.)
    allowed = [] if _about_the_asker(ctx) else _rules(_POS_VERB, sentence)
    for verb, phrase, follow in allowed:
        if verb in forbidden_verbs:
            continue
        negated, said_yes = _polarity_near(answer, verb, follow)
        if negated and not said_yes:
            return f"the source says “{phrase}” but the answer forbids it"
        if verb in asked and _NO.search(answer) and not said_yes:
            return f"the source says “{phrase}” but the answer says no"
    return None


def _en_polarity(text: str) -> dict[str, tuple[bool, str]]:
    """word -> (negated, the phrase) for each English auxiliary phrase of `text`."""
    out: dict[str, tuple[bool, str]] = {}
    for m in _EN_RULE.finditer(text):
        word = m["word"].lower()
        if word in _EN_SKIP:
            continue
        out.setdefault(word, (bool(m["neg1"] or m["neg2"]), m.group()))
    return out


def _english_contradiction(ctx: PairContext) -> str | None:
    assert ctx.src is not None
    answer = _en_polarity(ctx.answer)
    if not answer or not ctx.answer_sentences:
        return None
    # Only the sentence the answer restates: "Meals are reimbursed" says nothing against
    # "Alcohol is not reimbursed".
    for word, (negated, phrase) in _en_polarity(ctx.src.sentences[ctx.answer_sentences[0]]).items():
        said = answer.get(word)
        if said is not None and said[0] != negated and not (said[0] and _about_the_asker(ctx)):
            return f"the source says “{phrase}” but the answer says “{said[1]}”"
    return None


def wrong_language(ctx: PairContext) -> str | None:
    """Why the answer is in another language than its source, or None."""
    if ctx.src is None:
        return None
    cjk, latin = len(_CJK_CHAR.findall(ctx.answer)), len(_LATIN_WORD.findall(ctx.answer))
    if cjk < 4 and latin < 3:
        return None  # too little text to tell ("30%。", "Yes.")
    answer_cjk = mostly_cjk(ctx.answer)
    if answer_cjk == ctx.src.mostly_cjk:
        return None
    names = ("Chinese", "English")
    return (f"the answer is in {names[0] if answer_cjk else names[1]}, its source in "
            f"{names[0] if ctx.src.mostly_cjk else names[1]}")


def support(ctx: PairContext) -> float | None:
    """The share of the answer's bigrams (words, in Latin text) found in its best-matching
    source sentences; None when there is nothing to compare, or answer and source are in
    different scripts (an English answer on a Chinese source shares no characters, whatever
    it says)."""
    if ctx.src is None or len(ctx.a_grams) < 3:
        return None
    if mostly_cjk(ctx.answer) != ctx.src.mostly_cjk:
        return None
    if not ctx.src.mostly_cjk:
        words = tokens(ctx.answer)
        if len(words) < 3:
            return None
        found_words = frozenset().union(*(tokens(ctx.src.sentences[i]) for i in ctx.answer_sentences))
        return len(words & found_words) / len(words)
    found = frozenset().union(*(ctx.src.grams[i] for i in ctx.answer_sentences))
    return len(ctx.a_grams & found) / len(ctx.a_grams)


def score_consistency(ctx: PairContext) -> list[Deduction]:
    """The deductions of the consistency part."""
    out: list[Deduction] = []
    if ctx.refusal:  # a refusal has already lost this part
        return out
    if ctx.wrong_language:
        return [Deduction(CONSISTENCY, WRONG_LANGUAGE_POINTS, ctx.wrong_language, WRONG_LANGUAGE)]
    share = support(ctx)
    if share is not None and share < FULL_SUPPORT:
        lost = OVERLAP_POINTS * min(1.0, (FULL_SUPPORT - share) / (FULL_SUPPORT - NO_SUPPORT))
        best = ctx.src.sentences[ctx.answer_sentences[0]] if ctx.src and ctx.answer_sentences else ""
        reason = (f"only {share:.0%} of the answer's wording is found in its source sentences"
                  f" (ROUGE-L {rouge_l(ctx.answer, best):.2f} with the closest)")
        # An answer whose every number grounding found in the source, in its rule (or worked out,
        # or the asker's), is the source's rule in other words ("Visitors aged 65 and over pay $15"
        # for "| Senior (65+) | $15 |").
        vouched = ctx.grounding is not None and any(n.status == GROUNDED for n in ctx.grounding.numbers) and all(
            n.status in (GROUNDED, DERIVED, EXAMPLE, FORMAT_CHANGED) for n in ctx.grounding.numbers)
        flag = UNSUPPORTED_ANSWER if share < UNSUPPORTED_BELOW and not vouched else None
        if vouched:
            reason += "; its numbers are all the source's"
        out.append(Deduction(CONSISTENCY, round(lost, 1), reason, flag))
    contradiction = find_contradiction(ctx)
    if contradiction:
        out.append(Deduction(CONSISTENCY, CONTRADICTION_POINTS, contradiction, CONTRADICTION))
    return out
