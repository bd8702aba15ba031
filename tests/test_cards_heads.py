"""Cards of #19, twelfth round (`cards30`), on own-written headlines: a single-topic card's name whose
head says who or how many ("봉사자 30명", "가람군민들") gives way to the headline's topic by its act;
the old name stays where the headline names no other topic."""

from __future__ import annotations

import pytest

from kosum.pipeline.heads import topic_for_head
from kosum.pipeline.people import no_topic_head
from kosum.pipeline.preprocess import preprocess


@pytest.mark.parametrize(
    ("label", "no_topic"),
    [
        ("정비 차량 12대", True),  # a figure with a counter of things
        ("봉사자 30명", True),  # of people
        ("해안 점검 3건", True),
        ("가람군민들", True),  # people
        ("수강생", True),
        ("갯벌 축제", False),
        ("2027년", False),  # a year is no count
        ("노을 축제 10주년", False),
        ("트럭 5대 기증", False),  # the act after the count is the head
    ],
)
def test_a_name_whose_head_says_who_or_how_many(label: str, no_topic: bool) -> None:
    assert no_topic_head(label) is no_topic


_TEXT = "가람군은 지난 3일 해오름 축제를 열었다. 봉사자 30명이 참여했다. 가람군민들은 큰 박수를 보냈다."


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # the headline's topic by its act, in the headline's own words
        ("봉사자 30명", "가람군 봉사자 30명, 바닷가 청소", "바닷가 청소"),
        ("가람군민들", "가람군, 해오름 축제 성황리 마쳐", "해오름 축제"),
        # place words that lead it go
        ("가람군민들", "가람군, 한국 해오름 축제 성황리 마쳐", "해오름 축제"),
        # a name that says what stays
        ("해오름 축제", "가람군, 바닷가 청소 실시", "해오름 축제"),
        # the headline names only the people: the old name stays
        ("가람군민들", "가람군민들 웃었다", "가람군민들"),
        # no headline
        ("봉사자 30명", "", "봉사자 30명"),
    ],
)
def test_who_or_how_many_gives_way_to_the_topic(label: str, title: str, named: str) -> None:
    assert topic_for_head(label, title, _TEXT) == named


def test_the_people_cut_name_no_other_topic() -> None:
    # "…상 수상" of "…상 수상자": the same people, cut; the old name stays
    assert topic_for_head("바다문학상 수상자", "가람군수, ‘바다문학상 수상’ 작가와 환담", _TEXT) == "바다문학상 수상자"


_LEAD = "가람군은 지난 5일 갯벌학교 자문회의를 열었다. 위원 9명이 참석했다."


@pytest.mark.parametrize(
    ("title", "named"),
    [
        # the headline names no topic by its act: the lead's object of its act, a noun the headline shares
        ("가람군 갯벌학교 자문회의…내년 살림 꼼꼼히 살펴", "갯벌학교 자문회의"),
        # the headline shares none of its words: the old name stays
        ("가람군…내년 살림 꼼꼼히 살펴", "위원 9명"),
    ],
)
def test_the_lead_names_it_where_the_headline_does_not(title: str, named: str) -> None:
    lead = preprocess(_LEAD).sentences[0]
    assert topic_for_head("위원 9명", title, _LEAD, lead=lead) == named
