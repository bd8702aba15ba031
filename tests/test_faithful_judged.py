"""A judgement reported by its speaker stays the speaker's (faith41; :func:`kosum.engines.speaking.judged`,
:func:`kosum.engines.speaking.said_at`). Own-written sentences: where the reported clause judges a thing ("…한 점은
명백하다", "…했는지는 불분명하다"), or how likely a clause with a subject of its own is ("…떠밀려 왔을 가능성이 크다"),
or where the speaker is named only by the occasion ("회견에서는"), the frame stays with the speaker; a speaker's own
act or plan ("…끝내기 어렵다", "…손볼 필요가 있다") loses its frame as before. And an act whose likelihood is judged
keeps its actor (:func:`kosum.engines.actors.holds_actor`)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.speaking import judged, said_at


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing judged, the first clause a contrast: the police aimed at nobody, nor are they unsure of themselves
        (
            "새솔경찰서는 외지인을 노린 범행이라는 점은 명백하나 특정 업소를 겨냥했는지는 아직 불분명하다고 밝혔다.",
            "새솔경찰서는 외지인을 노린 범행이라는 점은 명백하나 특정 업소를 겨냥했는지는 아직 불분명하다고 밝힘",
        ),
        # a thing judged, with a subject of its own: the city's judgement, not the article's fact
        (
            "누리시는 올해 월세 지원이 두 배로 늘어난 것은 분명하다고 밝혔다.",
            "누리시는 올해 월세 지원이 두 배로 늘어난 것은 분명하다고 밝힘",
        ),
        # how likely another's state is: the professor's assessment
        (
            "가람대 이누리 교수는 이 돌이 먼 바다에서 떠밀려 왔을 가능성이 크다고 밝혔다.",
            "가람대 이누리 교수는 이 돌이 먼 바다에서 떠밀려 왔을 가능성이 크다고 밝힘",
        ),
        # the speaker's topic after a clause of its own modifiers, no opening topic found: the frame stays all the same
        (
            "누리 탐사 사업을 맡아 이끄는 이가람 박사는 이 돌이 먼 바다에서 떠밀려 왔을 가능성이 크다고 밝혔다.",
            "누리 탐사 사업을 맡아 이끄는 이가람 박사는 이 돌이 먼 바다에서 떠밀려 왔을 가능성이 크다고 밝힘",
        ),
        # how needed others' act is
        (
            "새솔군은 강변 주민들이 높은 곳으로 옮겨 갈 필요가 크다고 밝혔다.",
            "새솔군은 강변 주민들이 높은 곳으로 옮겨 갈 필요가 크다고 밝힘",
        ),
        # the speaker named only by the occasion: someone's words, not the occasion's fact
        (
            "이후 회견에서는 노랫말 속 후렴구가 뜻 없이 지어 부른 소리라고 밝혔다.",
            "회견에서는 노랫말 속 후렴구가 뜻 없이 지어 부른 소리라고 밝힘",
        ),
    ],
)
def test_a_judgement_keeps_its_speaker_and_frame(text: str, expected: str) -> None:
    assert _bullet(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own act or plan, judged: the frame goes as before
        ("누리시는 올해 안에 공사를 끝내기 어렵다고 밝혔다.", "누리시는 올해 안에 공사를 끝내기 어려움"),
        ("누리시는 제도를 손볼 필요가 있다고 밝혔다.", "누리시는 제도를 손볼 필요가 있음"),
        ("누리시는 청년 월세 지원을 세 배로 늘렸다고 밝혔다.", "누리시는 청년 월세 지원을 세 배로 늘림"),
        # a meeting acts: no occasion of speaking only
        ("이날 회의에서는 새 조례안을 의결했다고 밝혔다.", "회의에서는 새 조례안 의결"),
    ],
)
def test_the_speakers_own_act_loses_its_frame(text: str, expected: str) -> None:
    assert _bullet(text) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "새솔 금융감독센터는 해커가 가짜 문자 수법을 교묘하게 써서 카드의 비밀 번호를 알아내어 "
            "예금 계좌를 몰래 쓸 가능성이 크다고 말했다.",
            "해커가",
        ),
        (
            "누리시 금융감독센터는 사기범이 가짜 누리집을 만들어 카드의 인증 번호를 빼내어 "
            "예금 계좌를 몰래 쓸 가능성이 크다고 말했다.",
            "사기범이",
        ),
    ],
)
def test_an_act_judged_likely_keeps_its_actor(text: str, actor: str) -> None:
    # cut to "…센터는 예금 계좌를 몰래 쓸 가능성이 크다고 말함", the centre would be who might use the accounts
    assert actor in _bullet(text)


@pytest.mark.parametrize(
    ("text", "judgement"),
    [
        ("그는 새솔당이 이긴 것은 명백하다고 밝혔다.", True),
        ("새솔군은 버스 기사가 규정 속도를 넘겼는지는 불확실하다고 밝혔다.", True),
        ("새솔군은 불이 누전으로 난 것이 틀림없다고 밝혔다.", True),
        ("새솔군은 봄 축제 손님이 7만 명에 이른 것으로 확인했다고 알렸다.", False),
        ("새솔군은 내년에 버스 요금을 올릴 가능성이 크다고 내다봤다.", False),
    ],
)
def test_judged_reads_the_reported_clause(text: str, judgement: bool) -> None:
    morphs = analyze(text, 0)
    topic = next(k for k, m in enumerate(morphs) if m.tag == "JX") + 1
    end = next(k for k, m in enumerate(morphs) if m.form.endswith("다고") and m.tag == "EC") + 1
    assert judged(morphs, topic, end) is judgement


@pytest.mark.parametrize(
    ("text", "occasion"),
    [("인터뷰에서는 새 노선이 시급하다고 답했다.", True), ("전망대에서는 바다가 보인다고 밝혔다.", False)],
)
def test_said_at_reads_the_topic(text: str, occasion: bool) -> None:
    morphs = analyze(text, 0)
    topic = next(k for k, m in enumerate(morphs) if m.tag == "JX") + 1
    assert said_at(morphs, topic) is occasion
