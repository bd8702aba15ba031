"""A main clause that says almost nothing alone ("…사업을 진행하고 있다", "…공간을 꾸미고 있다": no figure, no name,
two content words) keeps the clauses before it that hold the facts or names (own-written sentences): "누리시는
사업을 진행하고 있음" would name no programme. Where the main clause has content of its own, it is cut as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kosum.engines import arguments as ar
from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.form import defect
from kosum.engines.spans import facts
from kosum.pipeline.tuning import COMPRESS


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        (
            "누리시는 올해 봄 '한빛 해안 정화 사업' 대상지로 뽑혀 국비 3억 원과 도비 2억 원을 받아 "
            "사업을 진행하고 있다.",
            "누리시는 올해 봄 '한빛 해안 정화 사업' 대상지로 뽑혀 국비 3억 원과 도비 2억 원을 받아 "
            "사업을 진행하고 있음",
        ),
        (
            "한빛박물관은 겨울 방학 동안 옛 지도 35점과 측량 도구 8점을 한자리에 모으고 해설사 4명을 배치하며 "
            "공간을 꾸미고 있다.",
            "한빛박물관은 겨울 방학 동안 옛 지도 35점과 측량 도구 8점을 한자리에 모으고 해설사 4명을 배치하며 "
            "공간을 꾸미고 있음",
        ),
    ],
)
def test_facts_before_a_thin_main_clause_stay(sentence: str, bullet: str) -> None:
    out = make_bullet(sentence, [], 0)
    assert out == bullet
    assert defect(out) is None


def _main(sentence: str, main: str) -> bool:
    morphs = analyze(sentence)
    start = next(i for i, m in enumerate(morphs) if m.start >= sentence.index(main))
    keep = [True] * len(morphs)
    return ar.thin_main(morphs, keep, facts(morphs), start, len(morphs), COMPRESS.thin_main_content)


def test_what_makes_a_main_clause_thin() -> None:
    # two content words, and a figure before it: thin
    assert _main("누리군은 마을회관 12곳을 고쳐 사업을 마쳤다.", "사업을")
    # a figure of its own, or a name, or more content: not thin
    assert not _main("누리군은 마을회관을 고쳐 12곳 공사를 마쳤다.", "12곳")
    assert not _main("누리군은 마을회관 12곳을 고쳐 새솔마을 사업을 마쳤다.", "새솔마을")
    assert not _main("누리군은 마을회관 12곳을 고쳐 어르신 여가 공간 조성 사업을 마쳤다.", "어르신")
    # nothing before it to keep: not thin
    assert not _main("누리군은 마을회관을 고쳐 사업을 마쳤다.", "사업을")


NAMES = ("'새솔 청년 창업 지원 사업'", "'누리 마을 돌봄 사업'", "'한빛 해안 정화 사업'")
AMOUNTS = (2, 5, 12)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(("누리시는", "한빛군은", "새솔교육청은")), st.sampled_from(NAMES), st.sampled_from(AMOUNTS))
def test_a_thin_main_clause_never_stands_without_its_name(office: str, name: str, amount: int) -> None:
    sentence = f"{office} 올해 봄 {name} 대상지로 뽑혀 국비 {amount}억 원과 도비 2억 원을 받아 사업을 진행하고 있다."
    out = make_bullet(sentence, [], 0)
    assert len(sentence) <= COMPRESS.light_bullet_chars
    assert name in out, (sentence, out)
    assert defect(out) is None
