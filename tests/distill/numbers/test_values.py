"""The value types: equality and hashing (they are dict keys and set members), their parts."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from distill.numbers import Date, DateRange, Quantity, Range, Time, find_numbers

N = None  # a missing date part, for readability


def test_values_of_one_number_are_equal_however_written() -> None:
    values = {m.value for m in find_numbers("30000元，3万元，三万元，30,000元，３００００元")}
    assert values == {Quantity(30000.0)}


@pytest.mark.parametrize("a,b", [
    (Quantity(3.0), Quantity(3)),
    (Range(5.0, 10.0), Range(5, 10)),
    (Date(2026, 3, 1), Date(2026, 3, 1, "")),
    (DateRange(Date(N, 3, 1), Date(N, 3, 31)), DateRange(Date(N, 3, 1), Date(N, 3, 31))),
    (Time(17, 30), Time(17, 30)),
    # A time and the range of its two numbers: equal, as the tuples they replaced were.
    (Time(9, 30), Range(9.0, 30.0)),
])
def test_equal_values_hash_alike(a: object, b: object) -> None:
    assert a == b and b == a and not (a != b) and not (b != a)
    assert hash(a) == hash(b)
    assert len({a, b}) == 1 and {a: 1}[b] == 1


@pytest.mark.parametrize("a,b", [
    (Quantity(3.0), Quantity(4.0)),
    (Quantity(3.0), 3.0),  # a value is no bare float
    (Quantity(3.0), Range(3.0, 3.0)),
    (Range(5.0, 10.0), Range(10.0, 5.0)),
    (Date(N, 3, 1), Date(2026, 3, 1)),
    (Date(N, 1, 31, "次年"), Date(N, 1, 31)),
    (Date(2026, N, N), Quantity(2026.0)),
    (DateRange(Date(N, 3, 1), Date(N, 3, 31)), Range(3.0, 31.0)),
    (Time(17, 30), Time(17, 31)),
    (Time(17, 30), Date(N, 17, 30)),
])
def test_different_values_are_unequal(a: object, b: object) -> None:
    assert a != b and b != a and not (a == b)
    assert len({a, b}) == 2


def test_a_range_has_its_two_ends_only() -> None:
    r = Range(8000.0, 20000.0)
    assert r.ends == (Quantity(8000.0), Quantity(20000.0))
    assert r.has_end(Quantity(20000.0)) and r.has_end(Quantity(8000.0))
    assert not r.has_end(Quantity(10000.0))  # between the ends, but not one of them
    assert r.numbers == (8000.0, 20000.0)


def test_date_parts_and_what_a_date_is_part_of() -> None:
    full = Date(2026, 3, 1)
    assert full.parts == (2026, 3, 1) and full.marker == ""
    assert Date(N, N, 5, "每月").numbers == (5,)
    assert Date(N, 3, 1).is_part_of(full) and Date(2026, 3, N).is_part_of(full)
    assert Date(2026, N, N).is_part_of(full)
    assert not Date(N, 3, 2).is_part_of(full)
    assert not Date(N, 3, N, "次年").is_part_of(Date(N, 3, 1))  # another marker
    assert not Date(N, N, N).is_part_of(full)  # states nothing


def test_a_date_range_is_two_dates_and_no_numbers() -> None:
    (m,) = find_numbers("3月1日至31日")
    assert m.value == DateRange(Date(N, 3, 1), Date(N, 3, 31))
    assert isinstance(m.value, DateRange) and m.value.ends == (Date(N, 3, 1), Date(N, 3, 31))
    assert m.value.numbers == ()


def test_values_are_immutable() -> None:
    q = Quantity(3.0)
    with pytest.raises(FrozenInstanceError):
        setattr(q, "number", 4.0)
