"""Whose figures, whose act, whose reason (#18, faith39; own-written sentences): a cut never moves what a clause
says onto another subject. A scope opening ("N의 경우") stays with the kept figures; a person who speaks for no
office keeps the frame of a past act he tells; a "-고" conjunct of a reason clause is never cut off alone."""

from __future__ import annotations

import pytest

from kosum.engines.arguments import subject
from kosum.engines.bullets import make_bullet
from kosum.engines.clauses import clauses, joins_reason, speech_end
from kosum.engines.features import analyze
from kosum.engines.scoped import scope_opening
from kosum.engines.speaking import tells_others

# (sentence, what the bullet must hold, what it must not end as or start with)
CASES = [
    # (A) the figures are the town's, not the whole survey's: the opening stays with them
    (
        "가람시의 경우 '우리 골목 가꾸기'를 구호로 주민과 상인이 함께 골목 정원 사업을 꾸려 이용 가구의 87%, "
        "상인은 75%가 다시 신청하겠다고 답했다.",
        "가람시의 경우 이용 가구의 87%",
        "이용 가구의",
    ),
    (
        "특히 바다중학교의 경우에는 교사와 학부모가 함께 방과 후 목공 교실을 꾸려 올해 수강생이 작년보다 "
        "40% 늘었고, 학부모 호응도는 95%에 이르렀다.",
        "바다중학교의 경우에는",
        "학부모 호응도",
    ),
    # (B) a lawmaker telling what a textbook did: the frame stays, he did not do it
    (
        "누리당 박가람 의원은 지난 학기 교재에 실린 지도 가운데 3분의 1을 무료 누리집에서 그대로 옮겨왔다고 밝혔다.",
        "옮겨왔다고 밝힘",
        None,
    ),
    # (C) the first conjunct is half of the reason: it stays with the other half
    (
        "이웃 나라에서 온 관광객이 누리섬 상권을 크게 떠받치고, 섬 주민 상당수가 관광 수입으로 생계를 잇기 때문에 "
        "새 항로 개설을 반기는 목소리가 높다.",
        "관광객이 누리섬 상권을 크게 떠받치고",
        "섬 주민",
    ),
    (
        "바닷물 온도가 예년보다 크게 오르고, 남쪽 어장의 먹이가 줄었기 때문에 새솔만 오징어 어획량이 3분의 1로 "
        "줄었다는 분석이 나왔다.",
        "바닷물 온도가",
        "남쪽 어장",
    ),
    # ... and the clauses from it on stay whole: the reason keeps both its halves, never neither
    (
        "누리구청의 거듭된 권고에도 불구하고 공사 현장 입구에 안전펜스를 세우지 않았고 펜스가 있는 곳에서는 출입문이 "
        "열려 있었으므로 현장 주변 통학로는 안전하지 않았다.",
        "안전펜스를 세우지 않았고 펜스가 있는 곳에서는 출입문이 열려 있었으므로",
        None,
    ),
]


@pytest.mark.parametrize(("text", "held", "never_first"), CASES)
def test_a_cut_keeps_whose_it_is(text: str, held: str, never_first: str | None) -> None:
    bullet = make_bullet(text, [], 0)
    assert held in bullet
    if never_first is not None:
        assert not bullet.startswith(never_first)


# an office, its head, or a plan: the frame still goes (the pool's releases stay short)
SHORT = [
    ("누리시는 올해 청년 월세 지원을 두 배로 늘렸다고 밝혔다.", "누리시는 올해 청년 월세 지원을 두 배로 늘림"),
    ("김바다 누리군수는 올해 상반기에만 기업 12곳을 유치했다고 밝혔다.", "기업 12곳"),
    ("누리당 박가람 의원은 내년에 청년 주거 지원 조례를 새로 발의하겠다고 밝혔다.", "발의하겠음"),
]


@pytest.mark.parametrize(("text", "held"), SHORT)
def test_an_office_or_a_plan_loses_the_frame(text: str, held: str) -> None:
    bullet = make_bullet(text, [], 0)
    assert held in bullet
    assert "밝힘" not in bullet


OPENINGS = [
    ("가람시의 경우 이용 가구가 늘었다.", "가람시의 경우"),
    ("또, 바다초등학교의 경우에는 학생이 늘었다.", "바다초등학교의 경우에는"),
    ("이 경우 이용 가구가 늘었다.", ""),
    ("가람시는 이용 가구가 늘었다.", ""),
]


@pytest.mark.parametrize(("text", "opening"), OPENINGS)
def test_scope_opening(text: str, opening: str) -> None:
    morphs = analyze(text, 0)
    start, stop = scope_opening(morphs)
    found = text[morphs[start].start : morphs[stop - 1].end] if stop else ""
    assert found == opening


WITNESSES = [
    ("누리당 박가람 의원은 지도를 옮겨왔다고 밝혔다.", True),
    ("가람대 이누리 교수는 장비를 빌려왔다고 밝혔다.", True),
    ("누리당 박가람 의원은 조례를 발의하겠다고 밝혔다.", False),  # a plan: his own
    ("누리시는 공사를 마쳤다고 밝혔다.", False),  # an office: its own act
    ("김바다 누리군수는 기업을 유치했다고 밝혔다.", False),  # an office's head
]


@pytest.mark.parametrize(("text", "tells"), WITNESSES)
def test_tells_others(text: str, tells: bool) -> None:
    morphs = analyze(text, 0)
    end = speech_end(morphs)
    topic = subject(morphs, clauses(morphs, end)[0][1])
    assert tells_others(text, morphs, topic, end, 0) is tells


REASONS = [
    ("물가가 크게 오르고, 임대료가 뛰었기 때문에 가게 세 곳이 문을 닫았다.", True),
    ("물가가 크게 오르고, 임대료가 뛰었으므로 가게 세 곳이 문을 닫았다.", True),
    ("물가가 크게 오르고, 임대료가 뛰었으니까 가게 세 곳이 문을 닫았다.", True),
    ("필터로 먼지를 거르고, 이를 다시 태우면 재가 남는다.", False),  # a condition: the conjunct stands alone
    ("누리군은 창업 공간을 열고, 입주 기업 20곳에 임대료를 지원한다.", False),
]


@pytest.mark.parametrize(("text", "joined"), REASONS)
def test_joins_reason(text: str, joined: bool) -> None:
    morphs = analyze(text, 0)
    spans = clauses(morphs, speech_end(morphs))
    assert joins_reason(morphs, spans[0], spans) is joined
