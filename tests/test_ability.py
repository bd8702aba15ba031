"""An ability stated in the past is a fact, and its bullet keeps the past (bullets29; :mod:`kosum.engines.ability`).
Own-written sentences: "…끝낼 수 있었다" says the work was finished; "…끝낼 수 있음" would say it merely may be."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("가온 봉사단이 250만 원을 보태 경로당 지붕 수리를 끝낼 수 있었다.", "끝낼 수 있었음"),
        ("당시 기록은 어디에서도 찾을 수 없었다.", "찾을 수 없었음"),
        # a possibility now stays one
        ("가온 봉사단은 경로당 지붕 수리를 곧 끝낼 수 있다.", "끝낼 수 있음"),
        # a past that is no ability's is dropped as ever
        ("가온 봉사단이 경로당 지붕을 고쳤다.", "고침"),
    ],
)
def test_a_used_ability_keeps_its_past(text: str, expected: str) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert bullet.endswith(expected), bullet
