"""Bullets that report words or an ask name who speaks or asks, never only a subject of the reported
clause (own-written sentences, issue 18)."""

from __future__ import annotations

import pytest

from kosum.engines.form import unattributed


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        # every subject stands inside the reported words: an adnominal clause's, or the reported clause's
        ("전세 보증금 피해가 내년에 더 늘어날 가능성이 크다고 당부", True),
        ("물이 빠진 저수지 바닥이 갈라질 우려가 있어 농업용수 확보가 최우선이라고 설명", True),
        ("공사가 끝나는 3월에 통행료가 다시 오를 수 있다고 덧붙임", True),
        # a speaker of the bullet's own clause before the reported subject, or after the reported words
        ("가람소방서가 건조한 날씨가 이어지는 만큼 불씨 관리가 중요하다고 당부", False),
        ("누리보건소가 독감 환자가 늘고 있다고 설명", False),
        ("보증금 피해가 늘어날 가능성이 크다고 누리군은 당부", False),
        # after a background clause, the speaker opens the next one
        ("장터가 문을 열었는데, 그 자리에서 가람군수는 상인들이 가격을 지킬 것이라고 말함", False),
        # a time phrase is no adnominal clause ("지난 4일")
        ("한 상인이 지난 4일 점포 간판이 떨어졌다고 주장", False),
        # an ask reports what was asked: who asks must stand in the bullet
        ("빙판길 운전을 삼가도록 당부", True),
        ("폭염 특보 동안 한낮 농사일을 멈추도록 요청", True),
        ("누리군이 주민들이 빙판길 운전을 삼가도록 당부", False),
        ("가람시는 폭염 특보 동안 한낮 농사일을 멈추도록 요청함", False),
        # an ask named as a thing ("…할 것(을) 요청")
        ("상류 농가가 비료 사용을 줄일 것 요청", True),
        ("야간 산행객은 손전등을 챙길 것을 당부", False),
        # after a background clause, the asker opens the next one
        ("장터가 문을 열었는데, 그 자리에서 가람군수는 상인들이 가격을 지켜 줄 것 요청", False),
        ("장마가 길어졌는데, 하천 수위가 높다고 당부", True),
        # a cause is no ask ("…할 수 있도록 함")
        ("어르신들이 공원을 쉽게 오갈 수 있도록 함", False),
    ],
)
def test_reported_words_and_asks_need_a_speaker(text: str, nobody: bool) -> None:
    assert unattributed(text) is nobody
