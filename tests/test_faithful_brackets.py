"""A bracketed name that a particle takes is an argument, never an aside; an aside between a noun and its particle goes
and leaves the particle on the noun (own-written sentences, issue 18)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.form import defect


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title after a particle's word: what "에 의해" takes
        (
            "이 같은 사실은 <가람일보>에 의해 처음 알려졌고 시의회는 다음 달 현장 조사를 벌일 예정이다.",
            "이 같은 사실은 <가람일보>에 의해 처음 알려졌고 시의회는 다음 달 현장 조사를 벌일 예정",
        ),
        # a title after a noun it names: still the argument of "로"
        (
            "새솔 극단은 창작극 《등대지기》로 올해 지역 연극제 대상을 받아 상금 500만 원을 받았다.",
            "새솔 극단은 창작극 《등대지기》로 올해 지역 연극제 대상을 받아 상금 500만 원을 받음",
        ),
        # an aside between a noun and its particle goes; the particle goes back onto the noun
        (
            "누리군은 전국 최대 규모의 갯벌 축제인 누리갯벌축제 (NGF)의 올해 방문객이 12만 명을 넘었다고 밝혔다.",
            "전국 최대 규모의 갯벌 축제인 누리갯벌축제의 올해 방문객이 12만 명을 넘음",
        ),
        # an aside glued to its noun goes as before
        ("새솔군은 올해 인구가 2만 명(남성 9천 명)으로 줄었다고 밝혔다.", "올해 인구가 2만 명으로 줆"),
    ],
)
def test_bracketed_names_and_asides(text: str, expected: str) -> None:
    assert _bullet(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exception: without it the whole line stopped
        (
            "폭설로 운행이 멈춘 구간은 누리선 전 구간(지하 구간 제외), 바다선 일부 등이다.",
            "폭설로 운행이 멈춘 구간은 누리선 전 구간(지하 구간 제외), 바다선 일부 등",
        ),
        # an exception told as a negation: the double header is not played every month
        (
            "경기가 비로 취소되면 새솔 야구단은 더블헤더(7, 8월은 치르지 않음)나 월요일 경기로 일정을 채운다.",
            "경기가 비로 취소되면 새솔 야구단은 더블헤더(7, 8월은 치르지 않음)나 월요일 경기로 일정을 채움",
        ),
        # a basis of a price and a hedge on a figure
        (
            "누리시장 절임배추는 시중가보다 싼 3만2천 원(20㎏ 기준)에 팔려 주민들의 호응을 얻었다.",
            "누리시장 절임배추는 시중가보다 싼 3만2천 원(20㎏ 기준)에 팔려 주민들의 호응을 얻음",
        ),
        (
            "상품권이 풀린 뒤 가람읍 상점의 월 매출은 12%(추정) 늘어난 것으로 나타났다.",
            "상품권이 풀린 뒤 가람읍 상점의 월 매출은 12%(추정) 늘어난 것으로 나타남",
        ),
        # a bound after what it bounds stays; opening the bracket it points at the text, an aside
        (
            "누리군은 어르신(70세 이상) 400명에게 겨울 난방비를 지원한다.",
            "누리군은 어르신(70세 이상) 400명에게 겨울 난방비 지원",
        ),
        (
            "새솔군 푸른마을협의회(이하 협의회)는 올해 마을 텃밭 20곳을 새로 만들었다.",
            "새솔군 푸른마을협의회는 올해 마을 텃밭 20곳을 새로 만듦",
        ),
        # a credit opening with the office's name is no condition either
        ("새솔시는 새 전망대(시 제공)와 둘레길을 함께 공개했다.", "새솔시는 새 전망대와 둘레길을 함께 공개"),
        # a clock time is no condition, and a hedge beside a figure of its own is a fact of its own: asides
        (
            "가람문화원은 오는 9일 오후 2시(현지 시각) 개관식을 열고 새 전시관(3억 원 교부 예정)도 공개한다.",
            "가람문화원은 오는 9일 오후 2시 개관식을 열고 새 전시관도 공개",
        ),
    ],
)
def test_a_bracket_that_restricts_its_word_stays(text: str, expected: str) -> None:
    assert _bullet(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside with a figure, glued on both sides, leaves the two words apart
        ("누리군은 모래주머니(2,400여 개)비축 등 장마 대비를 마쳤다.", "모래주머니 비축 등 장마 대비를 마침"),
        # a gloss inside a compound leaves none
        ("누리군은 반(反)부패 교육을 열었다.", "반부패 교육을 엶"),
    ],
)
def test_a_dropped_figure_aside_leaves_its_words_apart(text: str, expected: str) -> None:
    assert _bullet(text).endswith(expected), _bullet(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guessing adverb alone in a bracket hedges the clause: it stays, and the bullet is no claim
        (
            "가람섬 주민들의 이번 증언은 (어쩌면) 수십 년간 묻혀 있던 섬의 실태를 세상에 처음 알린 계기가 될 것이다.",
            "가람섬 주민들의 이번 증언은 (어쩌면) 수십 년간 묻혀 있던 섬의 실태를 세상에 처음 알린 계기가 될 것임",
        ),
        ("이번 일은 (아마도) 새솔군의 첫 사례가 될 것이다.", "이번 일은 (아마도) 새솔군의 첫 사례가 될 것임"),
    ],
)
def test_a_bracketed_guess_stays(text: str, expected: str) -> None:
    assert _bullet(text) == expected
    assert defect(expected) == "a wish or a guess nobody owns"  # and the guess check refuses it (engines/conjecture)
