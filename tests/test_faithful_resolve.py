"""A sentence of facts closed by a generic resolve ("…을 증설해 침수 피해 줄이기에 힘쓸 계획이다", "…에 최선을 다할
계획이다") keeps its facts (own-written sentences): the resolve alone names no measure, no figure, nothing the
reader did not know, so the clauses before it stay (up to the frame's length limit)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kosum.engines.bullets import make_bullet
from kosum.engines.form import defect
from kosum.pipeline.tuning import COMPRESS


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        (
            "한빛시는 올여름 전에 하천변에 침수 감지 센서 40개를 새로 달고 배수펌프장 2곳을 증설해 "
            "여름철 침수 피해 줄이기에 힘쓸 계획이다.",
            "한빛시는 올여름 전에 하천변에 침수 감지 센서 40개를 새로 달고 배수펌프장 2곳을 증설해 "
            "여름철 침수 피해 줄이기에 힘쓸 계획",
        ),
        (
            "새솔군은 읍면 복지관 3곳에 어르신 쉼터를 새로 열고, 겨울철 돌봄 프로그램 12개를 운영하는 등 어르신 돌봄 "
            "환경 조성에 최선을 다할 계획이다.",
            "새솔군은 읍면 복지관 3곳에 어르신 쉼터를 새로 열고, 겨울철 돌봄 프로그램 12개를 운영하는 등 어르신 돌봄 "
            "환경 조성에 최선을 다할 계획",
        ),
        (
            "누리군은 귀농 상담 창구 5곳을 새로 열고 빈집 정보 100건을 공개해 청년 귀농인 정착에 앞장설 방침이다.",
            "누리군은 귀농 상담 창구 5곳을 새로 열고 빈집 정보 100건을 공개해 청년 귀농인 정착에 앞장설 방침",
        ),
        (
            "가람시는 공공 와이파이 200곳을 새로 설치하고 요금 감면 대상을 넓혀 시민 통신비 부담 완화에 "
            "노력할 예정이다.",
            "가람시는 공공 와이파이 200곳을 새로 설치하고 요금 감면 대상을 넓혀 시민 통신비 부담 완화에 노력할 예정",
        ),
    ],
)
def test_facts_before_a_resolve_stay(sentence: str, bullet: str) -> None:
    out = make_bullet(sentence, [], 0)
    assert out == bullet
    assert defect(out) is None


def test_a_measure_kept_with_its_resolve_is_unchanged() -> None:
    """A main clause that does something ("…을 개최할 계획") is no resolve: a long sentence is cut as before."""
    sentence = (
        "새솔군은 지난해 주민 설문에서 나온 의견 40건을 모아 분야별로 정리하고 관계 부서와 협의를 거쳐, "
        "다음 달 새솔문화회관에서 주민 300명이 참여하는 정책 토론회를 개최할 계획이다."
    )
    out = make_bullet(sentence, [], 0)
    assert out == "새솔군은 다음 달 새솔문화회관에서 주민 300명이 참여하는 정책 토론회를 개최할 계획"


# Generated sentences: an office, a fact clause (a figure and its measure), a generic resolve.
OFFICES = ("한빛시는", "누리군은", "새솔교육청은")
FACTS = (
    "돌봄 교실 12곳을 새로 열어",
    "방역물품 800세트를 나눠",
    "경로당 40곳의 난방비를 지원해",
    "통학 버스 6대를 늘려",
)
GOALS = ("주민 복지 향상에", "학생 안전 확보에", "지역 돌봄 강화에", "어르신 건강 지키기에")
RESOLVES = ("힘쓸", "최선을 다할", "만전을 기할", "앞장설", "노력할")
PLANS = ("계획이다", "방침이다", "예정이다")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(OFFICES),
    st.sampled_from(FACTS),
    st.sampled_from(GOALS),
    st.sampled_from(RESOLVES),
    st.sampled_from(PLANS),
)
def test_a_resolve_never_stands_without_its_facts(office: str, fact: str, goal: str, resolve: str, plan: str) -> None:
    sentence = f"{office} {fact} {goal} {resolve} {plan}."
    out = make_bullet(sentence, [], 0)
    assert len(sentence) <= COMPRESS.light_bullet_chars
    figure = fact.split()[0] if fact[0].isdigit() else next(w for w in fact.split() if any(c.isdigit() for c in w))
    assert figure in out, (sentence, out)  # the facts stay
    assert out.endswith(plan[:2]), (sentence, out)  # the plan survives
    assert defect(out) is None
