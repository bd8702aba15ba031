"""A line of a speaker's own voice ("저는 …", "저희가 …", "우리는 …", "여러분 …", "말씀을 드림") outside quote
marks is no bullet: it reads as the article's or the office's words, with nobody saying them (own-written
sentences, issue 18)."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.features import analyze
from kosum.engines.firstperson import may_speak, speaks_as_self
from kosum.engines.form import defect

FIRST_PERSON = "a first-person line with no speaker"


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        # a speaker's self as actor, outside quote marks: nobody is named who says it
        ("저는 다음 달부터 가람천 정화 모임을 이끌겠음", True),
        ("그동안 제가 둘러본 마을 회관 가운데 절반은 난방이 끊긴 상태", True),
        ("주민 여러분, 저희 조합은 올해 안에 빚을 모두 갚겠음", True),
        ("저의 판단 착오로 공사가 석 달 늦어진 점 사과드림", True),
        ("우리는 새솔 갯벌을 다음 세대에 그대로 물려줄 것", True),
        ("나는 이번 결정을 끝까지 따르지 않겠음", True),
        # the possessive or reflexive "제" (own), an ordinal's prefix, the determiner "저": no speaker's self
        ("두 위원회가 제 기능을 하지 못해 예산 심사가 늦어짐", False),
        ("각 부서가 제 몫의 절감액을 채우지 못함", False),
        ("제3회 누리 도자기 장터가 오는 5월 열림", False),
        ("저 다리를 허물고 새 다리를 놓을 계획", False),
        # "전" before a title is "former", not "저는" (news writes the pronoun out); "나만의" is anyone's own
        ("전 새솔군 의회 의장 김가람 씨가 별세함", False),
        ("오늘 새벽, 전 누리대학교 교수 한가람 씨가 숨을 거둠", False),
        ("체험 부스에서는 나만의 도자기 접시 빚기가 열림", False),
        ("이번 사업으로 난개발을 막고 녹지를 지킴", False),
        ("난 오늘 가람천 정화 모임에 나감", True),
        # "우리" before a noun speaks of a whole, not of a speaker
        ("우리 군은 올해 경로당 14곳에 태양광 설비를 달았음", False),
        ("우리 마을의 고령화 속도가 가팔라짐", False),
        ("우리나라 쌀 소비량이 10년 새 12% 줄어듦", False),
        # inside quote marks, or the reported words of an actor named before them
        ('조합장은 "저희가 먼저 빚을 갚겠다"며 자구안을 내놓음', False),
        ("가람군수는 저희가 먼저 나서겠다고 밝힘", False),
        ("초청 강사는 우리가 기후 위기에 무엇을 할 수 있는지 짚어봄", False),
        # the audience addressed, or a humble telling: a speech's or a host's own words
        ("주민 여러분께 불편을 끼친 점 깊이 사죄드림", True),
        ("시청자 여러분, 이번 주 방송은 하루 늦게 찾아감", True),
        ("공사 일정은 다음 주에 다시 말씀을 드리겠음", True),
        ("둘째 소식은 가람항의 어획량 통계부터 전해 드리겠음", True),
        # a host's lines, spaced or not: telling or meeting the audience, with nobody else named it honours
        ("오늘 저녁 소식은 조금 일찍 찾아뵙겠음", True),
        ("다음 주 같은 시간에 또 뵙겠음", True),
        ("이어서 가람시 날씨를 알려드리겠음", True),
        ("새해 첫 인사드리겠음", True),
        ("누리시의회 소식은 없으려니 했는데, 의원들에게 수당이 나간 탓에 전해드릴 얘깃거리가 생김", True),
        # a gift or a service tells nobody anything; an actor named before the reported words speaks
        ("봉사단은 홀몸 어르신들께 손수 뜬 목도리를 드림", False),
        ("누리군은 방문객에게 둘레길 지도를 나눠 드릴 계획", False),
        ("봉사자들은 홀몸 어르신들께 밑반찬을 전해드림", False),
        ("누리구청은 주민들에게 분리배출 요령을 알려드림", False),
        ("봉사단은 외딴 마을 어르신 댁을 찾아뵙고 안부를 살핌", False),
        ("가람군수는 군민 여러분께 고맙다는 말씀을 드린다고 밝힘", False),
    ],
)
def test_a_first_person_line_needs_its_speaker(text: str, speaks: bool) -> None:
    assert (defect(text) == FIRST_PERSON) is speaks


def test_a_speech_gives_its_framed_lines_or_other_facts() -> None:
    """An article that quotes a speech keeps the speaker in its bullets, or chooses another sentence."""
    lines = [
        "가람군수가 3일 군청 이전 계획을 철회한다고 발표했다.",
        "저는 군민 여러분의 뜻을 받들어 군청 이전 계획을 모두 거두겠습니다.",
        "이전 부지로 검토된 동쪽 들판 12만㎡는 다시 농지로 쓰인다.",
        "저희 군은 남은 군청 이전 예산 40억 원을 도로 보수에 돌리겠습니다.",
        "군의회는 다음 달 임시회에서 예산 변경안을 다룰 예정이다.",
    ]
    texts = [
        b.text
        for s in summarize(
            "가람군수, 군청 이전 계획 철회\n\n" + " ".join(lines), engine="extractive", bullets=4
        ).sections
        for b in s.bullets
    ]
    assert texts
    assert not any(t.startswith(("저는", "저희")) for t in texts), texts
    assert any("12만㎡" in t for t in texts), texts


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("새솔군은 오는 5일 강변 공원에서 봄꽃 축제를 연다.", False),
        ("오늘 저는 군민 여러분께 고마운 마음을 전합니다.", True),
        ("다음 주에 다시 찾아뵙겠습니다.", True),
    ],
)
def test_may_speak_passes_every_sentence_that_could_speak_as_self(text: str, may: bool) -> None:
    words = [m for m in analyze(text, 0) if not m.tag.startswith("S")]
    assert may_speak(words) is may
    if not may:
        assert not speaks_as_self(text, words)
