"""A plan stated in the past is a plan that was, and its bullet keeps the past (:mod:`kosum.engines.lapsed`).
Own-written sentences: "…보낼 계획이었다" says the plan stood then (and was often dropped); "…보낼 계획" would say
it stands now."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("가람선 3차 물량은 내년 전동차 20대를 누리 차고지로 보낼 계획이었다.", "보낼 계획이었음"),
        ("누리다리는 당초 오는 9월 개통할 예정이었다.", "개통할 예정이었음"),
        ("올해 관광객 유치는 30만 명이 목표였다.", "30만 명이 목표였음"),
        # a plan now stays one, as ever
        ("가람선 3차 물량은 내년 전동차 20대를 누리 지역에 배치할 계획이다.", "배치할 계획"),
        # a past copula on no plan noun is dropped as ever
        ("올해 참가자는 1,200명이었다.", "1,200명"),
    ],
)
def test_a_lapsed_plan_keeps_its_past(text: str, expected: str) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert bullet.endswith(expected), bullet
