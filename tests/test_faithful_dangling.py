"""Cuts that never leave the kept words leaning on what was cut: no bullet ends on a clause that only sets the
circumstance of the next act ("…에 대응하여 …"), a list never loses the head item its "…을 비롯해" frame names, and
an adnominal verb keeps the argument its adverb leans on ("…을 통해 먼저 공개된"); a safe cut stays (own-written
sentences)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # a clause chained by "-여" with no subject or object of its own is the circumstance of the act after it:
        # the figures and the result are that act's, so the bullet never ends on "…에 대응"
        (
            "또한 적립된 기금 2,400억 원에서 지난 2년간 물가 상승에 대응하여 1,100억 원, 대형 공공시설 및 노후 "
            "도로 보수에 선제적으로 900억 원을 사용한 결과 기금 적립액도 700억 원 감소됐다.",
            "적립된 기금 2,400억 원에서 지난 2년간 물가 상승에 대응하여 1,100억 원, 대형 공공시설 및 노후 "
            "도로 보수에 선제적으로 900억 원을 사용한 결과 기금 적립액도 700억 원 감소",
        ),
        # "A를 비롯해 B, C 등": the frame's head item stays with the list (a root "비롯" with its "하")
        (
            "이번에 할 일로는 2층짜리 400㎡ 주민 쉼터 신축을 비롯해 지금 한 차로인 마을 들머리 길의 "
            "2차선 확장, 500㎡ 규모의 공원 정비, 선착장 신설, 마을 안 주차장 조성 등이다.",
            "이번에 할 일로는 2층짜리 400㎡ 주민 쉼터 신축을 비롯해 지금 한 차로인 마을 들머리 길의 "
            "2차선 확장, 500㎡ 규모의 공원 정비, 선착장 신설, 마을 안 주차장 조성 등",
        ),
        # "…을 통해 먼저 공개된": the adverb and its verb lean on the date and the means before them
        (
            '지난 3일 누리방송을 통해 먼저 공개된 바 있는 "새솔의 봄"은 한빛군 청년들이 만든 기록 영화다.',
            '지난 3일 누리방송을 통해 먼저 공개된 바 있는 "새솔의 봄"은 한빛군 청년들이 만든 기록 영화',
        ),
    ],
)
def test_no_dangling_cut(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, [], 0) == bullet


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # a "-여" clause with a subject of its own is a statement: the bullet may still end on it
        (
            "이번 장터에는 새솔군 농가와 소비자 등 250여 명이 모여 지역 먹거리의 앞날과 새 판로 방향, 그리고 "
            "내년 장터 운영 방식을 두고 여러 생각을 차분하게 주고받았다.",
            "이번 장터에는 새솔군 농가와 소비자 등 250여 명이 모임",
        ),
        # an adverb before an adjective ("더 많은") is a phrase of its own: the plan's clause before it may go
        (
            "새솔군은 앞으로도 마을 숲 보전과 체계적인 관리 틀을 강화하고, 더 많은 숲 관련 공모사업을 확보해 "
            "마을 숲 경쟁력을 높여 나갈 계획이다.",
            "새솔군은 더 많은 숲 관련 공모사업을 확보해 마을 숲 경쟁력을 높여 나갈 계획",
        ),
    ],
)
def test_safe_cut_stays(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, [], 0) == bullet
