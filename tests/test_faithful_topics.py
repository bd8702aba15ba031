"""A topic stays only with a clause of its own (#18, bullets27; :mod:`kosum.engines.actors`). Own-written
sentences: where the main clause after a cut one opens with its own subject, the opening topic was the cut clause's;
dropping the clause and keeping the topic left two subjects in a row ("A는 … B가 …") and a scope that no longer
says which. The clause stays whole; a clause whose rest has no subject of its own still goes."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the dogs' premium is worked out first: the notices are for those dogs only
        (
            "지난달 10일 이후 새로 등록한 반려견은 등록한 날부터 연말까지의 보험료가 따로 계산돼 "
            "다음 해 3월에 안내문이 문자로 발송된다.",
            "보험료가 따로 계산돼",
        ),
        # the fair opens with its games; the next acts have their own subject
        (
            "이번 장날 잔치는 떡메치기와 윷놀이, 제기차기 등 주민 놀이마당으로 막을 올려 "
            "마을 풍물패의 길놀이와 어린이 합창단 무대가 뒤를 잇는다.",
            "놀이마당으로 막을 올려",
        ),
    ],
)
def test_the_topics_clause_stays_before_a_subject_of_its_own(text: str, kept: str) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert kept in bullet, bullet


def test_a_clause_before_a_rest_without_a_subject_still_goes() -> None:
    text = (
        "가온군은 읍면 이장과 주민 대표들의 다양한 의견을 폭넓게 모으기 위해 "
        "지난 3일 군청 대회의실에서 올해 마을 가꾸기 사업 성과 보고회를 열었다."
    )
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert "모으기 위해" not in bullet and bullet.startswith("가온군은"), bullet


@pytest.mark.parametrize(
    "text",
    [
        "이번 축제 안내 앱은 주민과 관광객이 축제장 곳곳의 먹거리와 체험 부스를 쉽게 찾을 수 있도록 돕기 위해 "
        "가온군 청년 창업팀이 직접 개발했다.",
        "이번 겨울 나눔 장터는 지역 상인회와 주민자치회가 함께 준비한 행사로 올해로 다섯 해째를 맞았으며, "
        "가온군 청년 창업팀이 처음으로 단독 기획했다.",
    ],
)
def test_a_topic_the_main_verb_takes_as_its_object_goes_on_alone(text: str) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    topic = text[: text.index("가온군")]  # the topic, the clause after it dropped
    assert bullet.startswith(topic.split(" ")[0]) and "가온군 청년 창업팀이" in bullet, bullet
    assert ("돕기 위해" not in bullet) and ("맞았으며" not in bullet), bullet
