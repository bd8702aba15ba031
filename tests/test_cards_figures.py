"""Cards of #19 ("names an editor keeps"), on own-written releases: a single-topic card is named by a
noun phrase whose head is the event, programme or award the article reports, not by a headline's
figure of speech ("…의 함성", "A의 B, C의 D"), and not by one bare word where the article writes its
fuller phrase ("문화상" of "가람시 문화상")."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.figures import event_phrase, figure, fuller, section_name, with_topic_head, word_event


@pytest.mark.parametrize(
    ("name", "title", "text", "found"),
    [
        ("광장 속 주민들의 함성", "광장 속 주민들의 함성…매립 반대", "", True),  # a noun of a sound after "의"
        ("갯벌의 숨결, 바다의 희망", "“갯벌의 숨결, 바다의 희망” 누리에서", "", True),  # a pair by a comma
        ("마을의 작은 등불", "누리군, 마을의 작은 등불 켜다", "마을의 작은 등불 켜다", True),  # written only in it
        ("사랑의 연탄 나눔 봉사", "누리군, 사랑의 연탄 나눔 봉사", "봉사활동을 펼쳤다", False),  # a matter
        ("사랑의 떡국 나눔 행사", "누리군, 사랑의 떡국 나눔 행사 열어", "", False),  # headed by an event
        ("바다의 노래, 숲의 노래", "누리군, ‘바다의 노래, 숲의 노래’ 공연", "", False),  # a show's title
        ("주민 함성", "누리군, 주민 함성", "", False),  # no genitive: no figure told
        ("흥겨운 열기 속 폐막", "누리군, 한마당 흥겨운 열기 속 폐막", "", True),  # how it felt, not what
    ],
)
def test_figure(name: str, title: str, text: str, found: bool) -> None:
    assert figure(name, title, text) is found


@pytest.mark.parametrize(
    ("line", "text", "found"),
    [
        ("- 대책위, 새솔천 매립 저지를 위한 공청회 및 결의대회 열어", "공청회 및 결의대회", "공청회 및 결의대회"),
        ("한빛군 노을·일출 축제, 한빛해변 등지서 개최", "노을·일출 축제", "노을·일출 축제"),
        ("새솔군은 ‘2030 갯벌 생태 한마당’을 연다.", "갯벌 생태 한마당", "갯벌 생태 한마당"),
        ("새솔군은 축제를 연다.", "축제", None),  # a bare head says nothing of which
        ("새솔군은 갯벌을 살핀다.", "갯벌", None),  # no event's head
    ],
)
def test_event_phrase(line: str, text: str, found: str | None) -> None:
    assert event_phrase(line, text) == found


def test_fuller() -> None:
    text = "가람시 문화상을 주었다. 가람시 문화상은 오래됐다. 문화상 시상으로 열었다."
    assert fuller("문화상", text) == "가람시 문화상"
    assert fuller("문화상", "가람시 문화상을 주었다. 문화상 시상으로 열었다.") == "문화상"  # written once
    assert fuller("보름달", "한가위 보름달 한가위 보름달") == "보름달"  # no event's head


def test_section_name() -> None:
    heading = "■ 함께한 무대 ‘새솔 어린이 그림 공모전’ 성황"
    assert section_name("함께한 무대", heading, "", heading) == "새솔 어린이 그림 공모전"
    area = "청년 일자리 부문…새솔 청년 플랫폼 사업 운영"
    assert section_name("청년 일자리", area, "", area) == "청년 일자리"  # an area's heading: the area stays


def test_with_topic_head_keeps_a_matter() -> None:
    assert with_topic_head("갯벌 생태 교실", "새솔군, 갯벌 생태 교실 운영", [], "갯벌 생태 교실") == "갯벌 생태 교실"


_RALLY = [
    "‘새솔천 살리자’는 광장 속 시민들의 함성…매립 철회 요구 빗발쳐",
    "- 대책위, 새솔천 매립 저지를 위한 공청회 및 결의대회 열어",
    "광장을 메운 새솔시민들의 목소리가 하루 내내 이어졌다.",
    "새솔천 매립 반대 대책위원회는 지난 9일 시민광장에서 공청회 및 결의대회를 가졌다.",
    "이날 모임에는 주민과 시의원 등 400여 명이 참석했다.",
    "참석자들은 결의문에서 매립 계획을 거둬들이라고 요구했다.",
    "행사를 마친 뒤 참석자들은 시청 앞까지 2km를 걸으며 거리 행진을 펼쳤다.",
]

_FESTIVAL = [
    "“갯벌의 숨결, 바다의 노래” 한빛으로 오세요",
    "“갯벌의 숨결, 바다의 노래”한빛으로 오세요",
    "한빛군 노을·일출 축제, 한빛해변·솔섬 등지서 개최",
    "한빛군에서 한 해를 보내고 새해를 맞는 노을·일출 행사가 열린다.",
    "한빛해변에서는 제12회 한빛 노을·일출 축제가 12월 31일부터 1월 1일까지 이어진다.",
    "31일 밤에는 지역 악단의 음악회와 불꽃놀이가 펼쳐진다.",
    "1월 1일 아침에는 떡국 나누기와 소원지 쓰기가 진행된다.",
    "솔섬에서도 해돋이 전망대를 열고 따뜻한 차를 나눈다.",
]

_AWARD = [
    "가람시, 올해 문화상은 향토 예술인 3명",
    "가람시는 지난 10일 도청 대강당에서 향토 예술을 지켜 온 3명에게 가람시 문화상을 줬다.",
    "시상식에는 도지사와 도의원, 수상자 가족 등 150여 명이 함께했다.",
    "가람시 문화상은 1970년 만들어져 올해로 55회째를 맞았다.",
    "올해는 문학 분야에 시인 한 명, 예술 분야에 화가와 소리꾼이 뽑혔다.",
    "가람시는 수상자의 작품을 모아 내년 봄 도립미술관에서 전시할 계획이다.",
]


def _names(lines: list[str]) -> list[str | None]:
    return [section.area for section in summarize("\n\n".join(lines), engine="extractive").sections]


def test_a_headline_figure_gives_way_to_the_subtitle_event() -> None:
    assert _names(_RALLY) == ["공청회 및 결의대회"]


def test_a_slogan_pair_gives_way_to_the_opening_event() -> None:
    # the headline repeated under itself is no sentence: the first opening sentence's event names it
    assert _names(_FESTIVAL) == ["노을·일출 행사"]


@pytest.mark.parametrize(("name", "named"), [("노을", "노을·일출 축제"), ("불꽃놀이", "불꽃놀이")])
def test_one_word_of_an_event_s_phrase_takes_that_phrase(name: str, named: str) -> None:
    text = (
        "한빛군 노을·일출 축제, 한빛해변 등지서 개최\n한빛해변에서 노을·일출 축제가 열린다. 밤에는 불꽃놀이가 펼쳐진다."
    )
    lines = ["한빛군 노을·일출 축제, 한빛해변 등지서 개최"]
    assert word_event(name, "한빛에서 노을 보고 새해 맞으세요", lines, text) == named


def test_a_bare_award_takes_its_fuller_phrase() -> None:
    assert _names(_AWARD) == ["가람시 문화상"]


_SPORTS = [
    "새솔시, 가을 생활체육 대회 잇따라 열어",
    "새솔시가 지난주 생활체육 대회 세 개를 잇따라 열었다.",
    "■ 마을 선수들의 뜨거운 '열정'",
    "지난 5일 새솔종합운동장에서 제9회 새솔시장배 마을 축구대회가 열렸다.",
    "12개 마을 선수 300여 명이 하루 동안 경기를 치렀다.",
    "■ 어르신 200명 함께 웃은 ‘2030 새솔 윷놀이 한마당’ 성황",
    "지난 7일 새솔천 체육공원에서는 어르신 200여 명이 윷놀이 경기를 펼쳤다.",
    "경기 뒤에는 참가자 모두에게 기념 수건을 나눠 줬다.",
    "■ 줄넘기 잔치",
    "지난 9일 새솔초 체육관에서 어린이 줄넘기 잔치가 열렸다.",
    "어린이 150명이 단체 줄넘기와 이어 뛰기를 겨뤘다.",
]


def test_a_section_named_by_its_event() -> None:
    names = _names(_SPORTS)
    assert "새솔시장배 마을 축구대회" in names  # the heading's figure gives way to the opening sentence's event
    assert "새솔 윷놀이 한마당" in names  # the heading's quoted event, not its clause
