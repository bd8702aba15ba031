"""A later summary sentence that goes on from, or points into, the sentence right before it ("그러면서 …", "이
방식은 …") comes with that sentence where it fits, else gives way; a contrast ("그러나 …") and a pointer to what the
summary names ("이 드론 방제는 …") stand alone (own-written articles)."""

from __future__ import annotations

import numpy as np

from kosum.engines.extractive import _summary
from kosum.engines.standing import leans_back
from kosum.pipeline.preprocess import preprocess

DRONES = "\n\n".join(
    [
        "새솔군은 올해 드론 방제 면적을 지난해의 두 배인 4천 헥타르로 넓힌다고 12일 밝혔다.",
        "군은 방제 드론 12대를 새로 사고 읍면마다 조종사 2명씩을 둔다.",
        "군은 지난해 농가 40곳과 함께 약제를 물에 타지 않고 알갱이째 뿌리는 시험을 했다.",
        "이 방식은 드론 방제 시간을 절반으로 줄이고 약제 비용도 30% 아꼈다.",
        "드론 방제를 원하는 농가는 다음 달 30일까지 읍면사무소에 신청하면 된다.",
    ]
)
# salience by hand: the lead, the method's result and the sign-up first, the trial that names the method last
SCORES = np.array([5.0, 1.0, 0.5, 4.0, 3.0])


def test_a_pointer_brings_the_sentence_it_points_into() -> None:
    sentences = preprocess(DRONES).sentences
    assert _summary(list(range(len(sentences))), sentences, SCORES, 3, None, 1000) == [0, 2, 3]


def test_a_pointer_gives_way_where_its_sentence_does_not_fit() -> None:
    sentences = preprocess(DRONES).sentences
    assert _summary(list(range(len(sentences))), sentences, SCORES, 2, None, 1000) == [0, 4]


ANSWERED = "\n\n".join(
    [
        "새솔군은 올해 드론 방제 면적을 지난해의 두 배인 4천 헥타르로 넓힌다고 12일 밝혔다.",
        "지난여름 방제 약제가 이웃 양봉장으로 날아들었다는 민원이 잇따랐다.",
        "이에 군은 드론 비행 높이를 낮추고 바람이 센 날은 방제를 멈추기로 했다.",
        "이 방식은 드론 방제 시간을 절반으로 줄이고 약제 비용도 30% 아꼈다.",
        "드론 방제를 원하는 농가는 다음 달 30일까지 읍면사무소에 신청하면 된다.",
    ]
)


def test_an_antecedent_that_answers_the_one_before_it_is_not_brought_in() -> None:
    # "이에 군은 …" answers the complaints in turn: brought in for "이 방식은 …", it would lean on a sentence not
    # shown, so "이 방식은 …" gives way and the sign-up stays
    sentences = preprocess(ANSWERED).sentences
    picked = _summary(list(range(len(sentences))), sentences, SCORES, 3, None, 1000)
    assert 2 not in picked and 3 not in picked, picked


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return preprocess(text).sentences[0]


def test_what_leans_back_on_the_sentence_before() -> None:
    assert leans_back(_sentence('그러면서 "자전거를 더 늘리겠다"고 말했다.'), "")
    assert leans_back(_sentence("그러자 상인들이 반대 서명을 모았다."), "")
    assert leans_back(_sentence("그러는 와중 요금 인상 소문이 퍼졌다."), "")
    assert leans_back(_sentence("이 방식은 방제 시간을 줄였다."), "새솔군은 드론 방제를 넓힌다.")
    # a pointer to what the summary names, a count of what it named, the event, or a name: no lean
    assert not leans_back(_sentence("이 드론 방제는 시간을 줄였다."), "새솔군은 드론 방제를 넓힌다.")
    assert not leans_back(_sentence("이 두 기관은 협약을 맺었다."), "")
    assert not leans_back(_sentence("이 자리에서 유공자 5명을 표창했다."), "")
    assert not leans_back(_sentence("이새솔 대표는 성금을 냈다."), "")
    # a contrast stands against the summary's sentences, as an extract keeps it
    assert not leans_back(_sentence("그러나 요금은 그대로 둔다."), "")


def test_a_sentence_on_a_quoted_item_of_the_list_before_it_leans_back() -> None:
    listed = "새솔군 주민은 '비용 부담' 40%, '먼 거리' 30% 등의 순으로 불편을 꼽았다."
    item = _sentence("'비용 부담'은 30대에서 가장 많았다.")
    assert leans_back(item, "새솔군, 버스 노선 늘린다", listed)
    # where the summary names the item, or the sentence before does not list it: no lean
    assert not leans_back(item, f"새솔군, 버스 노선 늘린다 {listed}", listed)
    assert not leans_back(item, "새솔군, 버스 노선 늘린다", "군은 버스 노선을 늘린다.")
