"""A clause that holds the sentence's figures and dates is never dropped for a shorter one with fewer of them
(:func:`kosum.engines.substance.outweighs`). Own-written sentences."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dates, the hours, the place and the count are the point; "1회당 40분씩" alone is not
        (
            "설명회는 2027년 3월 4일과 3월 11일 오후 1시부터 5시까지 새솔시청 대회의실에서 총 2회 열리며 "
            "1회당 40분씩 진행된다.",
            "설명회는 2027년 3월 4일과 3월 11일 오후 1시부터 5시까지 새솔시청 대회의실에서 총 2회 열리며 "
            "1회당 40분씩 진행",
        ),
        # a clause with fewer figures than the main one goes for length as ever
        (
            "한빛군은 지난 3월 주민 불편을 덜고자 누리천 일대 산책로 구간을 새로 정비하며 안전한 통행 환경을 "
            "만들었고, 야간 조명 120개와 의자 40개를 설치했다.",
            "한빛군은 야간 조명 120개와 의자 40개 설치",
        ),
    ],
)
def test_a_clause_with_more_figures_stays(text: str, expected: str) -> None:
    assert make_bullet(text, analyze(text, 0), 0) == expected
