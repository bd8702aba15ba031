"""A kept clause takes along what it shares with the clauses cut before it: their topic where it has no subject of
its own, and never the connective that tied it to them (own-written sentences, issue 18)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.carried import opening_connective, with_topic
from kosum.engines.features import analyze


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


def test_a_topic_marked_by_yeoksi_goes_with_the_kept_clause() -> None:
    # the clause cut first held the only topic: the kept one says what the library does
    text = (
        "누리도서관 역시 지난해 석 달 동안 리모델링 공사를 마치고 다시 문을 열어 "
        "주말마다 가족 단위 방문객 500여 명을 맞고 있다."
    )
    assert _bullet(text) == "누리도서관 역시 다시 문을 열어 주말마다 가족 단위 방문객 500여 명을 맞고 있음"


@pytest.mark.parametrize(
    ("text", "cut", "expected"),
    [
        # an additive "도" topic with its modifiers, from the clause cut before
        (
            "체험에 참가한 학생들도 처음에는 장비를 낯설어했지만 "
            "나중에는 직접 수질을 측정해 하천 세 곳의 오염도를 비교했다.",
            "나중에는 직접 수질을 측정해 하천 세 곳의 오염도 비교",
            "체험에 참가한 학생들도 나중에는 직접 수질을 측정해 하천 세 곳의 오염도 비교",
        ),
        # a plain topic; the connective opening its clause stays behind
        (
            "한편 가람시 청년센터는 올해 상반기 운영을 잠시 멈췄으나 하반기에 창업 강좌 12개를 새로 열 계획이다.",
            "하반기에 창업 강좌 12개를 새로 열 계획",
            "가람시 청년센터는 하반기에 창업 강좌 12개를 새로 열 계획",
        ),
        # the kept clause has a subject of its own: nothing is carried
        (
            "작년에는 방문객이 3천 명에 그쳤으나, 올해 새 전시관이 문을 열면서 방문객이 1만 2천 명으로 크게 늘었다.",
            "올해 새 전시관이 문을 열면서 방문객이 1만 2천 명으로 크게 늚",
            "올해 새 전시관이 문을 열면서 방문객이 1만 2천 명으로 크게 늚",
        ),
        # an actor named by "에서는" acts in the kept clause: the other topic is not its
        (
            "새솔군은 지난달 주민 설명회를 두 차례 열었으나, "
            "군의회에서는 예산 심의를 미루고 재검토를 요구하며 보완을 요청했다.",
            "군의회에서는 예산 심의를 미루고 재검토를 요구하며 보완 요청",
            "군의회에서는 예산 심의를 미루고 재검토를 요구하며 보완 요청",
        ),
        # "…는 물론" is no topic; the adnominal clause's "도" is no topic of the sentence
        (
            "주민도 참여하는 새솔 걷기대회가 내달 열리며 군내는 물론 인근 도시에서 온 참가자에게 기념품을 준다.",
            "군내는 물론 인근 도시에서 온 참가자에게 기념품을 줌",
            "군내는 물론 인근 도시에서 온 참가자에게 기념품을 줌",
        ),
        # an adverbial topic ("작년에는") says when, not who: nothing to carry
        (
            "작년에는 축제 기간이 사흘이었고 올해 닷새로 늘려 공연 40회를 연다.",
            "올해 닷새로 늘려 공연 40회를 엶",
            "올해 닷새로 늘려 공연 40회를 엶",
        ),
    ],
)
def test_with_topic(text: str, cut: str, expected: str) -> None:
    assert with_topic(cut, text, analyze(text, 0), 0) == expected


def test_a_topic_that_opens_on_an_adnominal_verb_is_not_carried() -> None:
    # "들어설 …": where it stands was said before; carried, the bullet would open on a cut modifier
    text = "들어설 가람체육관은 지난달 설계를 마쳤으나, 내년 3월 착공해 2년 뒤 문을 열 예정이다."
    cut = "내년 3월 착공해 2년 뒤 문을 열 예정"
    assert with_topic(cut, text, analyze(text, 0), 0) == cut


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("그럼에도 불구하고, 한빛시는 축제를 예정대로 열기로 함", "한빛시는 축제를 예정대로 열기로 함"),
        ("또한 섬 주민들은 매주 토요일 장터를 엶", "섬 주민들은 매주 토요일 장터를 엶"),
        # an exception set against the rule before it reads as a plain statement of what is excepted
        ("다만, 10세 미만 어린이는 보호자와 함께 입장해야 함", "10세 미만 어린이는 보호자와 함께 입장해야 함"),
        # a connective word that is the adverb of an adnominal verb stays ("먼저 문을 연": opened earlier)
        ("먼저 문을 연 누리관은 하루 800명이 찾음", "먼저 문을 연 누리관은 하루 800명이 찾음"),
        # too little left
        ("특히 청년 참여 증가", "특히 청년 참여 증가"),
        # no connective
        ("또래 상담소 3곳 운영", "또래 상담소 3곳 운영"),
    ],
)
def test_opening_connective(bullet: str, expected: str) -> None:
    assert opening_connective(bullet) == expected


def test_a_connective_opening_a_kept_clause_goes() -> None:
    text = (
        "가람섬 둘레길은 지난 5월 전 구간이 개통됐으며, "
        "또한 섬 주민들은 둘레길 입구에서 직접 기른 농산물을 파는 장터를 매주 토요일 연다."
    )
    assert _bullet(text) == "섬 주민들은 둘레길 입구에서 직접 기른 농산물을 파는 장터를 매주 토요일 엶"


def test_a_connective_of_concession_goes() -> None:
    text = "그럼에도 불구하고 한빛시는 축제를 예정대로 열기로 하고 안전 요원 200명을 추가로 배치하기로 했다."
    assert _bullet(text) == "한빛시는 축제를 예정대로 열기로 하고 안전 요원 200명을 추가로 배치하기로 함"


def test_a_kept_clause_that_opens_on_its_own_yeoksi_topic_takes_no_other() -> None:
    # "가을 음악회 역시 …" names what the kept clause is about, whatever adnominal follows: the hall's topic stays out
    text = "누리아트홀은 올봄 공연 세 편을 미뤘으며, 가을 음악회 역시 객석 보수로 인한 공사 일정 때문에 연기되었다."
    bullet = "가을 음악회 역시 객석 보수로 인한 공사 일정 때문에 연기됨"
    assert with_topic(bullet, text, analyze(text, 0), 0) == bullet
