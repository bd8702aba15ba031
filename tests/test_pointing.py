"""A sentence that points to a thing named in another sentence is no bullet unless that thing is shown, and a
connective that ties a bullet to a sentence not shown goes (own-written sentences)."""

from __future__ import annotations

import pytest

from kosum.engines.carried import opening_connective
from kosum.engines.pointing import points_away
from kosum.pipeline.preprocess import preprocess


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return preprocess(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "away"),
    [
        # a pointing determiner whose noun this sentence never names: it leans on another sentence
        ("누리군은 올겨울 해당 시설의 난방비를 두 배로 늘리기로 했다.", True),
        ("상인회가 이같은 방침에 맞서 서명 2천 장을 모았다.", True),
        ("문제의 조항은 다음 회기에 다시 다뤄진다.", True),
        ("저 방식으로 만든 그릇은 금이 덜 간다.", True),
        ("이와 같은 흐름 속에 가람동 빈집은 40채로 늘었다.", True),
        # the noun is named earlier in the sentence: what it points to is shown
        ("누리군은 쉼터 조례를 고쳤고, 해당 조례는 3월부터 시행된다.", False),
        ("가람동에 새 도서관이 문을 열자 해당 도서관 앞 골목이 붐볐다.", False),
        # a pointer inside quotes, a pronoun "저는" or "해당하다": no pointing determiner
        ('구청장은 "해당 부서가 맡는다"고 말했다.', False),
        ("저는 가람동에서 20년째 빵집을 한다.", False),
        ("오늘부터 저 개인의 일정은 모두 미룹니다.", False),
        ("올해 지원 대상에 해당하는 가구는 310가구다.", False),
    ],
)
def test_a_pointer_without_what_it_points_to(text: str, away: bool) -> None:
    assert points_away(_sentence(text), "") is away


def test_what_is_shown_elsewhere_stands() -> None:
    sentence = _sentence("누리군은 올겨울 해당 시설의 난방비를 두 배로 늘리기로 했다.")
    # the summary or the card names the thing; or the sentence before is shown
    assert not points_away(sentence, "누리군 경로당 시설 점검")
    assert not points_away(sentence, "", after_shown=True)


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        # a connective that sets the bullet against, restates, adds to or bears out a sentence not shown goes
        ("반면 가람군은 쉼터 두 곳을 닫기로 함", "가람군은 쉼터 두 곳을 닫기로 함"),
        ("반면에, 누리시의 관광객은 12% 늘어남", "누리시의 관광객은 12% 늘어남"),
        ("즉, 새 다리는 2029년에야 개통됨", "새 다리는 2029년에야 개통됨"),
        ("더구나 한빛역 승강장 3곳은 아직 공사 중", "한빛역 승강장 3곳은 아직 공사 중"),
        ("실제로 지난해 가람천 둑 두 곳이 무너짐", "지난해 가람천 둑 두 곳이 무너짐"),
        ("사실, 누리 장터의 매출은 5년째 제자리", "누리 장터의 매출은 5년째 제자리"),
        # a noun "사실" and a topic "실제로는" are no such connective
        ("사실 관계를 다시 따지기로 함", "사실 관계를 다시 따지기로 함"),
        ("실제로는 공사비가 두 배로 듦", "실제로는 공사비가 두 배로 듦"),
    ],
)
def test_a_leaning_connective_goes(bullet: str, expected: str) -> None:
    assert opening_connective(bullet) == expected
