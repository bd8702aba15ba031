"""A clause inside another's modifier, or one that takes part in no named event, is no bullet of its own
(own-written sentences, bullets28): cut to the clause with the figures, the bullet would name them without the
programme or the event they belong to."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.embedded import embedded, eventless
from kosum.engines.features import analyze

#: (sentence, words the bullet keeps): the noun the figures' clause modifies stays with them
EMBEDDED = [
    # the members' clause runs into "챙긴 '…사업'": the programme is what the figures belong to
    (
        "특히 마을 청년회원들이 주 3회 죽을 쑤어 혼자 사는 노인 댁을 돌며 950차례 건강을 챙긴 '온기 배달 사업'과 "
        "몸이 불편한 집에 이불 세탁을 도와주는 '보송 이불 사업'을 벌여 평가단에게서 높은 점수를 받았다.",
        ("주 3회 죽을 쑤어", "'온기 배달 사업'", "점수를 받음"),
    ),
    # the envoys' clause modifies the body the meeting is: a planned event, never read as one that took place
    (
        "'누리 해양회의'는 30여 개 나라 900여 명의 사절단이 모여 바다 자원 규칙을 정하는 국제기구 산하 해양 부문 "
        "최상위 회의체로서 새솔항 박람회장에서 오는 5월 2일부터 20일까지 19일간 개최된다.",
        ("900여 명의 사절단이 모여", "최상위 회의체로서", "개최"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept"), EMBEDDED)
def test_a_modifier_clause_keeps_its_noun(sentence: str, kept: tuple[str, ...]) -> None:
    bullet = make_bullet(sentence, [], 0)
    for words in kept:
        assert words in bullet, bullet


def test_a_clause_that_names_its_event_ends_the_bullet() -> None:
    sentence = (
        "올해 축구 리그에는 9개 구단, 210여 명의 참가자가 출전해 조별 리그와 토너먼트를 거쳐 챔피언을 정하는 "
        "최종전까지 접전을 이어갔으며, 관중의 환호 속에 명승부가 계속됐다."
    )
    assert make_bullet(sentence, [], 0) == "올해 축구 리그에는 9개 구단, 210여 명의 참가자가 출전"


def test_embedded_reads_the_chain() -> None:
    def first(sentence: str) -> bool:
        morphs = [m._replace(tag=m.tag.split("-")[0]) for m in analyze(sentence, 0)]
        stop = next(i for i, m in enumerate(morphs) if m.form in ("어", "아", "여") and m.tag == "EC") + 1
        return embedded(morphs, (0, stop))

    assert first("청년들이 죽을 쑤어 건강을 챙긴 사업을 벌였다.")
    assert not first("청년들이 죽을 쑤어 노인들에게 나눴다.")  # the chain reaches the final verb
    assert not first("면은 죽을 쑤어 건강을 챙긴 사업을 벌였다.")  # no subject: the topic's own act
    assert not first("청년들이 죽을 쑤어 여러 이웃을 도왔다.")  # no verb's modifier
    assert not first("대원들이 광장에 닿아 줄을 맞추는 순간 비가 왔다.")  # a moment, not a thing


def test_a_reference_connective_goes() -> None:
    assert make_bullet("참고로, 누리 국화전은 올해로 7번째 열리는 고장의 가을 행사다.", [], 0) == (
        "누리 국화전은 올해로 7번째 열리는 고장의 가을 행사"
    )


def test_taking_part_in_no_named_event_is_no_bullet() -> None:
    sentence = (
        "군내 15개 청소년 동아리가 참여해 사진, 목공, 코딩, 영상 제작 등 여러 갈래의 학교 밖 활동 작품을 전시하며, "
        "이는 아이들 손으로 꾸린 문화 활동이 여러 마을로 퍼지고 있음을 알려준다."
    )
    bullet = make_bullet(sentence, [], 0)
    assert "15개 청소년 동아리가 참여해" in bullet and "활동 작품을 전시하며" in bullet, bullet
    # the topic names the event: the clause with the figures ends the bullet
    sentence = (
        "이번 축제는 가람시와 누리군 등 12개 단체, 500여 명이 참가해 손님들에게 고장 먹거리를 알리고 "
        "만들기 천막을 꾸리며 골목 상점에 생기를 더했다."
    )
    assert make_bullet(sentence, [], 0) == "이번 축제는 가람시와 누리군 등 12개 단체, 500여 명이 참가"


def test_eventless_reads_the_clause() -> None:
    def first(sentence: str) -> bool:
        morphs = [m._replace(tag=m.tag.split("-")[0]) for m in analyze(sentence, 0)]
        stop = next(i for i, m in enumerate(morphs) if m.form in ("어", "아", "여") and m.tag == "EC") + 1
        return eventless(morphs, (0, stop))

    assert first("주민 40명이 참여해 꽃길을 가꿨다.")
    assert first("올해는 주민 40명이 참여해 꽃길을 가꿨다.")  # a time names no event
    assert not first("행사에는 주민 40명이 참여해 꽃길을 가꿨다.")
    assert not first("이번 행사는 주민 40명이 참여해 꽃길을 가꿨다.")
    assert not first("주민 40명이 모여 꽃길을 가꿨다.")  # no taking part
