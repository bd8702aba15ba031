"""A clause that gives the main clause's reason ("…확인되므로", "…오니까") is never dropped for length: without
it the main clause is a bare claim (:func:`kosum.engines.clauses.gives_reason`). Own-written sentences."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.clauses import clauses, gives_reason
from kosum.engines.features import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "모든 검표원은 휴대용 판독기를 갖고 있어, 표를 접었거나 화면이 깨졌다 하더라도 확인되므로 관람객은 "
            "종이표를 따로 뽑을 필요가 없다.",
            "모든 검표원은 휴대용 판독기를 갖고 있어, 표를 접었거나 화면이 깨졌다 하더라도 확인되므로 관람객은 "
            "종이표를 따로 뽑을 필요가 없음",
        ),
        # a clause of no reason goes for length as ever
        (
            "한빛군은 지난 3월 주민 불편을 덜고자 누리천 일대 산책로 구간을 새로 정비하며 안전한 통행 환경을 "
            "만들었고, 야간 조명 120개와 의자 40개를 설치했다.",
            "한빛군은 야간 조명 120개와 의자 40개 설치",
        ),
    ],
)
def test_a_reason_clause_stays(text: str, expected: str) -> None:
    assert make_bullet(text, analyze(text, 0), 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("표가 확인되므로 입장할 수 있다.", True),
        ("비가 많이 오니까 행사가 미뤄졌다.", True),
        ("표를 확인하고 입장했다.", False),
    ],
)
def test_gives_reason(text: str, expected: str) -> None:
    morphs = analyze(text, 0)
    assert gives_reason(morphs, clauses(morphs, len(morphs))[0]) is expected
