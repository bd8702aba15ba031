"""A clause that holds the actor of what follows stays (own-written sentences, bullets26): its subject, or the
name that its means verb takes, does the act the kept rest names; cut, the bullet says it of nobody, or of the
topic, or of the wrong one."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze

#: (sentence, words the bullet keeps): the actor of the rest's act stays with it
ACTORS = [
    # a quoted name that a means verb takes does what follows: the figure is the robot's
    (
        "새솔군은 지난해 군청 민원실의 번호표 발급기와 야간 상담 전화를 모두 정리하고 상담 로봇 '한결이'를 들여와 "
        "민원 상담의 45%를 맡기는 효과를 거두며 군민 불편을 크게 덜고 있다.",
        ("'한결이'를 들여와", "45%를 맡기는"),
    ),
    # ... and what cuts the missed doses is the app, not the topic
    (
        "누리시 보건소는 복약 시간을 알려 주는 앱 '챙김이'를 새로 만들어 어르신들의 복약 누락을 크게 줄이는 등 "
        "돌봄 방식을 바꾸고 있다.",
        ("'챙김이'를 새로 만들어", "복약 누락을"),
    ),
    # the subject of a "-고" clause is the actor of the act after a clause of time with a subject of its own
    (
        "조사 결과 반장 김모 씨가 신입 직원들에게 밤샘 근무를 시키고, 직원들이 항의하자 휴일 근무까지 떠맡긴 것으로 "
        "드러났다.",
        ("김모 씨가", "떠맡긴 것"),
    ),
    # the one who crossed is the subject cut with its clause, nearer than the speaker's topic that stays
    (
        "목격자는, 관리인이 출입을 막고 돌아가라고 여러 번 말했으나 운전자가 이를 무시하고 세 차례나 다리를 건너던 "
        "도중 사고가 났다고 말했다.",
        ("운전자가", "건너던 도중"),
    ),
    # a topic acts through a "-자" clause into the next one
    (
        "피의자는 주식 투자로 모은 돈을 모두 잃어 빚더미에 앉자 보험 사기를 꾸몄고, 받은 보험금은 대부분 도박에 쓴 "
        "것으로 조사됐다.",
        ("피의자는", "보험 사기를 꾸몄고"),
    ),
    # a proper noun that a means verb takes: the cook is who the class is held with
    (
        "올해 마을 잔치는 요리사 강누리를 불러 제철 음식 만들기 강좌를 열고 주민 200여 명과 함께 나눔 장터를 꾸리기 "
        "위해 준비됐다.",
        ("강누리를 불러",),
    ),
]


@pytest.mark.parametrize(("sentence", "kept"), ACTORS)
def test_the_actor_of_the_kept_act_stays(sentence: str, kept: tuple[str, ...]) -> None:
    bullet = make_bullet(sentence, analyze(sentence, 0), 0)
    assert bullet is not None
    assert all(words in bullet for words in kept), bullet


#: (sentence, words that go): where the rest names its own actor, or the act is a modifier's, the clause goes
STILL_CUT = [
    # the main clause has its own subject before its act
    (
        "한빛구는 지난봄 낡은 가로등 3천여 개를 모두 철거하고, 올해 주민 500여 명이 직접 고른 새 조명 2천여 개가 "
        "골목마다 설치돼 밤길이 한결 밝아졌다고 밝혔다.",
        "철거하고",
    ),
    # a contrast sets the subject apart: the next act is another's
    (
        "지난해에는 가람천 둑길 정비 사업이 예산 부족으로 멈췄지만, 올해 새 예산 12억 원이 편성되면서 공사가 "
        "다시 시작돼 오는 9월 준공을 앞두고 있다.",
        "멈췄지만",
    ),
]


@pytest.mark.parametrize(("sentence", "gone"), STILL_CUT)
def test_a_clause_without_the_rest_s_actor_still_goes(sentence: str, gone: str) -> None:
    bullet = make_bullet(sentence, analyze(sentence, 0), 0)
    assert bullet is not None
    assert gone not in bullet, bullet


def test_a_figure_read_as_a_verb_is_no_act() -> None:
    # Kiwi reads "42.5%가" here as the verb "가-": no act without an actor, so the subject and its figure stay
    sentence = (
        "한빛군 감사에서 노후 경로당 30여곳이 보수 대상으로 지정되었으며, 읍내 경로당 역시 42.5%가 "
        "보수 대상으로 분류되었다는 결과가 나왔다."
    )
    bullet = make_bullet(sentence, analyze(sentence, 0), 0)
    assert bullet is not None
    assert "읍내 경로당 역시 42.5%가 보수 대상으로" in bullet, bullet
    assert "30여곳" not in bullet, bullet  # the first clause goes as before: the figure is no act
