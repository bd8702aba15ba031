"""A bracketed name that a particle takes is an argument, never an aside; an aside between a noun and its particle goes
and leaves the particle on the noun (own-written sentences, issue 18)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title after a particle's word: what "에 의해" takes
        (
            "이 같은 사실은 <가람일보>에 의해 처음 알려졌고 시의회는 다음 달 현장 조사를 벌일 예정이다.",
            "이 같은 사실은 <가람일보>에 의해 처음 알려졌고 시의회는 다음 달 현장 조사를 벌일 예정",
        ),
        # a title after a noun it names: still the argument of "로"
        (
            "새솔 극단은 창작극 《등대지기》로 올해 지역 연극제 대상을 받아 상금 500만 원을 받았다.",
            "새솔 극단은 창작극 《등대지기》로 올해 지역 연극제 대상을 받아 상금 500만 원을 받음",
        ),
        # an aside between a noun and its particle goes; the particle goes back onto the noun
        (
            "누리군은 전국 최대 규모의 갯벌 축제인 누리갯벌축제 (NGF)의 올해 방문객이 12만 명을 넘었다고 밝혔다.",
            "전국 최대 규모의 갯벌 축제인 누리갯벌축제의 올해 방문객이 12만 명을 넘음",
        ),
        # an aside glued to its noun goes as before
        ("새솔군은 올해 인구가 2만 명(남성 9천 명)으로 줄었다고 밝혔다.", "올해 인구가 2만 명으로 줆"),
    ],
)
def test_bracketed_names_and_asides(text: str, expected: str) -> None:
    assert _bullet(text) == expected
