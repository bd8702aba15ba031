"""Bullets that open with a pointer to what they do not show (bullets29): a part of a set named before ("그중에
2대는 …"), a place or point named before ("여기에는 …"), a far pointer ("저 방식을 …") make a bullet that says "of
them" or "here" of nothing; the chooser passes such a sentence over (:data:`~kosum.pipeline.vocab.bullets.
POINTING_OPENING` in :func:`~kosum.engines.form.defect`), and compression keeps the clause "여기에는" points to
(:data:`~kosum.pipeline.vocab.bullets.POINTER_KEYS`). Own-written sentences."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.form import defect

_POINTING = "opens with a word pointing to another sentence"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("그중에 2대는 누리시 상공까지 들어온 것으로 확인", _POINTING),
        ("이 가운데에서 3명은 본선에 오름", _POINTING),
        ("여기에는 쉼터와 도서관 등 일곱 가지 공간이 담김", _POINTING),
        ("여기서 두 단체는 협약을 맺음", _POINTING),
        ("저 방식을 쓰는 업체는 해마다 늘어남", _POINTING),
        # what it points to is the bullet's own
        ("새 설계안에는 쉼터와 도서관 등 일곱 가지 공간이 담김", None),
        ("가람시 참가자 40명 가운데 3명이 본선에 오름", None),
    ],
)
def test_a_pointing_opening_is_a_defect(text: str, why: str | None) -> None:
    assert defect(text) == why


def test_the_clause_here_points_to_stays() -> None:
    text = (
        "올해 새 청사 설계안은 여러 차례 고쳐졌는데, 여기에는 주민 쉼터와 어린이 도서관, 옥상 정원 등 "
        "모두 일곱 가지 공간이 새로 담겼다."
    )
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert bullet.startswith("올해 새 청사 설계안은"), bullet
