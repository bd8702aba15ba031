"""An outlook (a forecast, a guess, a worry) is refused as a bullet where the bullet cut the clause that said
whose it is or what it is about (own-written sentences)."""

from __future__ import annotations

import pytest

from kosum.engines.outlook import cut_ground, is_outlook, keep_ground, ungrounded
from kosum.pipeline.preprocess import preprocess


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return preprocess(text).sentences[0]


@pytest.mark.parametrize(
    ("bullet", "outlook"),
    [
        # a forecast, a guess, a likelihood or a worry as the bullet's last predicate
        ("연말까지 운행 재개는 어려울 것으로 보임", True),
        ("새 다리의 개통은 봄으로 밀릴 전망", True),
        ("한빛천이 넘칠 가능성이 높음", True),
        ("누리항 물동량 감소가 우려되고 있음", True),
        ("올해 관광객은 30만 명으로 예상", True),
        ("다음 달 착공은 아무래도 어려워 보임", True),
        # a plan, a trying "살펴봄", a view "내려다 보임", a fact: no outlook
        ("가람군은 새 다리를 놓을 예정", False),
        ("새솔시는 쉼터 세 곳을 살펴봄", False),
        ("언덕 위에서 누리만이 내려다 보임", False),
        ("주민 120명이 설명회에 참석함", False),
        # an outlook noun that is not the last predicate
        ("전망 좋은 쉼터 두 곳을 새로 만듦", False),
    ],
)
def test_what_an_outlook_is(bullet: str, outlook: bool) -> None:
    assert is_outlook(bullet) is outlook


@pytest.mark.parametrize(
    ("source", "bullet", "cut"),
    [
        # the cut clause named what the outlook is about (a subject), or where (a place)
        (
            "누리역 공사가 늦어지면서 개통 시기가 밀렸고, 연말까지 운행 재개는 어려울 것으로 보인다.",
            "연말까지 운행 재개는 어려울 것으로 보임",
            True,
        ),
        (
            "가람군 의회에서는 예산안을 두고 사흘째 맞서고 있어 연내 통과는 어려울 전망이다.",
            "연내 통과는 어려울 전망",
            True,
        ),
        # the bullet opens where the sentence does, or past a connective only
        (
            "연말까지 운행 재개는 어려울 것으로 보인다.",
            "연말까지 운행 재개는 어려울 것으로 보임",
            False,
        ),
        (
            "또한 연말까지 운행 재개는 어려울 것으로 보인다.",
            "연말까지 운행 재개는 어려울 것으로 보임",
            False,
        ),
        # the cut clause named nobody and no place: nothing lost
        (
            "지난주부터 내린 많은 비로 한빛천이 넘칠 가능성이 높다.",
            "한빛천이 넘칠 가능성이 높음",
            False,
        ),
        # no outlook: another rule's business
        (
            "누리역 공사가 늦어지면서 개통 시기가 밀렸고, 시는 셔틀버스 12대를 투입했다.",
            "셔틀버스 12대를 투입",
            False,
        ),
    ],
)
def test_an_outlook_cut_from_its_ground(source: str, bullet: str, cut: bool) -> None:
    assert cut_ground(bullet, _sentence(source)) is cut


def test_a_ground_shown_elsewhere_stands() -> None:
    sentence = _sentence(
        "교량 상판을 만드는 한솔산업의 자재 공급이 두 달 넘게 늦어지면서, "
        "누리천 새 다리의 개통은 내년 봄 이후로 밀릴 것으로 보인다."
    )
    # the bullet keeps the outlook's last clause only: the supplier and its delay are cut
    assert ungrounded(sentence, "가람군, 누리천 새 다리 공사", "noun")
    # where the title, the card or the summary names the supplier, the reader knows what the outlook is of
    assert not ungrounded(sentence, "한솔산업 자재 공급 지연", "noun")
    # a sentence with no outlook is never written out for this check
    assert not ungrounded(_sentence("군은 공사 기간 임시 나룻배 2척을 하루 12번 운항한다."), "", "noun")


def test_the_whole_clause_keeps_the_ground_where_it_fits() -> None:
    sentence = _sentence(
        "가람군 의회에서는 두 당 대표가 만나 예산을 풀려고 애썼지만, 연내 합의는 어려울 것으로 보인다."
    )
    # a reduction that cut the place and its clause gives way to the whole clause, 60 characters or less
    assert keep_ground("연내 합의는 어려울 것으로 보임", sentence) == (
        "가람군 의회에서는 두 당 대표가 만나 예산을 풀려고 애썼지만, 연내 합의는 어려울 것으로 보임"
    )
    # a bullet that keeps its ground, or states no outlook, stays as it is
    assert keep_ground("두 당 대표가 만나 예산을 풀려고 애씀", sentence) == "두 당 대표가 만나 예산을 풀려고 애씀"
    long = _sentence(
        "가람군 의회에서는 두 당 대표가 지난 석 달 동안 열두 차례나 만나 새해 예산안의 쟁점 일곱 가지를 하나씩 "
        "풀려고 애썼지만, 연내 합의는 어려울 것으로 보인다."
    )
    # where the whole clause is too long, the cut bullet stays (the chooser passes it over)
    assert keep_ground("연내 합의는 어려울 것으로 보임", long) == "연내 합의는 어려울 것으로 보임"


def test_a_cut_clause_coordinated_with_the_bullets_adnominal_is_no_ground() -> None:
    # "A가 …하고 B가 …한 N": the cut clause modifies the noun the bullet keeps, as the kept adnominal does
    sentence = _sentence("가람군이 신청하고 도가 승인한 새 다리 공사가 멈추면서 통학로 혼잡이 우려된다.")
    assert not cut_ground("도가 승인한 새 다리 공사가 멈추면서 통학로 혼잡이 우려됨", sentence)
    # a cut clause before a bullet that opens on its own subject is one
    other = _sentence("가람군이 공사비를 줄이면서 새 다리 공사가 멈춰 통학로 혼잡이 우려된다.")
    assert cut_ground("새 다리 공사가 멈춰 통학로 혼잡이 우려됨", other)


def test_a_means_before_an_adnominal_is_still_a_cut() -> None:
    # "…에 따라 …를 위한 …": the cut clause ends in no coordinating ending, so its place is the outlook's ground
    sentence = _sentence(
        "한솔군 도로과에서는 주민 건의에 따라 마을길 포장을 위한 설계를 고치고 있어 봄 착공이 예상된다."
    )
    assert cut_ground("마을길 포장을 위한 설계를 고치고 있어 봄 착공이 예상됨", sentence)
