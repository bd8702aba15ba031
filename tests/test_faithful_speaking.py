"""A cut speech frame takes with it only a topic that can speak (#18, faith38; :mod:`kosum.engines.speaking`).
Own-written sentences: a thing ("둘레길은", "무료 셔틀은") that opens a sentence ending in "…다고 밝혔다" is
the reported clause's own subject and stays in the bullet; an office, a body or a person is the speaker and
goes with the frame, as before."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.speaking import can_speak


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a trail cannot speak: the walkers it counts are its own (and "4월" no date of the frame)
        (
            "둘레길은 4월 2만3천명, 5월 2만8천명이 걸어 이용객이 지난해보다 40% 늘었다고 밝혔다.",
            "둘레길은",
        ),
        # a service with a modifier: the riders are the shuttle's
        (
            "주말 무료 셔틀은 지난달 하루 평균 450명이 이용해 지난해보다 30% 늘었다고 밝혔다.",
            "무료 셔틀은",
        ),
        # a trail the analyser reads as a proper noun in this sentence, two common nouns alone: no name
        (
            "둘레길은 올해 봄 내내 방문객이 꾸준히 늘었다고 밝혔다.",
            "둘레길은",
        ),
        # a figure's noun: the sales are the market's, not the office's
        (
            "가람 장터 매출은 올 상반기 입점 농가 120곳이 참여해 8억 원을 기록했다고 밝혔다.",
            "매출은",
        ),
    ],
)
def test_a_thing_stays_with_the_clause_it_opens(text: str, kept: str) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert bullet.startswith(text.split(kept)[0] + kept), bullet
    assert "밝" not in bullet  # the frame still goes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("새솔군은 지난 15일 주민 300명이 성금 2천만원을 기부했다고 밝혔다.", "새솔군"),
        ("누리문화재단은 올해 공연 관람객 4만명이 다녀갔다고 밝혔다.", "누리문화재단"),
        ("가람시 관계자는 신청자 1200명이 몰려 예산이 조기에 바닥났다고 밝혔다.", "관계자"),
    ],
)
def test_a_speaker_goes_with_the_frame(text: str, speaker: str) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert speaker not in bullet, bullet


@pytest.mark.parametrize(
    ("topic", "speaks"),
    [
        ("새솔군은", True),  # an office
        ("김바다 군수는", True),  # a post
        ("누리농협은", True),  # a body
        ("군은", True),  # the office, named short
        ("NRS는", True),  # a name in Latin letters
        ("가람 언론은", True),  # the press
        ("주민들은", True),  # people
        ("둘레길은", False),  # a road
        ("김누리는", True),  # a person's name, one read alone too
        ("올해 매출은", False),  # a figure's noun
        ("축제는", False),  # an event
    ],
)
def test_can_speak_reads_the_topic(topic: str, speaks: bool) -> None:
    text = f"{topic} 방문객 2만명이 다녀갔다고 밝혔다."
    morphs = analyze(text, 0)
    at = next(i for i, m in enumerate(morphs) if m.tag == "JX") + 1
    assert can_speak(text, morphs, at, 0) is speaks
