"""Cards of #19, eleventh round (`cards23`), on own-written headlines: a single-topic card named by the
people it concerns ("…참여자", "…유공자", "…합격자") keeps the act the headline writes right after
them ("…참여자 모집", "…유공자 표창"): the release reports the act, the people are whom it is for."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.people import names_people, with_people_act


@pytest.mark.parametrize(
    ("word", "people"),
    [
        ("참여자", True),  # a person's noun of three letters ending in 자
        ("수강생", True),  # a student's suffix
        ("봉사자들", True),  # a plural
        ("어르신", True),  # an audience word
        ("가람군민", True),
        ("의자", False),  # two letters: a thing
        ("투자", False),
        ("바다숲", False),
        ("양성과정", False),
    ],
)
def test_a_word_that_names_people(word: str, people: bool) -> None:
    assert names_people(word) is people


_TEXT = "한울시는 바다숲 가꾸기 참여자를 모집한다. 모집 인원은 40명이다. 한울시는 수산 유공자 표창을 열었다."


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # the act after the people, the headline's last word
        ("바다숲 가꾸기 참여자", "한울시, 바다숲 가꾸기 참여자 모집", "바다숲 가꾸기 참여자 모집"),
        # a count of them in between goes
        ("바다숲 가꾸기 참여자", "한울시, 바다숲 가꾸기 참여자 40명 모집", "바다숲 가꾸기 참여자 모집"),
        # a long name is cut from its front
        (
            "2027년 가을철 한울 바다숲 가꾸기 참여자",
            "한울시, 2027년 가을철 한울 바다숲 가꾸기 참여자 모집",
            "한울 바다숲 가꾸기 참여자 모집",
        ),
        # more words after the people: no one act
        ("바다숲 가꾸기 참여자", "한울시, 바다숲 가꾸기 참여자 모집 본격 시작", "바다숲 가꾸기 참여자"),
        # the people with a particle: the act is a verb's, not theirs alone
        ("수산 유공자", "한울시, 수산 유공자에 표창", "수산 유공자"),
        # a name that names no people
        ("바다숲 가꾸기", "한울시, 바다숲 가꾸기 모집", "바다숲 가꾸기"),
        # an act the article never writes
        ("수산 유공자", "한울시, 수산 유공자 격려", "수산 유공자"),
        ("수산 유공자", "한울시, 수산 유공자 표창", "수산 유공자 표창"),
    ],
)
def test_people_keep_the_act_after_them(label: str, title: str, named: str) -> None:
    assert with_people_act(label, title, _TEXT) == named


_PARAGRAPHS = [
    "가람군, 2027년 갯벌 해설사 양성과정 수강생 모집",
    "가람군은 갯벌 생태를 알리는 해설사를 기르려고 ‘2027년 갯벌 해설사 양성과정’ 수강생 30명을 모집한다고 5일 밝혔다.",
    "양성과정은 3월부터 12주 동안 매주 토요일 가람군 갯벌센터에서 열린다.",
    "수강생은 갯벌 생물과 물때, 안전 수칙을 배우고 현장 해설 실습을 한다.",
    "과정을 마친 수강생에게는 수료증을 주고 갯벌센터 해설 활동의 기회를 준다.",
    "신청은 이달 20일까지 가람군 해양수산과에서 받는다.",
]


def test_a_release_about_recruiting_is_named_by_the_act() -> None:
    result = summarize("\n\n".join(_PARAGRAPHS), engine="extractive")
    assert len(result.sections) == 1
    assert result.sections[0].area.endswith("수강생 모집")


_GIFT_TEXT = "바다상회는 누리동에 백미 20포를 기탁했다. 장학금 100만 원도 기부했다. 누리동은 이웃에게 나눴다."


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # a gift alone is no event: the act of giving after it names the card (names33)
        ("백미", "바다상회, 누리동에 백미 20포 기탁", "백미 기탁"),
        # an amount between them goes too
        ("장학금", "바다상회, 누리동에 장학금 100만 원 기부", "장학금 기부"),
        # an act that gives nothing: the gift stays as named
        ("백미", "바다상회, 누리동에 백미 20포 자랑", "백미"),
        # an act the article never writes
        ("백미", "바다상회, 누리동에 백미 20포 기증", "백미"),
        # more words after the act: no one act
        ("백미", "바다상회, 누리동에 백미 기탁 이어가", "백미"),
    ],
)
def test_a_gift_keeps_the_act_of_giving(label: str, title: str, named: str) -> None:
    assert with_people_act(label, title, _GIFT_TEXT) == named
