"""Cards of #19 (names40) on own-written articles: a section's label that is no name (a clause, a key
and its value, an official in an office's note, a time alone) gives way to the clause's subject or
to the section's key noun phrase."""

from __future__ import annotations

import pytest

from kosum.pipeline.nameable import clause_subject, no_name
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("날인 3일에는 바다 마을", True),  # a clause: "…에는"
        ("침수 피해는 없어 … 제방 유실", True),
        ("원금: 상환일", True),  # a key and its value
        ("시장 김바다", True),  # an official of an office's note
        ("이날 오전", True),  # a time alone
        ("새솔초 이솔 학생", True),  # headed by people
        ("누리천 수질 점검", False),
        ("AI영재고 설립 추진", False),  # "영재고" read whole: a school, no clause
        ("청년 어업인 육성", False),
        ("청년 농업인", False),  # a field named by its people, no person
        ("읍내를 잇는 새 순환도로", False),  # the object inside the clause that modifies the head noun
        ("청년 농부가 찾는 스마트팜", False),
    ],
)
def test_no_name(label: str, expected: bool) -> None:
    assert no_name(label) is expected


def test_a_clause_is_named_by_its_subject() -> None:
    assert clause_subject("침수 피해는 없어 … 제방 유실") == "침수 피해"
    assert clause_subject("날인 3일에는 바다 마을") == ""


_DAYS = [
    "새솔군은 지난 2일부터 이틀간 마을 이장 40명을 대상으로 가람 워크숍을 열었다.",
    "첫째 날인 2일에는 누리 갯벌로 나가 갯벌 생태 교육과 마을 기록 교육이 이뤄졌다. "
    "참가자들은 갯벌 생태 교육을 받으며 마을의 갯벌 생태를 살폈다.",
    "둘째 날인 3일에는 바다 서원으로 옮겨 서원 역사 해설을 들었다. "
    "참가자들은 서원 역사 해설을 들으며 옛 서원의 쓰임을 배웠다.",
]


def test_a_section_opened_by_a_days_clause_is_named_by_what_it_reports() -> None:
    areas = [s.area for s in find_structure(preprocess("\n\n".join(_DAYS))).segments]
    assert areas
    assert not any("날인" in area or "에는" in area for area in areas), areas


def test_one_chooser_grows_a_name_by_the_first_reading_that_finds_a_longer_one() -> None:
    from kosum.pipeline.heads import grown

    text = "가람댐이 지난밤 집중호우로 붕괴했다. 가람군은 누리천 수질 점검에 나섰다. 주민들은 대피했다."
    assert grown("가람댐", "가람댐, 집중호우로 붕괴", text) == "가람댐 붕괴"  # the subject's event
    assert grown("점검", "가람군, 누리천 수질 점검 나서", text) == "누리천 수질 점검"  # a kind's phrase
    assert grown("집중호우", "가람댐, 집중호우로 붕괴", text) == "집중호우"  # no reading finds a longer one
