"""A dropped first clause takes its own adverbials with it, and leaves what scopes over the whole sentence: a
recipient or place topic, and a bracketed limit on a kept figure (own-written sentences; :mod:`kosum.engines.scoped`).
"""

from __future__ import annotations

import pytest

from kosum.engines.arguments import subject
from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.scoped import keep_figure_limits, scopes_over
from kosum.engines.spans import quoted

# (sentence, what the bullet must hold, what it must not)
CASES = [
    # a bare "N에서" inside the first clause goes with it, never onto the kept clause
    (
        "먼저 시연과정에서 관객 질문을 주제별로 모아 쉬운 설명을 곁들였고, 악기·시대·지역별 연주법과 관리 요령을 "
        "소개해 공연의 재미를 더했다.",
        "관리 요령을 소개해",
        "시연과정에서 악기",
    ),
    # a recipient topic says to whom the kept clause applies: it stays, with the figure's cap
    (
        "이 밖에 누리시에 새로 전입한 청년에게는 정착 지원 제도가 적용돼 월세 30%(월 최대 15만 원) 지원과 "
        "이사비가 지급된다.",
        "청년에게는 월세 30%(월 최대 15만 원) 지원",
        None,
    ),
    (
        "또 만 65세 이상 어르신에게는 교통비 지원 제도가 새로 도입돼 버스 요금 50%, 택시 요금 20%(월 최대 2만 원) "
        "할인이 적용된다.",
        "어르신에게는 버스 요금",
        None,
    ),
    (
        "또 만 65세 이상 어르신에게는 교통비 지원 제도가 새로 도입돼 버스 요금 50%, 택시 요금 20%(월 최대 2만 원) "
        "할인이 적용된다.",
        "20%(월 최대 2만 원) 할인",
        None,
    ),
]


@pytest.mark.parametrize(("text", "held", "never"), CASES)
def test_what_scopes_over_the_kept_clause(text: str, held: str, never: str | None) -> None:
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert held in bullet
    if never is not None:
        assert never not in bullet


# (sentence, index one past the opening phrase, whether it holds for the clause after the first)
SCOPES = [
    ("주민에게는 봉투가 주어져 감면이 제공된다", True),
    ("주민에게는 봉투가 주어지고, 상인에게는 감면이 제공된다", False),
    ("전망대에서는 해설이 열리고, 사진 촬영이 가능하다", True),
    ("주요 안건으로는 주차난이 다뤄졌고, 보고가 이어졌다", False),
    ("상담과정에서 사항을 정리해 교육했고, 요령을 안내했다", False),
    ("누리재단에서 성금을 모아, 복지관에 기탁했다", True),
    ("마을동아리에서 악기를 익혀, 경로당에서 공연했다", True),
    ("한빛시는 성금을 모아, 복지관에 기탁했다", True),
]


@pytest.mark.parametrize(("text", "scopes"), SCOPES)
def test_scopes_over(text: str, scopes: bool) -> None:
    morphs = analyze(text, 0)
    after = next(i for i, m in enumerate(morphs) if m.tag == "EC") + 1
    opening = subject(morphs, after)
    assert opening > 0
    assert scopes_over(morphs, opening, after, len(morphs)) is scopes


# (text, whether the bracket stays once dropped)
LIMITS = [
    ("수거료 10%(최대 2만 원) 감면", True),
    ("지원금 3만 원(단, 1인 1회) 지급", True),
    ("수거료 10%(전년 대비) 감면", False),
    ("누리센터(최대 규모) 개관", False),
]


@pytest.mark.parametrize(("text", "stays"), LIMITS)
def test_keep_figure_limits(text: str, stays: bool) -> None:
    morphs = analyze(text, 0)
    forms = [m.form for m in morphs]
    opening, closing = forms.index("("), forms.index(")")
    keep = [not opening <= i <= closing for i in range(len(morphs))]  # the bracket dropped as an aside
    keep_figure_limits(morphs, keep, quoted(morphs))
    assert keep[opening] is stays
