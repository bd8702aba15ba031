"""A reported clause's own subject stays in its bullet where a date follows it ("새솔시는 한빛상회가 지난 5일 …했다고
밝혔다"): "지난"/"오는" before a number make a time, not an adnominal clause whose subject it would be
(:func:`kosum.engines.arguments.adnominal_next`); cut, the bullet makes the office that reported it the giver."""

from __future__ import annotations

import pytest

from kosum.engines.extractive import _sentence_bullets
from kosum.engines.owners import doer_dropped
from kosum.pipeline.preprocess import preprocess

CASES = [
    (
        "새솔시는 한빛식당(대표 김누리)이 지난 16일 연말을 맞아 2백만 원 상당의 김치 200kg을 "
        "관내 아동시설에 전달했다고 밝혔다.",
        "한빛식당이 지난 16일 연말을 맞아 2백만 원 상당의 김치 200kg을 관내 아동시설에 전달",
    ),
    (
        "새솔시는 한빛식당이 지난 16일 연말을 맞아 2백만 원 상당의 김치 200kg을 관내 아동시설에 전달했다고 밝혔다.",
        "한빛식당이 지난 16일 연말을 맞아 2백만 원 상당의 김치 200kg을 관내 아동시설에 전달",
    ),
]


@pytest.mark.parametrize(("text", "bullet"), CASES, ids=["bracketed", "bare"])
def test_the_giver_stays_before_a_date(text: str, bullet: str) -> None:
    sentence = preprocess(text).sentences[0]
    assert [b.text for b in _sentence_bullets(sentence, "noun")] == [bullet]


@pytest.mark.parametrize(
    ("bullet", "dropped"),
    [
        # the office opens the bullet and "새솔사에서" (who gave, as likely as where) is cut: the office gives
        ("한빛군은 장학회에 장학금 300만 원 기탁", True),
        ("전남 한빛군은 장학회에 장학금 300만 원 기탁", True),
        # kept, or the giver opens the bullet: sound
        ("한빛군은 새솔사에서 장학회에 장학금 300만 원 기탁", False),
        ("새솔사는 장학회에 장학금 300만 원 기탁", False),
    ],
)
def test_a_gift_reported_by_the_office_keeps_who_gave(bullet: str, dropped: bool) -> None:
    sentence = preprocess("한빛군은 15일 새솔사에서 장학회에 장학금 300만 원을 기탁했다고 밝혔다.").sentences[0]
    assert doer_dropped(sentence, bullet) is dropped


@pytest.mark.parametrize(
    ("text", "bullet", "dropped"),
    [
        # a body's "…에서" (past a note on its head) is who held the event: cut, the office holds it
        (
            "한빛군은 지난 17일 새솔생활개선연합회(회장 김바다)에서 이웃과 정을 나누는 떡 나눔 행사를 "
            "진행했다고 밝혔다.",
            "한빛군은 이웃과 정을 나누는 떡 나눔 행사 진행",
            True,
        ),
        # an event's "…에서" is where it was said: cut, nobody's act moves
        (
            "한빛군은 이번 토론회에서 나온 의견을 바탕으로 맞춤형 항만을 키울 계획이다.",
            "한빛군은 맞춤형 항만을 키울 계획",
            False,
        ),
    ],
)
def test_an_office_s_report_keeps_the_body_that_acted(text: str, bullet: str, dropped: bool) -> None:
    assert doer_dropped(preprocess(text).sentences[0], bullet) is dropped
