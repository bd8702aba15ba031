"""Cards of #19 (fragments of the headline), on own-written news: a name that ends on a penalty keeps
the act that hands it down ("…공무원 징역 선고"), never the penalty cut before it."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.penalties import with_sentence


@pytest.mark.parametrize(
    ("name", "title", "named"),
    [
        # the act after the penalty, its figures between them left out
        ("공무원 징역", "한빛지법, 공금 빼돌린 새솔시 공무원 징역 2년 선고", "공무원 징역 선고"),
        ("징역", "새솔군 전 군수, 검찰에 징역 7년 구형받아", "징역 구형"),
        ("가람상사 과징금", "가람상사 과징금 3억 원 부과", "가람상사 과징금 부과"),
        # no penalty, or no act after it: the name stays
        ("갯벌 축제", "새솔군, 갯벌 축제 개최", "갯벌 축제"),
        ("공무원 징역", "새솔시 공무원 징역", "공무원 징역"),
    ],
)
def test_a_penalty_keeps_the_act_that_hands_it_down(name: str, title: str, named: str) -> None:
    assert with_sentence(name, title) == named


def test_a_news_card_of_a_sentence_names_the_act() -> None:
    article = (
        "한빛지법, 공금 빼돌린 새솔시 공무원 징역 선고\n\n"
        "한빛지방법원은 지난 3일 새솔시 공무원 김모씨에게 징역 2년을 선고했다. "
        "김모씨는 5년 동안 주민 복지 예산 3억 원을 빼돌린 혐의를 받았다. "
        "재판부는 김모씨가 돈을 갚지 않았고 범행을 숨기려 장부를 고친 점을 무겁게 봤다. "
        "김모씨 측은 생활이 어려웠다고 주장했지만 재판부는 받아들이지 않았다. "
        "새솔시는 김모씨를 파면하고 예산 관리 방식을 바꾸기로 했다."
    )
    names = [s.area for s in summarize(article).sections]
    assert names and names[0].endswith("징역 선고")
