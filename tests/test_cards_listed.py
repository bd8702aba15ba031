"""Cards of #19, twelfth round (cards26), on own-written headlines: "A 및 B …" lists two items of one
matter, and a single-topic card's name keeps both ("둑 보강 및 배수로 정비"), never one item alone for
the whole; a name cut from the front to its length keeps a word of each item, and a list too long
for that is named as before."""

from __future__ import annotations

import pytest

from kosum.pipeline.naming import listed
from kosum.pipeline.topic import headline_topic

_BODY = (
    "바람군은 갈대천 둑 보강 및 배수로 정비를 마쳤다. 둑 보강에는 12억 원이 들었다. "
    "배수로 정비로 장마철 침수 걱정이 줄었다. 가람시는 어린이 그림 잔치 및 시상식을 열었다. "
    "그림 잔치에는 어린이 300명이 나왔다. 시상식에서는 30명이 상을 받았다. "
    "한울구 가온동 마을배움터는 겨울학기 송년 음악회 및 수료식을 열었다. 수료식에서 40명이 수료증을 받았다. "
    "한울구는 골목길 가로등 교체 및 보행로 바닥 포장 개선 사업 주민 설명회를 연다. "
    "가로등 교체는 내년 봄에 시작한다."
)

_TOPICS = [
    # two items joined by "및": both stay, the act ("완료") goes
    ("바람군, 갈대천 둑 보강 및 배수로 정비 완료", "갈대천 둑 보강 및 배수로 정비"),
    # two events of one day
    ("가람시, 어린이 그림 잔치 및 시상식 개최", "어린이 그림 잔치 및 시상식"),
    # a little over CARDS.topic_max_chars, opening with a noun: whole (CARDS.topic_whole_chars, names35)
    ("한울구, 가온동 마을배움터 겨울학기 송년 음악회 및 수료식 개최", "마을배움터 겨울학기 송년 음악회 및 수료식"),
    # too long with its first words: cut from the front, a word of each item kept
    ("한울구, 가온동 마을배움터 어른반 겨울학기 송년 음악회 및 수료식 개최", "어른반 겨울학기 송년 음악회 및 수료식"),
]


@pytest.mark.parametrize(("title", "name"), _TOPICS)
def test_a_list_joined_by_a_joining_word_is_one_name(title: str, name: str) -> None:
    assert headline_topic(title, _BODY) == name


def test_a_list_longer_than_a_name_is_not_joined() -> None:
    # its last noun before "및" and the second item are over CARDS.topic_max_chars: named as before
    found = headline_topic("한울구, 골목길 가로등 교체 및 보행로 바닥 포장 개선 사업 주민 설명회", _BODY)
    assert found and "및" not in found


def test_listed_wants_a_joining_word_and_both_items_written() -> None:
    assert listed(["둑", "보강"], "및", ["배수로", "정비"], _BODY)
    assert not listed(["둑", "보강"], "함께", ["배수로", "정비"], _BODY)  # no joining word
    assert not listed(["둑", "보강"], "및", ["수문", "정비"], _BODY)  # the article never writes "수문"
    assert not listed([], "및", ["배수로", "정비"], _BODY)
