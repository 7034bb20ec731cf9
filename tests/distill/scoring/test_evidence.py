"""The words the evidence index is built of: English words by their stems."""

from __future__ import annotations

import pytest

from distill.scoring import score_pair
from distill.scoring.evidence import tokens


@pytest.mark.parametrize(("a", "b"), [("drivers aged 21", "Ages 21"), ("refunds", "refunded"), ("cities", "city"),
                                    ("children", "Child (6-12)"), ("people", "per person"), ("45 feet", "a foot")])
def test_forms_of_one_word_are_one_token(a: str, b: str) -> None:
    assert tokens(a) & tokens(b)


def test_a_subject_in_another_form_of_its_word_is_its_own() -> None:
    source = ("1. Drivers must be at least 21. Ages 21 to 24: surcharge of $25 per day.\n"
              "2. More than 29 minutes late: one extra hour at $15.")
    result = score_pair("I'm 23. Will it cost me extra?", "Yes: drivers aged 21 to 24 pay an extra $25 a day.", source)
    assert result.flags == [], result.to_json()


def test_short_names_and_acronym_plurals_are_the_words_they_stand_for() -> None:
    assert tokens("Sat 9 am") & tokens("on Saturday") and tokens("Mon-Fri") == tokens("Monday-Friday")
    assert tokens("DVDs") == tokens("DVD")
    assert not tokens("APR") & tokens("April")  # an acronym is no short name


def test_codes_are_tokens_as_written() -> None:
    assert "C1" in tokens("C1学费为4800元") and not tokens("C1学费") - tokens("C2学费") == set()
    assert "10x10" in tokens("a 10x10 unit") and "A" in tokens("A类摊位") and "B" in tokens("Type B plots")
    assert "A" not in tokens("A dog may stay")  # an article


@pytest.mark.parametrize(("span", "day"), [("Mon-Fri", "Thursday"), ("Tuesday to Friday", "Wed"),
                                           ("周一至周五", "周四"), ("星期二到星期四", "星期三")])
def test_a_span_of_weekdays_names_the_days_inside_it(span: str, day: str) -> None:
    assert tokens(day) <= tokens(span)
    assert not tokens("Saturday") & tokens(span) and not tokens("周六") & tokens("周一至周五")


def test_a_title_may_hold_a_colon_but_a_lead_in_ends_with_one() -> None:
    from distill.scoring.evidence import source_clauses

    assert source_clauses("Strikeline Bowling: Lane Prices\n1. A lane costs $30 per hour.").title == 0
    assert source_clauses("The following rules apply:\n1. A lane costs $30 per hour.").title is None
