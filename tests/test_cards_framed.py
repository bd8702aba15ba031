"""Cards of #19, eighth round, on own-written headlines: a phrase a verb frames is no topic. "A을 위한
B", "A 위해 B 기탁", "A 맞아 B 전개": A is whom or what for (a purpose, an occasion), B is the topic,
however often the article repeats A; B may be a building with its act ("…을 위한 분청사 개청"). Two
nouns joined by "와/과" are one name ("A과 B 특별전"), never the second alone, unless what follows takes a
partner ("…와 관광 협력")."""

from __future__ import annotations

from kosum.pipeline.topic import headline_topic

_BODY = (
    "한울시 가람동 부녀회는 홀몸 노인들에게 전기장판 40개를 전달했다. "
    "홀몸 노인 가구는 겨울마다 난방비 부담이 크다. 부녀회는 홀몸 노인 가구를 찾아 안부도 물었다. "
    "바람재 농협은 마을 경로당에 난방유 2천 리터를 기부했다. 마을 경로당 어르신들은 마을 경로당에서 겨울을 난다. "
    "반달군은 세계 물의 날을 맞아 하천 정화를 벌였다. 세계 물의 날 행사에는 주민 80명이 나왔다. "
    "가온구 주민들은 환경을 지키는 모임을 꾸렸다. 가온구 경찰은 가짜 상품권을 만든 50대를 붙잡았다. "
    "가짜 상품권은 시장에서 쓰였다. "
    "한빛군은 군청 별관 신축 공사에 따라 바람동 분청사를 개청하고 5개 부서를 차례로 옮긴다. "
    "군청 별관 신축 공사에 앞서 바람동에 분청사를 지었다. 새솔군은 어르신을 위한 복지관을 열었다. "
    "복지관에는 어르신 쉼터와 식당이 들어섰다."
)

_TOPICS = [
    # the object of "위한" is whom the gift is for; the gift is the topic
    ("한울시 가람동 부녀회, 홀몸 노인을 위한 전기장판 전달", "전기장판"),
    # "위해" with no particle before it: the same
    ("바람재 농협, 마을 경로당 위해 난방유 기부", "난방유"),
    # an occasion ("…을 맞아") frames the act's phrase after it
    ("반달군, 세계 물의 날 맞아 하천 정화 전개", "하천 정화"),
    # what follows the adnominal verb is a figure of who (an age): the phrase before it stays
    ("가온구, 가짜 상품권 만든 50대 검거", "가짜 상품권"),
    # a building the frame qualifies, with the act it undergoes, is a thing: the cause before it is no topic
    ("한빛군, 군청 별관 신축을 위한 분청사 개청…5개 부서 이전", "분청사 개청"),
    # the same with the act a release's own ("개관"): the building stays, the people it is for go
    ("새솔군, 어르신을 위한 복지관 개관", "복지관"),
]


def test_a_framed_phrase_gives_way_to_the_phrase_it_frames() -> None:
    assert [headline_topic(title, _BODY) for title, _ in _TOPICS] == [topic for _, topic in _TOPICS]


_PAIRS_BODY = (
    "한울군은 옛 사진과 편지를 모은 특별전을 열었다. 옛 사진은 200점이다. 편지는 30통이다. "
    "바람시는 이웃 도시와 관광 협력을 넓힌다. 관광 협력 협약을 맺었다. "
    "가람천 수질 측정 결과가 나왔다. 2025년 가람천 수질은 2등급이었다. 2026년 가람천 수질은 1등급이다."
)

_PAIRS = [
    # two coordinated nouns: the name keeps both, not the second alone ("편지 특별전")
    ("한울군, 옛 사진과 편지 특별전 개최", "옛 사진과 편지 특별전"),
    # a pair of years cut from the front goes whole: neither year alone
    ("2025년과 2026년 가람천 수질 측정 결과 공개", "가람천 수질 측정"),
    # a partner's predicate ("협력") after the pair: "A와" is who with, no part of the name
    ("바람시, 이웃 도시와 관광 협력 확대", "관광 협력"),
]


def test_two_joined_nouns_are_one_name() -> None:
    assert [headline_topic(title, _PAIRS_BODY) for title, _ in _PAIRS] == [topic for _, topic in _PAIRS]
