"""A time phrase that opens a linking verb's phrase ("다음 해 5월부터 개정 조례에 따라 …") dates the main clause
after it and stays when the phrase goes (own-written sentences, bullets25); so does a time topic that opens the
sentence ("내년부터는 …") when its first clause goes (scope49)."""

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


#: (sentence, bullet): the first clause goes, the time topic that opens the sentence stays with the clause kept
TIME_TOPICS = [
    (
        "내년부터는 새솔군 출산 장려금 대상이 셋째 아이 가정에서 둘째 아이 가정(2026.1.1. 이후 출생아)까지 넓어지고 "
        "장려금 지급 횟수가 6회에서 10회로 4회 늘어난다.",
        "내년부터는 장려금 지급 횟수가 6회에서 10회로 4회 늘어남",
    ),
    (
        "올해부터는 학교 급식 식재료 가운데 지역 농산물 비중을 높이기 위해 새솔군 농가 120곳과 계약을 맺어 공급 "
        "물량을 연간 300톤으로 늘린다.",
        "올해부터는 새솔군 농가 120곳과 계약을 맺어 공급 물량을 연간 300톤으로 늘림",
    ),
    # the kept clause has a time topic of its own: the first one dated the clause that went
    (
        "내년부터는 새솔군 출산 장려금 대상이 셋째 아이 가정에서 둘째 아이 가정(2026.1.1. 이후 출생아)까지 넓어지고 "
        "2028년부터는 장려금 지급 횟수가 6회에서 10회로 4회 늘어난다.",
        "2028년부터는 장려금 지급 횟수가 6회에서 10회로 4회 늘어남",
    ),
]


@pytest.mark.parametrize(("sentence", "bullet"), TIME_TOPICS)
def test_a_time_topic_stays_with_the_clause_kept(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, analyze(sentence, 0), 0) == bullet
