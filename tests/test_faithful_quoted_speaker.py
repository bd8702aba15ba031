"""Quoted words keep who said them: a bullet that quotes with its speaker only in an earlier sentence is never
shown, and a sentence with no subject whose thing was held stands in another is no bullet (own-written
articles, the owner issue of panel 84)."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.clauses import subjectless_passive
from kosum.engines.form import unattributed
from kosum.engines.reading import reading
from kosum.engines.unvoiced import speakerless_quote
from kosum.types import Bullet


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        # an occasion of speaking is where the words were said, not who said them
        ('간담회에서 "내년에 다리를 다시 놓겠다"라고 함', True),
        ('3일 새솔시의회 본회의장에서 열린 시정 질문에서 "예산을 다시 짜겠다"라고 함', True),
        # a subject inside what was asked ("교재가 … 실렸다는 질문에") does not speak
        ('한빛군의회 김누리 의원의 교재가 틀리게 실렸다는 질문에 "곧 고치겠다"며 "새 교재를 내겠다"라고 함', True),
        # a particle after a clause ("…에 관해서도") names nobody
        ('담당 공무원의 징계에 관해서도 "그럴 일은 아니다"라며 선을 그음', True),
        # the speaker stands in the bullet, or a body is the source, or a source frame names it
        ('새솔시장은 간담회에서 "내년에 다리를 다시 놓겠다"라고 함', False),
        ('새솔시에서 "내년에 다리를 다시 놓겠다"라고 함', False),
        ("주민 설문 결과에 따르면 '다리가 좁다'라고 함", False),
        ('가람군 대변인은 질문에 "아니다"라고 답함', False),
    ],
)
def test_quoted_words_name_their_speaker(text: str, nobody: bool) -> None:
    assert unattributed(text) is nobody


def test_a_speakerless_quote_is_told_from_a_framed_one() -> None:
    assert speakerless_quote([Bullet('간담회에서 "다리를 다시 놓겠다"라고 함', (0,))])
    assert not speakerless_quote([Bullet('새솔시장은 간담회에서 "다리를 다시 놓겠다"라고 함', (0,))])
    assert not speakerless_quote([Bullet("다리를 다시 놓기로 함", (0,))])  # no quoted words: traded, not barred


@pytest.mark.parametrize(
    ("text", "headless"),
    [
        ("오는 3월 9일까지 열린다.", True),
        ("다음 달 5일 새솔체육관에서 진행될 예정이다.", True),
        ("새솔 사진전도 오는 3월 9일까지 열린다.", False),
        ("체험 교실 역시 다음 달까지 진행된다.", False),
        ("한빛 그림전은 오는 3월 9일까지 열린다.", False),
        ("모래주머니를 함께 비치해 폭설 때 쓰이도록 했다.", False),  # the office made it happen
        ("올해 우수기관으로 선정됐다.", False),  # an office is selected: it undergoes it
    ],
)
def test_subjectless_passive(text: str, headless: bool) -> None:
    assert subjectless_passive(reading(text)) is headless


ARTICLE = "\n\n".join(
    (
        "새솔시, 한겨울 전시 두 곳 연다",
        "새솔시는 시청 1층과 새솔문화관에서 겨울 전시를 연다고 9일 밝혔다.",
        "먼저 시청 1층 갤러리에서는 지역 작가 12명이 참여한 수묵화 전시가 관람객을 맞는다. "
        "산과 강, 들꽃을 담은 작품 40여 점을 만날 수 있다. 오는 2월 14일까지 열린다.",
        "새솔문화관에서는 새솔사진가회의 '눈 내린 들판'전이 관람객을 맞이하고 있다. "
        "겨울 들판과 철새를 담은 사진 30여 점을 감상할 수 있다. 전시 작품은 누구나 무료로 볼 수 있다.",
    )
)


def test_a_card_keeps_no_bullet_without_what_was_held() -> None:
    bullets = [b["text"] for s in summarize(ARTICLE).to_dict()["sections"] for b in s["bullets"]]
    assert bullets
    assert not any(text.startswith("오는 2월 14일까지") for text in bullets)
