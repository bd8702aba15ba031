"""One event, one card: a story of one event, or a headline's two words of one act, is no set of topics.

A news story brings new nouns in every paragraph, and a limit or a time ("오후부터", "발전기까지"), a
person ("추진위원장은") or a count is no topic that opens a part; a headline's "이전·재배치" is one
move; a topic written short ("운영위") is the topic written long ("운영위원회"). A release about two
matters keeps its two cards.
"""

from __future__ import annotations

from kosum.pipeline.cohesion import Part, same_topics
from kosum.pipeline.matters import one_act
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.slogans import slogan
from kosum.pipeline.structure import find_structure

STORY = "\n\n".join(
    [
        "한빛시 축제장 정전... 관람객 4명 다쳐",
        "10일 저녁 한빛시 중앙광장 축제장에 정전이 일어나 관람객 4명이 다쳤다.",
        "이날 오후부터 무대 앞에는 관람객들의 행렬이 이어졌다. 무대 공연은 오후 6시에 시작됐다.",
        "오후 7시 무대 조명이 꺼지면서 광장이 술렁였다. 관람객들은 휴대전화 불빛으로 출구를 찾았다.",
        "비상 발전기까지 멈추자 조명 기사들이 진땀을 흘렸다. 기사들은 손전등을 들고 발전기를 살폈다.",
        "발전기 업체 직원들이 손전등을 들고 현장에 도착했다. 업체 직원들은 발전기 연료가 바닥났다고 전했다.",
        "축제 추진위원장은 한참 동안 사고 사실을 알리지 않다가 발전기 업체의 보고 뒤에야 사과문을 냈다.",
        "추진위원장은 사과문에서 정전의 책임이 전력 회사에 있다고 주장했다.",
    ]
)

MOVE = (
    "새솔시, 청사 고쳐 짓기 앞두고 임시청사 문 열어…6개 부서 이전·재배치\n\n"
    "새솔시는 본청사 고쳐 짓기 공사에 따라 임시청사를 열고 시청 6개 부서를 "
    "오는 3일부터 차례로 이전·재배치한다고 밝혔다.\n\n"
    "시는 공사에 앞서 한빛동 옛 보건소 터에 2층 임시청사를 지었으며, "
    "남는 청사 공간은 민원 창구로 재배치할 계획이다.\n\n"
    "자리를 옮겨 이전하는 부서는 민원과, 세무과, 교통과, 건축과, 녹지과, 복지과 등 모두 6곳이다.\n\n"
    "민원과와 세무과는 3일 임시청사 1층으로 이전을 마치고 5일부터 업무를 시작한다.\n\n"
    "교통과와 세무과 분소는 임시청사 2층으로 10일 이전을 끝내고 12일부터 일을 시작한다.\n\n"
    "녹지과는 11일 상가 건물 3층으로 이전하며, 복지과는 이튿날 별관 4층 사무실로 재배치된다. "
    "건축과는 12일 옛 보건소 2층으로 이전해 13일부터 업무를 다시 연다.\n\n"
    "시 관계자는 업무 공백 없이 옮기겠다고 말했다."
)

TWO = (
    "누리군, 바람숲 산책로 정비·해바라기 꽃축제 준비\n\n"
    "누리군은 바람숲 산책로를 정비하고 해바라기 꽃축제를 준비한다고 밝혔다.\n\n"
    "바람숲 산책로는 2억 원을 들여 나무 데크 1km를 새로 깐다.\n\n"
    "산책로 곳곳에는 쉼터와 안내판도 들어선다.\n\n"
    "해바라기 꽃축제는 8월 누리천 둔치에서 열린다.\n\n"
    "꽃축제에는 해바라기 5만 그루가 심어지고 야간 공연이 펼쳐진다."
)


def test_a_one_event_news_story_of_many_paragraphs_is_one_card() -> None:
    # "이날 오후부터", "비상 발전기까지" state no topic; "추진위원장은" is who acts, not what about
    assert find_structure(preprocess(STORY)).segments == ()


def test_a_headlines_two_words_of_one_act_make_one_card() -> None:
    assert find_structure(preprocess(MOVE)).segments == ()


def test_a_release_of_two_matters_keeps_its_two_cards() -> None:
    segments = find_structure(preprocess(TWO)).segments
    assert [seg.area for seg in segments] == ["바람숲 산책로 정비", "해바라기 꽃축제 준비"]


def test_one_act_is_a_side_of_acts_alone() -> None:
    doc = preprocess(MOVE)
    assert one_act(("부서 이전", "재배치"), doc.sentences)
    assert not one_act(("바람숲 산책로 정비", "해바라기 꽃축제 준비"), preprocess(TWO).sentences)


def test_a_topic_written_short_or_again_goes_on_with_the_part_before() -> None:
    parts = [Part((0,), "바람 다리"), Part((1, 2), "운영위원회"), Part((3,), "운영위"), Part((4,), "꽃길")]
    assert same_topics(parts) == [Part((0,), "바람 다리"), Part((1, 2, 3), "운영위원회"), Part((4,), "꽃길")]


def test_a_headline_cut_short_gives_way_to_its_line_written_whole() -> None:
    doc = preprocess(
        "한빛군 부녀회, 홀로 사는 어르신께 '온기 떡국 잔치' 마..\n\n"
        "한빛군 부녀회, 홀로 사는 어르신께 '온기 떡국 잔치' 마련\n\n"
        "한빛군 부녀회는 지난 5일 떡국 60인분을 홀로 사는 어르신들에게 전달했다고 밝혔다. "
        "부녀회원 15명이 참여했다."
    )
    assert doc.title == "한빛군 부녀회, 홀로 사는 어르신께 '온기 떡국 잔치' 마련"
    assert doc.subtitle is None


def test_a_quoted_aim_with_the_act_after_it_is_a_slogan() -> None:
    assert slogan("맑은 하늘 누리 시동", "누리군, 전기차 보급 속도…‘맑은 하늘 누리’ 시동")
    assert not slogan("누리 장터 개장", "누리군, ‘누리 장터’ 개장")
