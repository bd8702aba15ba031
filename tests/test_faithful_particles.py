"""A particle that followed a dropped bracket takes the form its new noun calls for ("한솔제약(주)가" → "한솔제약이",
never "한솔제약가"): own-written sentences, one row per particle pair (bullets25)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.particles import agree


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 이/가: the bracket's reading ("주") took "가"; the noun before it ends on a final consonant
        ("한빛제약(주)가 새 공장을 세운다.", "한빛제약이 새 공장을 세움"),
        # 은/는
        ("누리식품(주)는 지난해 수출이 두 배로 늘었다.", "누리식품은 지난해 수출이 두 배로 늚"),
        # 과/와: a title's own bracket gone, the particle follows the title's last syllable
        (
            "푸른시는 전통시장 현대화(기본과정)과 청년 창업 지원 과정을 함께 운영한다.",
            "푸른시는 전통시장 현대화와 청년 창업 지원 과정을 함께 운영",
        ),
    ],
)
def test_particle_follows_its_new_noun(text: str, expected: str) -> None:
    assert _bullet(text) == expected


@pytest.mark.parametrize(
    ("before", "particle", "expected"),
    [
        ("새솔제약", "가", "이"),
        ("새솔", "이", "이"),
        ("한누리", "이", "가"),
        ("새솔산업", "는", "은"),
        ("한누리", "을", "를"),
        ("새솔읍", "를", "을"),
        ("한누리", "과", "와"),
        ("새솔읍", "로", "으로"),
        ("새솔길", "으로", "로"),  # a final ㄹ takes "로"
        ("한누리", "으로", "로"),
        ("한누리", "에서", "에서"),  # no pair: unchanged
        ("KTX", "가", "가"),  # no Hangul syllable before it: unchanged
    ],
)
def test_agree(before: str, particle: str, expected: str) -> None:
    assert agree(before, particle) == expected
