"""Cards of #19 (names45) on own-written articles: a name never opens with a bound noun or a counter
cut from the word that qualifies it ("곳 중심 …" → "사는 곳 중심 …", "차례 점검 요구" → "여러 차례 점검 요구")."""

from __future__ import annotations

import pytest

import kosum
from kosum.pipeline.leftedge import left_edge


@pytest.mark.parametrize(
    ("name", "title", "text", "expected"),
    [
        ("곳 중심 돌봄 서비스", "새솔군, 어르신 사는 곳 중심 돌봄 서비스", "", "사는 곳 중심 돌봄 서비스"),
        ("차례 점검 요구", "한빛 제방 무너져", "마을 사람들은 여러 차례 점검 요구를 냈다.", "여러 차례 점검 요구"),
        ("가지 생활 수칙", "", "군은 두 가지 생활 수칙을 알렸다.", "두 가지 생활 수칙"),
        ("차례 음식 나눔", "새솔동, 추석 차례 음식 나눔", "", "차례 음식 나눔"),  # "추석" qualifies no counter
        ("곳 중심 돌봄", "", "", "곳 중심 돌봄"),  # nowhere written: kept
        ("돌봄 서비스", "사는 돌봄 서비스", "", "돌봄 서비스"),  # no bound noun first
    ],
)
def test_left_edge(name: str, title: str, text: str, expected: str) -> None:
    assert left_edge(name, title, text) == expected


_TITLE = "새솔군, 머무는 곳 중심 방문돌봄 사업 시작"
_TEXT = (
    "새솔군은 오는 5월부터 노인이 머무는 곳에서 진료와 돌봄을 함께 받는 방문돌봄 사업을 시작한다고 알렸다.\n"
    "이번 사업은 홀로 지내는 노인 85명에게 찾아가는 진료와 도시락 배달, 집 고치기를 묶어 제공한다.\n"
    "군은 이를 위해 보건지소와 마을 돌봄팀을 잇는 전담 창구를 새로 둔다.\n"
    "진료는 격주 1회, 도시락 배달은 주 4회 이뤄지며 집 고치기는 한 집당 최대 150만 원까지 돕는다.\n"
    '새솔군 관계자는 "노인이 익숙한 곳에서 오래 지내도록 살피겠다"고 전했다.'
)


def test_a_card_name_keeps_the_word_before_its_bound_noun() -> None:
    md = kosum.summarize(_TEXT, title=_TITLE).to_markdown()
    assert "## 머무는 곳 중심 방문돌봄 사업" in md
