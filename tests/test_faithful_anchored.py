"""A time phrase that opens a linking verb's phrase ("다음 해 5월부터 개정 조례에 따라 …") dates the main clause
after it and stays when the phrase goes (own-written sentences, bullets25)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze

#: (sentence, bullet): the basis or the frame goes, the date of the plan stays (without it the plan reads as in effect)
DATED = [
    # "에 따라"
    (
        "새솔형 야간 순찰은 호응이 크다는 평가를 받아 다음 해 5월부터 개정 조례에 따라 읍면 전역으로 넓혀 운영된다.",
        "새솔형 야간 순찰은 호응이 크다는 평가를 받아 다음 해 5월부터 읍면 전역으로 넓혀 운영",
    ),
    # "에 맞춰", after "오는"
    (
        "군은 오는 3월부터 새 지침에 맞춰 읍면 사무소 12곳의 민원 창구를 통합 운영한다.",
        "오는 3월부터 읍면 사무소 12곳의 민원 창구 통합 운영",
    ),
]


@pytest.mark.parametrize(("sentence", "bullet"), DATED)
def test_the_main_clause_keeps_its_date(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, analyze(sentence, 0), 0) == bullet


def test_a_phrase_before_a_dropped_clause_dates_nothing() -> None:
    # the date was the application's (a clause that goes too), never the decision's
    sentence = (
        "새솔군은 지난 4월부터 읍면 창구를 통해 귀농 정착금 신청을 받았으며, 서류 심사와 현장 확인을 거쳐 "
        "모두 312가구를 지원 대상으로 최종 확정했다."
    )
    assert "4월" not in make_bullet(sentence, analyze(sentence, 0), 0)
