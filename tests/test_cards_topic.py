"""Cards of #19, fifth round, on own-written releases: a single-topic card is named by the topic noun
phrase of its headline, whole (not its first noun, not cut inside a compound), without the office
before the comma, the act it reports, figures at its end, quotation marks or a bracketed tag."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.topic import headline_topic

_BODY = (
    "새솔군은 지난 5일 바다읍 일원에서 2030 갯벌 축제를 열었다고 밝혔다. "
    "갯벌 축제에는 주민과 관광객 3천여 명이 찾았다. "
    "한빛초 학생들은 갯벌 생물 그림 대회에서 금상을 받았다. "
    "새솔시는 ‘겨울 빛 정원’ 전시회를 열고 작품 40점을 선보였다. "
    "새솔시는 2년 연속 으뜸 청정마을로 뽑혔다. "
    "누리구는 ‘어르신 장바구니 나르기’ 봉사를 이어간다. "
    "새솔 산단에는 안전교육장이 들어선다. "
    "새솔도서관은 여름학기 어린이 독서교실 참가자를 모집한다. "
    "새솔군은 청년 농부 100명을 뽑는다. "
    "새솔시는 청년 갯벌 계획을 밝혔다. "
    "새솔군은 마을 공동 태양광 발전단지를 짓는다. "
    "새솔시는 갯벌 생태 평가에서 우수 등급을 받았다. "
    "새솔군은 2026년 갯벌 보전 평가에서 으뜸 지자체가 됐다. "
    "새솔군은 마을 돌봄교사를 세 배로 늘린다."
)

_TOPICS = [
    # the office before the comma and the act at the end are no part of the topic
    ("새솔군, 2030 갯벌 축제 성황리 개최", "2030 갯벌 축제"),
    # a compound whole, not its first noun; a quoted verdict is the act
    ("한빛초, 갯벌 생물 그림 대회 ‘금상’", "갯벌 생물 그림 대회"),
    # a quoted name first, with the noun written onto it
    ("새솔시, ‘겨울 빛 정원’전시회 개최", "겨울 빛 정원 전시회"),
    # a quoted name that ends in a verb's noun form, with the noun that ends the headline
    ("누리구 봉사단, 여름 더위 식힌 ‘어르신 장바구니 나르기’ 봉사", "어르신 장바구니 나르기 봉사"),
    # an extent that leads the phrase goes, as the act does (names43: how often, not what)
    ("새솔시, 2년 연속 으뜸 청정마을 선정", "으뜸 청정마을"),
    # a phrase of where (…에) is no topic; the verb goes
    ("새솔 산단에 2031년까지 안전교육장 건립된다", "안전교육장"),
    # a bracketed tag and a department note are no part of it
    ("[새솔소식] 새솔도서관, 여름학기 어린이 독서교실 참가자 모집(평생학습과)", "여름학기 어린이 독서교실 참가자"),
    # a word that qualifies the act ("본격", "연속", "탓", a half-year) never ends the topic
    ("새솔군, 마을 공동 태양광 발전단지 본격 추진", "마을 공동 태양광 발전단지"),
    ("새솔시, 갯벌 생태 평가 상·하반기 연속 ‘우수’ 선정", "갯벌 생태 평가"),
    # a quoted verdict before "선정" is what the topic was chosen as, not the topic
    ("새솔군, 2026년 갯벌 보전 평가 ‘으뜸 지자체’ 선정", "2026년 갯벌 보전 평가"),
    # "확대" is the act: the figure before it goes too
    ("새솔군, 내년 마을 돌봄교사 3배 확대", "마을 돌봄교사"),
    # acts joined by "·" go together
    ("새솔시, 청년 갯벌 계획 발표·지원 확정", "청년 갯벌 계획"),
    # figures that end the phrase go with the act; a lone short noun is no name
    ("새솔군, 청년 농부 100명 모집", "청년 농부"),
]


@pytest.mark.parametrize(("title", "topic"), _TOPICS)
def test_the_headline_names_the_topic(title: str, topic: str) -> None:
    assert headline_topic(title, _BODY) == topic


@pytest.mark.parametrize(
    "title",
    [
        "새솔군, 주민 불편 해소 나서",  # the only phrase ends in an act: "주민 불편 해소" is no name the body writes
        "누리구 봉사단, 2천만 원 기탁",  # only figures are left
        "새솔군, 군정 소식 ‘갯벌 체험 교실 …",  # a headline cut short: its last phrase is no whole name
    ],
)
def test_no_topic_where_the_headline_names_none(title: str) -> None:
    assert headline_topic(title, _BODY) is None


def test_a_single_topic_release_is_named_by_its_headline() -> None:
    paragraphs = [
        "새솔군은 지난 5일 바다읍 갯벌공원에서 2030 갯벌 축제를 열었다고 밝혔다.",
        "올해 갯벌 축제에는 주민과 관광객 3천여 명이 찾아 갯벌 체험과 공연을 즐겼다.",
        "축제 기간 맨손 고기잡기와 조개 캐기 체험에는 어린이 가족 500여 명이 참여했다.",
        '새솔군 관계자는 "내년에는 체험 프로그램을 더 늘리겠다"고 말했다.',
        "군은 축제 만족도 조사 결과를 내년 축제 준비에 반영할 계획이다.",
    ]
    text = "\n\n".join(paragraphs)
    summary = summarize(text, title="새솔군, 2030 갯벌 축제 성황리 개최")
    assert [s.area for s in summary.sections] == ["2030 갯벌 축제"]


def test_a_headline_of_two_acts_names_no_one_topic() -> None:
    assert (
        headline_topic("새솔군, 갯벌 축제 열고 어촌 체험 확대", "새솔군은 갯벌 축제를 열고 어촌 체험을 늘린다.") is None
    )


def test_the_programme_before_the_comma_names_the_topic_the_article_repeats() -> None:
    text = "새솔군 텃밭은행이 첫 분양을 마쳤다. 텃밭은행은 빈 땅을 잇는다. 텃밭은행 등록은 쉽다."
    assert headline_topic("새솔군 텃밭은행, 두 달 만에 첫 분양 완료", text) == "텃밭은행"
    # the programme the article names as often as the topic after the comma is the one that acts
    text = "봉사단은 갯벌 정화 활동을 펼쳤다. 갯벌 정화 활동에는 30명이 나섰다."
    assert headline_topic("새솔군 봉사단, 갯벌 정화 활동 펼쳐", text) == "갯벌 정화 활동"


def test_a_quoted_name_is_never_cut() -> None:
    # a quoted verb's noun form with no noun after it names nothing alone, and no part of it does
    text = "누리동 봉사단은 ‘온기 도시락 나눔’을 펼쳤다. 온기 도시락 나눔은 해마다 열린다."
    assert headline_topic("누리동 봉사단, ‘온기 도시락 나눔’ 추진", text) is None


def test_a_group_before_the_comma_acts_and_names_no_topic() -> None:
    text = "봉사회는 이웃사랑 모금에 나섰다. 봉사회는 해마다 모금한다. 봉사회 회원 20명이 함께했다."
    assert headline_topic("바다면 봉사회, 연말 이웃사랑 모금 참여", text) == "연말 이웃사랑 모금"


def test_a_quoted_verdict_and_an_unwritten_act_name_no_topic() -> None:
    text = "새솔시는 갯벌 축제로 으뜸금상을 받았다. 새솔시 해변장터는 매출 2억 원을 올렸다."
    assert headline_topic("새솔시, 갯벌 축제 ‘으뜸금상’", text) == "갯벌 축제"
    # a phrase of three words or more, half of which the article writes, stands whole
    assert headline_topic("새솔시, 갯벌 축제 으뜸금상 기념식 개최", text) == "갯벌 축제 으뜸금상 기념식"
