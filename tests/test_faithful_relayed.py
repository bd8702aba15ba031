"""A reported clause whose acts are not the speaker's keeps its frame (faith40; :mod:`kosum.engines.speaking`).
Own-written sentences: a frame that relays news ("…고 전했다") whose speaker stays in the bullet, a clause that tells
what befell people, an investigating authority telling a past act; and, as before, an office telling its own act or
plan loses only the frame, and a speaker whose reported clause has its own subject goes with it."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.speaking import befell, relays


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relaying speaker stays in the bullet: so does the frame (the police carved no seal)
        (
            "박모 씨는 조각 공방을 십 년간 꾸려 왔으며, 새솔경찰서는 위조 도장까지 정교하게 새겨 주민들이 구별하기 "
            "어려웠다고 전했다.",
            "새솔경찰서는 위조 도장까지 정교하게 새겨 주민들이 구별하기 어려웠다고 전함",
        ),
        # a relayed duty: the frame stays with its speaker
        (
            "또한 가람 구단은 보상금 3억 원을 누리 구단에 내야 한다고 전했다.",
            "가람 구단은 보상금 3억 원을 누리 구단에 내야 한다고 전함",
        ),
        # what befell people is no act of the office that tells it
        (
            "누리군은 산사태로 최소 두 명 사망, 마흔 명 남짓 다쳤다고 알렸다.",
            "누리군은 산사태로 최소 두 명 사망, 마흔 명 남짓 다쳤다고 알림",
        ),
        # ... and an investigating authority after another clause's topic, telling a past act without its actor
        (
            "박모 씨는 조각 공방을 십 년간 꾸려 왔으며, 새솔경찰서는 위조 도장까지 정교하게 새겨 주민들이 구별하기 "
            "어려웠다고 밝혔다.",
            "새솔경찰서는 위조 도장까지 정교하게 새겨 주민들이 구별하기 어려웠다고 밝힘",
        ),
        # an office after another clause's topic, telling its own act: only the frame goes
        (
            "행사는 이틀간 열렸으며, 새솔시는 방문객 2만 명을 모았다고 밝혔다.",
            "행사는 이틀간 열렸으며, 새솔시는 방문객 2만 명을 모음",
        ),
        # an investigating authority telling a past act without its actor
        (
            "새솔경찰서는 위조 도장을 정교하게 새겨 온라인으로 판매했다고 밝혔다.",
            "새솔경찰서는 위조 도장을 정교하게 새겨 온라인으로 판매했다고 밝힘",
        ),
        # as before: an office's own plan loses only the frame ...
        ("새솔경찰서는 다음 달까지 음주운전 단속을 강화한다고 밝혔다.", "새솔경찰서는 다음 달까지 음주운전 단속 강화"),
        # ... and a speaker whose reported clause has its own subject goes with the frame, relayed or not
        ("새솔시는 15일 누리농협 조합원 40명이 쌀 200포를 보냈다고 전했다.", "누리농협 조합원 40명이 쌀 200포를 보냄"),
        ("누리군은 이번 사고로 주민 2명이 숨졌다고 밝혔다.", "이번 사고로 주민 2명이 숨짐"),
        # a relayed clause whose topic is a thing: no speaker of the relay in it, the speaker goes
        (
            "가람전자 관계자는 새 기기의 출시 시점은 내년 봄쯤으로 잡혀 있다고 전했다.",
            "새 기기의 출시 시점은 내년 봄쯤으로 잡혀 있음",
        ),
    ],
)
def test_whose_acts_the_frame_reports(text: str, expected: str) -> None:
    assert _bullet(text) == expected


@pytest.mark.parametrize(
    ("text", "relayed", "harmed"),
    [
        ("새솔시는 주민 2명이 다쳤다고 전했다.", True, True),
        ("새솔시는 등산객 셋이 모두 크게 다쳤다고 알렸다.", False, True),
        ("새솔시는 등산객 둘이 가벼운 경상을 입었다고 알렸다.", False, True),
        ("새솔시는 등산객 셋 모두 중상을 입었다는 소식을 받았다고 알렸다.", False, False),
        ("새솔시는 운전자 한 명이 끝내 사망했다고 알렸다.", False, True),
        ("새솔시는 가람초에 책 500권을 보냈다고 알렸다.", False, False),
    ],
)
def test_relays_and_befell(text: str, relayed: bool, harmed: bool) -> None:
    morphs = analyze(text, 0)
    end = next(i + 1 for i, m in enumerate(morphs) if m.tag == "EC" and m.form.endswith("다고"))
    assert relays(morphs, end) is relayed
    assert befell(morphs, end) is harmed
