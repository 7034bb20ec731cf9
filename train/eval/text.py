"""Text comparison for QA evaluation, Chinese-aware (nothing here splits on whitespace).

- `content`: letters, digits and ideographs only, NFKC-folded and lower-cased, so that
  punctuation, spacing and full-width forms never decide a comparison.
- `rouge_l`: ROUGE-L F1 over the characters of `content` (a word tokenizer would drop Chinese).
- `key_terms`: the terms a text states: character bigrams inside each run of ideographs (a lone
  ideograph counts as itself unless it is a function word such as 的), and whole Latin words and
  digit strings outside a short English stop list.
- `key_term_coverage`: the share of the reference's key terms the output carries. Terms the
  question already states are left out first (an answer that only echoes the question covers
  nothing), unless that leaves none.
"""

from __future__ import annotations

import re
import unicodedata

from distill.cjk import HAN
from distill.textmetrics import content, lcs_length, rouge_l  # noqa: F401  (re-exported)

_IDEOGRAPHS = HAN
_TERM = re.compile(rf"[{_IDEOGRAPHS}]+|[a-z0-9]+(?:['.][a-z0-9]+)*")
_CJK_STOP = set("的了是在和与及或等也都就而但把被之其这那所以")
_EN_STOP = {
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "of", "to", "in", "on", "at", "for", "by", "with",
    "and", "or", "it", "its", "this", "that", "as", "from", "per", "do", "does", "can", "will", "shall",
}


def key_terms(text: str) -> set[str]:
    """Character bigrams of each ideograph run, and Latin words / digit strings (stop words left out)."""
    terms: set[str] = set()
    for m in _TERM.finditer(unicodedata.normalize("NFKC", text).lower()):
        run = m.group()
        if "a" <= run[0] <= "z" or run[0].isdigit():
            if run not in _EN_STOP:
                terms.add(run)
        elif len(run) == 1:
            if run not in _CJK_STOP:
                terms.add(run)
        else:
            terms.update(run[i:i + 2] for i in range(len(run) - 1))
    return terms


def key_term_coverage(output: str, reference: str, question: str = "") -> float:
    """Share of the reference's key terms (those the question does not state) found in the output."""
    wanted = key_terms(reference)
    key = (wanted - key_terms(question)) or wanted
    if not key:
        return 1.0  # a reference without terms (only punctuation) asks for nothing
    return len(key & key_terms(output)) / len(key)
