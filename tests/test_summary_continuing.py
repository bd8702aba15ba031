"""A summary sentence that goes on from the one right before it ("이어 …", "내용은 …", "…했다는 것이다.") opens no
summary, and later comes with that sentence where it fits, else gives way (own-written articles)."""

from __future__ import annotations

import numpy as np

from kosum.engines.extractive import _summary
from kosum.engines.standing import continues, opens_badly
from kosum.pipeline.preprocess import preprocess

SURVEY = "\n\n".join(
    [
        "새솔시는 지난달 시민 1천 명에게 시내버스 이용 만족도를 물었다.",
        "내용은 '배차 간격에 만족하는가'라는 질문이었다.",
        "응답자의 62%가 배차 간격에 불만족한다고 답했다.",
        "시는 내년 상반기까지 노선 12개의 배차 간격을 줄이기로 했다.",
    ]
)


def test_a_summary_does_not_open_on_what_the_sentence_before_named() -> None:
    # "내용은 …" is the most salient, but what it is the content of stands in the sentence before
    sentences = preprocess(SURVEY).sentences
    picked = _summary(list(range(len(sentences))), sentences, np.array([1.0, 5.0, 4.0, 3.0]), 2, None, 1000)
    assert picked == [2, 3]


CONCERT = [
    "새솔군은 오는 20일 군민회관에서 송년 음악회를 연다.",
    "음악회는 새솔초 학생들의 사물놀이 공연으로 막을 연다.",
    "이어 군립합창단이 캐럴 다섯 곡을 들려준다.",
]
# salience by hand: the lead, the next act and the entry first, the opening act last
SCORES = np.array([5.0, 1.0, 4.0, 3.0])


def test_what_came_next_comes_with_what_came_before() -> None:
    sentences = preprocess("\n\n".join([*CONCERT, "관람은 무료이며 누구나 입장할 수 있다."])).sentences
    assert _summary(list(range(len(sentences))), sentences, SCORES, 3, None, 1000) == [0, 1, 2]


def test_what_came_next_gives_way_rather_than_a_figure() -> None:
    # the entry line states a figure: the opening act does not come in for it, and "이어 …" gives way
    sentences = preprocess("\n\n".join([*CONCERT, "관람은 무료이며 선착순 300명까지 입장할 수 있다."])).sentences
    assert _summary(list(range(len(sentences))), sentences, SCORES, 3, None, 1000) == [0, 1, 3]


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return preprocess(text).sentences[0]


def test_what_goes_on_from_the_sentence_before() -> None:
    assert continues(_sentence("이어 합창단이 캐럴을 부른다."))
    assert continues(_sentence("같은 동네에서 두 번째 정전이 났다."))
    assert not continues(_sentence('이어 "더 늘리겠다"고 말했다.'))  # a speaker's next words
    assert not continues(_sentence("특히 청년 가구의 신청이 많았다."))  # singles out: stands after the summary's
    assert opens_badly(_sentence("내용은 '요금이 적당한가'라는 질문이었다."))
    assert opens_badly(_sentence("요금 인상이 서민 부담을 키운다는 것이다."))
    assert not opens_badly(_sentence("이어 합창단이 캐럴을 부른다."))  # the connective goes (stated)
    assert not opens_badly(_sentence("새솔군은 요금을 동결한다."))
