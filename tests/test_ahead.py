"""A reported act still ahead keeps its frame where nothing else says it is ahead (:mod:`kosum.engines.ahead`).
Own-written sentences: "…참석한다고 밝혔다" says the speaker will attend; "…간담회에 참석" would read as done."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("또한 한빛군은 '함께 여는 봄'을 내건 좌담회에 나간다고 밝혔다.", "좌담회에 나간다고 밝힘"),
        ("새솔시는 누리동 청년 수당을 지급한다고 밝혔다.", "수당을 지급한다고 밝힘"),
        ("새솔시는 주민 300명이 설명회에 참석한다고 알렸다.", "참석한다고 알림"),
    ],
)
def test_a_nonpast_act_keeps_its_frame(text: str, expected: str) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert bullet.endswith(expected), bullet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past act, a plan, a dated or an onward one, a guess: the frame goes as ever
        ("한빛군은 주민 설명회를 개최했다고 밝혔다.", "한빛군은 주민 설명회 개최"),
        ("새솔시는 내년부터 청년 수당을 지급한다고 밝혔다.", "새솔시는 내년부터 청년 수당 지급"),
        ("새솔시는 5월 3일부터 청년 수당을 지급한다고 밝혔다.", "새솔시는 5월 3일부터 청년 수당 지급"),
        ("새솔시는 오는 5일 누리홀에서 설명회를 연다고 밝혔다.", "새솔시는 오는 5일 누리홀에서 설명회를 엶"),
        ("새솔시는 누리홀에서 설명회를 열 예정이라고 밝혔다.", "새솔시는 누리홀에서 설명회를 열 예정"),
        ("새솔시는 방문객이 2만 명을 넘어설 것으로 보인다고 밝혔다.", "새솔시는 방문객이 2만 명을 넘어설 것으로 보임"),
    ],
)
def test_a_past_or_dated_act_loses_its_frame(text: str, expected: str) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert bullet == expected, bullet
