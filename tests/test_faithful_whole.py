"""A leading clause cut only to fit a bullet's length stays where what is left would not say the sentence's
substance alone (own-written sentences): an evaluation whose act went ("교사들은 사고 위험을 크게 줄임"), a topic
cut with its contrast ("…로 계획됐으나"), the last of a list of alternatives ("…맡든"), a topic left on another
subject's clause ("새솔시는 3만 명이 구독"), or on another predicate than its copula ("신청 자격은 … 돌려줌").
A purpose, or a whole list of alternatives, still goes as before."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.form import defect


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # the act with its object: the rest only evaluates it
        (
            "새솔중 교사들은 체험 행사에 앞서 학생들에게 줄 서는 방법, 도구 쓰는 법, 복도 이동 요령 등을 담은"
            " 안전 교육을 실시해 사고 위험을 크게 줄였다.",
            "새솔중 교사들은 학생들에게 줄 서는 방법, 도구 쓰는 법, 복도 이동 요령 등을 담은 안전 교육을 실시해 사고"
            " 위험을 크게 줄임",
        ),
        # a concession: what was planned and why it changed stay with the topic
        (
            "당초 이번 가을 운동회는 한빛초 운동장에서 열기로 계획됐으나, 최근 잦은 비로 운동장이 물에 잠기고 학생"
            " 안전이 우려돼, 군민체육관 실내 경기로 바꿔 진행하게 됐다.",
            "당초 이번 가을 운동회는 한빛초 운동장에서 열기로 계획됐으나, 최근 잦은 비로 운동장이 물에 잠기고 학생"
            " 안전이 우려돼, 군민체육관 실내 경기로 바꿔 진행하게 됨",
        ),
        # a list of alternatives: never its last item alone
        (
            "그러나 누가 위원장을 맡든, 어느 부서가 예산을 쥐든, 어느 위원이 회의를 이끌든 주민 의견을 제때 듣지"
            " 않으면 아무 소용 없는 계획일 것이다.",
            "누가 위원장을 맡든, 어느 부서가 예산을 쥐든, 어느 위원이 회의를 이끌든 주민 의견을 제때 듣지 않으면"
            " 아무 소용 없는 계획일 것임",
        ),
        # the topic's own act went with its figure, and the rest has a subject of its own: what is subscribed to stays
        (
            "새솔시는 현재 누리집 소식지, 영상 채널, 사진 채널, 주민 소통방, 문자 알림 서비스 등 5개의 누리소통망"
            " 창구를 운영하고 있으며 약 3만 명이 구독하고 있다.",
            "새솔시는 현재 누리집 소식지, 영상 채널, 사진 채널, 주민 소통방, 문자 알림 서비스 등 5개의 누리소통망"
            " 창구를 운영하고 있으며 약 3만 명이 구독하고 있음",
        ),
        # the topic is what its copula names: it never goes on to the next predicate
        (
            "신청 자격은 누리군에 주소를 둔 만 20세 이상 45세 이하 주민 중 올해 운전면허 시험에 처음 합격한"
            " 자이고, 1인당 최대 8만 원까지 교육비를 돌려준다.",
            "신청 자격은 누리군에 주소를 둔 만 20세 이상 45세 이하 주민 중 올해 운전면허 시험에 처음 합격한 자",
        ),
    ],
)
def test_a_cut_that_leaves_no_substance_keeps_the_clause(sentence: str, bullet: str) -> None:
    out = make_bullet(sentence, [], 0)
    assert out == bullet
    assert defect(out) is None


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # a purpose goes
        (
            "한빛군은 섬 지역 어르신들의 따뜻한 겨울과 홀로 사는 가구의 안전을 지키기 위해 이달부터 읍면"
            " 경로당 42곳에 난방비와 방한용품을 지원한다.",
            "한빛군은 이달부터 읍면 경로당 42곳에 난방비와 방한용품 지원",
        ),
        # a whole list of alternatives goes: what is left holds either way
        (
            "이 사고가 누구의 잘못이든 아니든 새솔시 소방본부는 모든 터널 구간의 비상 조명과 배수 설비를 다음"
            " 달까지 다시 점검하기로 했다.",
            "새솔시 소방본부는 모든 터널 구간의 비상 조명과 배수 설비를 다음 달까지 다시 점검하기로 함",
        ),
        (
            "그러나 누가 위원장을 맡든, 어느 부서가 예산을 쥐든, 어느 위원이 회의를 이끌든 주민 의견을 제때 듣지"
            " 않으면 새 정책은 제자리걸음일 것이다.",
            "주민 의견을 제때 듣지 않으면 새 정책은 제자리걸음일 것임",
        ),
        # a contrast whose topic the rest names again as its subject
        (
            "전년까지 새솔시 청년 월세 지원금은 월 10만 원이었으나, 올해 처음으로 지원금이 5만 원 올라 청년"
            " 1,200명에게 월 15만 원을 지급하게 된다.",
            "올해 처음으로 지원금이 5만 원 올라 청년 1,200명에게 월 15만 원을 지급하게 됨",
        ),
    ],
)
def test_a_cut_that_leaves_the_substance_goes_as_before(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, [], 0) == bullet
