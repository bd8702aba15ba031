"""Two matters a headline joins, each told in paragraphs of its own, make two cards
(:mod:`kosum.pipeline.matters`); one event or matters told together make one."""

from __future__ import annotations

from kosum.pipeline.matters import headline_pair
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

TWO = (
    "새솔시, 숲길 정비 및 꽃축제 준비\n\n"
    "새솔시는 봄을 맞아 바람언덕 숲길을 정비하고, 다음 달 열리는 해바라기 꽃축제를 준비했다고 3일 밝혔다.\n\n"
    "숲길 정비는 낡은 나무 계단 120곳을 고치고 쉼터 의자 40개를 새로 놓는 일이다.\n\n"
    "시는 숲길 입구에 안내판을 세우고 흙길이 패인 구간 2km에 야자매트를 깔았다.\n\n"
    "해바라기 꽃축제는 다음 달 10일부터 사흘 동안 강변 공원에서 열린다.\n\n"
    "축제장에는 꽃밭 3만㎡와 사진 구역, 먹거리 장터가 들어선다. 시는 축제 기간 셔틀버스 6대를 운행한다.\n\n"
    '한새봄 새솔시장은 "시민이 걷고 즐기는 봄을 준비했다"고 말했다.'
)

ONE_EVENT = (
    "한빛군, 군민의 날 기념식 및 시상식 개최\n\n"
    "한빛군은 10일 군민회관에서 군민의 날 기념식 및 시상식을 열었다고 밝혔다.\n\n"
    "기념식에는 주민 500여 명이 참석했으며, 식전 공연에 이어 군민상 시상식이 진행됐다.\n\n"
    "올해 군민상 시상식에서는 봉사 부문과 문화 부문 수상자 2명이 기념식 무대에 올랐다.\n\n"
    "기념식은 군민 헌장 낭독과 시상식 수상자 축하 공연으로 마무리됐다.\n\n"
    "한빛군은 내년 기념식과 시상식도 군민회관에서 연다."
)

TOGETHER = (
    "새솔시, 어르신 건강·여가 교실 연다\n\n"
    "새솔시는 다음 달부터 어르신 건강·여가 교실을 연다고 5일 밝혔다.\n\n"
    "교실에서는 건강 체조와 여가 공예를 한 시간씩 함께 배운다.\n\n"
    "건강 체조 강사와 여가 공예 강사가 한 교실에서 번갈아 가르친다.\n\n"
    "시는 교실을 마친 어르신의 건강과 여가 만족도를 함께 조사한다.\n\n"
    "신청은 동 행정복지센터에서 받는다."
)


def _cards(text: str) -> list[tuple[str, str]]:
    doc = preprocess(text)
    return [(s.area, " ".join(doc.sentences[i].text for i in s.sentences)) for s in find_structure(doc).segments]


def test_two_matters_of_a_headline_told_apart_are_two_cards_named_by_the_matters() -> None:
    cards = _cards(TWO)
    assert [area for area, _ in cards] == ["숲길 정비", "꽃축제 준비"]
    (_, first), (_, second) = cards
    assert "계단 120곳" in first and "야자매트" in first and "축제" not in first
    assert "강변 공원" in second and "셔틀버스" in second and "숲길" not in second


def test_a_headline_pair_of_one_event_is_one_card() -> None:
    assert headline_pair("한빛군, 군민의 날 기념식 및 시상식 개최") is not None
    assert _cards(ONE_EVENT) == []


def test_a_headline_pair_the_body_speaks_of_together_is_one_card() -> None:
    assert headline_pair("새솔시, 어르신 건강·여가 교실 연다") is not None
    assert _cards(TOGETHER) == []


def test_headline_pair_takes_matters_not_who_nor_a_subject() -> None:
    assert headline_pair("새솔시, 숲길 정비하고 꽃축제 준비") == ("숲길 정비", "꽃축제 준비")
    assert headline_pair("새솔시, 숲길·꽃길 정비") == ("숲길", "꽃길")
    assert headline_pair("새솔 숲길, 명소로 뽑혀") is None  # a subject set off by a comma
    assert headline_pair("새솔시, 주민들과 숲길 정비 다짐") is None  # who acts with whom
    assert headline_pair("새솔시 한바다 작가·한누리 시인 수상") is None  # who, not what
    assert headline_pair("새솔시, 숲길·꽃길·물길 정비") is None  # three, not two


ABROAD = (
    "한빛군, 자매도시 방문하고 특산물 수출 협약\n\n"
    "한빛군은 지난주 바람섬시를 찾아 자매결연 30주년 기념식을 열고, "
    "현지 유통회사 푸른상사와 특산물 납품 협약을 맺었다.\n\n"
    "방문단은 자매도시 시청에서 시장을 만나 청소년 교환 연수를 내년에 다시 열기로 했다.\n\n"
    "이어 두 도시 대표는 자매결연 기념 나무를 시청 광장에 함께 심었다.\n\n"
    "푸른상사는 한빛군 배와 곶감을 내년부터 해마다 30톤씩 들여가 현지 마트에서 판다.\n\n"
    "군은 푸른상사 물류창고를 둘러보고 첫 납품 물량과 날짜를 정했다.\n\n"
    '한누리 한빛군수는 "오랜 벗과 새 판로를 함께 얻었다"고 말했다.'
)


def test_a_lead_that_joins_the_same_two_acts_tells_whose_words_are_whose() -> None:
    # the headline's words alone name neither the partner company nor the anniversary: the
    # lead's two clauses ("…을 열고, …을 맺었다") do, and its "푸른상사와" is with whom, not a matter
    cards = _cards(ABROAD)
    assert [area for area, _ in cards] == ["자매도시 방문", "특산물 수출 협약"]
    (_, first), (_, second) = cards
    assert "청소년 교환 연수" in first and "기념 나무" in first and "푸른상사" not in first
    assert "곶감" in second and "물류창고" in second and "자매" not in second
