"""A backdrop set off by a comma is no statement of its own (bullets29; :func:`kosum.engines.embedded.backdrop`).
Own-written sentences: "…주민 3천여 명이 모인 가운데, …를 열고 …라고 요구했다" cut at its figures left a bullet
that ended on "…모인 가운데", framing nothing; the main act is the bullet."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.embedded import backdrop
from kosum.engines.features import analyze


def test_a_backdrop_with_its_comma_leaves_the_main_act() -> None:
    text = (
        "새솔군 농민 대책모임은 지난 토요일 정오부터 주민 3천여 명이 모인 가운데, 군청 앞 광장에서 "
        "'쌀값 지키기 전국 농민 대회'를 열고 수매가 인하와 수입 확대를 위한 양곡관리법 및 농산물유통법 "
        "개정 작업을 멈추라고 촉구했다."
    )
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert not bullet.endswith("가운데"), bullet
    assert bullet.endswith("멈추라고 촉구"), bullet


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("주민 2천여 명이 모인 가운데, 광장에서 대회를 열었다.", True),
        ("눈이 내리는 와중에, 제설 작업을 벌였다.", True),
        ("주민 2천여 명이 모인 가운데 광장에서 대회를 열었다.", False),  # no comma: the old cut stands
        ("주민 2천여 명이 모인 뒤, 광장에서 대회를 열었다.", False),  # a time before the next act
    ],
)
def test_backdrop(text: str, found: bool) -> None:
    morphs = analyze(text, 0)
    comma = next((i for i, m in enumerate(morphs) if m.form == ","), None)
    end = comma + 1 if comma is not None else next(i for i, m in enumerate(morphs) if m.form == "가운데") + 1
    assert backdrop(morphs, (0, end)) is found
