"""A cut never takes the actor the kept clause needs (own-written sentences, panel 84): "…는 물론" (as well as) is
no topic of the kept clause, so the sentence's topic stays with it; a clause that points back ("이를 통해") goes
only with the clause it serves; and an office's pledge or hope, cut as generic ("군은 …"), keeps the office."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


def _bullet(sentence: str) -> str:
    bullet = make_bullet(sentence, analyze(sentence, 0), 0)
    assert bullet is not None
    return bullet


#: (sentence, words the bullet keeps): "…는 물론" adds to what follows; the sentence's topic is still the actor
AS_WELL_AS = [
    (
        "한빛유적에서 나온 은관과 은귀걸이는 새솔시 시립박물관에 전시되며 국내는 물론 여러 나라에서 온 관람객에게 "
        "옛 왕국의 문화를 선보이고 있다.",
        ("은관과 은귀걸이는", "문화를 선보이고 있음"),
    ),
    (
        "가람 도자기는 누리관 2층에 놓이며 어린이는 물론 어른 관람객에게도 옛 장인의 솜씨를 보여 주고 있다.",
        ("가람 도자기는", "솜씨를 보여 주고 있음"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept"), AS_WELL_AS)
def test_as_well_as_is_no_topic_of_its_own(sentence: str, kept: tuple[str, ...]) -> None:
    bullet = _bullet(sentence)
    assert all(words in bullet for words in kept), bullet


#: (sentence, the clause a pointer serves, whom the pointed clause names, the bullet's end): never the served clause
#: without the whole clause that "이를" stands for
POINTED = [
    (
        "군은 관내 초등학생들에게 국악기를 직접 배우고 무대에 설 기회를 제공하고 이를 통해 꿈을 키우도록 돕고자 "
        "지난 4월부터 '한빛 국악단' 사업을 추진하였다.",
        "돕고자",
        "초등학생들에게",
        "'한빛 국악단' 사업 추진",
    ),
    (
        "시는 지역 청년들에게 빈 점포를 빌려 창업을 미리 해 볼 기회를 주고 이를 바탕으로 자립을 돕고자 올해 초부터 "
        "'새솔 창업마당' 사업을 운영하고 있다.",
        "돕고자",
        "청년들에게",
        "'새솔 창업마당' 사업을 운영하고 있음",
    ),
]


@pytest.mark.parametrize(("sentence", "served", "whom", "ending"), POINTED)
def test_a_pointer_clause_goes_with_what_it_serves(sentence: str, served: str, whom: str, ending: str) -> None:
    bullet = _bullet(sentence)
    assert bullet.endswith(ending), bullet
    assert served not in bullet or whom in bullet, bullet


def test_a_pointer_serving_a_coordinate_clause_takes_nothing_with_it() -> None:
    sentence = (
        "이번 단속은 주민 불편을 덜고 쾌적한 거리를 만들기 위해 추진됐으며, 이를 통해 상인들의 준법 의식을 높이고, "
        "보행자 안전을 지키는 것을 목표로 삼았다."
    )
    bullet = _bullet(sentence)
    assert "준법 의식을 높이고" in bullet and "보행자 안전을 지키는 것을 목표로" in bullet, bullet


#: (sentence, bullet): a pledge cut from its office would be anyone's, the card's donor's among them
PLEDGES = [
    (
        "군은 앞으로도 마을 단체들과 손잡고 홀몸 어르신 돌봄과 골목 상권 살리기에 힘쓰겠다고 밝혔다.",
        "군은 앞으로도 마을 단체들과 손잡고 홀몸 어르신 돌봄과 골목 상권 살리기에 힘쓰겠음",
    ),
    (
        "시는 내년에도 주민 의견을 모아 공원 정비 사업을 이어가겠다고 밝혔다.",
        "시는 내년에도 주민 의견을 모아 공원 정비 사업을 이어가겠음",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PLEDGES)
def test_an_office_pledge_keeps_the_office(sentence: str, expected: str) -> None:
    assert _bullet(sentence) == expected


def test_an_office_act_still_drops_the_office() -> None:
    bullet = _bullet("군은 지난 15일 한빛복지관에서 어르신 200여 명에게 겨울 이불을 전달했다.")
    assert not bullet.startswith("군은"), bullet
