"""A purpose or means clause stays where the rest would say almost nothing without it (own-written sentences):
"한들군 체육회는 준비단을 꾸림" names no event, "새솔구 주민센터는 어르신 반찬을 나눔" hides who delivered them.
Where the rest keeps a figure or a name of its own, or the clause only points back ("이를 통해"), it goes as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.form import defect
from kosum.engines.spans import facts
from kosum.engines.substance import hollow_rest, says_little
from kosum.pipeline.tuning import COMPRESS


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        (
            "한들군 체육회는 가람배 배드민턴 대회 유치를 위해 준비단을 꾸렸다.",
            "한들군 체육회는 가람배 배드민턴 대회 유치를 위해 준비단을 꾸림",
        ),
        (
            "새솔구 주민센터는 누리복지재단을 통해 어르신 반찬을 나눴다.",
            "새솔구 주민센터는 누리복지재단을 통해 어르신 반찬을 나눔",
        ),
        (
            "마루시 소방서는 겨울철 화재에 대비하기 위해 점검반을 꾸렸다.",
            "마루시 소방서는 겨울철 화재에 대비하기 위해 점검반을 꾸림",
        ),
    ],
)
def test_a_hollow_rest_keeps_its_purpose_or_means(sentence: str, bullet: str) -> None:
    out = make_bullet(sentence, [], 0)
    assert out == bullet
    assert defect(out) is None


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # the rest has a figure of its own: the purpose goes
        (
            "마루시 소방서는 겨울철 화재에 대비하기 위해 전통시장 점포 340곳의 소화기를 모두 바꿨다.",
            "마루시 소방서는 전통시장 점포 340곳의 소화기를 모두 바꿈",
        ),
        # a pointer says nothing of its own
        ("마루시 소방서는 이를 통해 점검반을 꾸렸다.", "마루시 소방서는 점검반을 꾸림"),
    ],
)
def test_a_rest_with_content_drops_it_as_before(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, [], 0) == bullet


def _hollow(sentence: str, clause_end: str, topic_end: str) -> bool:
    morphs = analyze(sentence)
    stop = next(i for i, m in enumerate(morphs) if m.start >= sentence.index(clause_end) + len(clause_end))
    topic = next(i for i, m in enumerate(morphs) if m.start >= sentence.index(topic_end) + len(topic_end))
    keep = [True] * len(morphs)
    return hollow_rest(morphs, keep, facts(morphs), (0, stop), topic, COMPRESS.hollow_rest_content)


def test_what_makes_a_rest_hollow() -> None:
    assert _hollow("누리도는 바람숲 진입로 공사를 위해 법인을 세웠다.", "위해", "누리도는")
    # a figure in the rest, or a topic of the clause's own: not hollow
    assert not _hollow("누리도는 바람숲 진입로 공사를 위해 법인 3곳을 세웠다.", "위해", "누리도는")
    assert not _hollow("참여 신청은 누리앱을 통해 받으며, 기간은 다음 달까지다.", "받으며,", "")


PLACES = ("바람숲 진입로", "한빛천 둔치", "새솔항 방파제")


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(("누리도는", "한빛군은", "가람시는")), st.sampled_from(PLACES))
def test_a_hollow_bullet_never_loses_what_it_is_for(office: str, place: str) -> None:
    sentence = f"{office} {place} 정비를 위해 관리 법인을 세웠다."
    out = make_bullet(sentence, [], 0)
    assert place in out, (sentence, out)
    assert defect(out) is None


WORKS = (
    "누리천 하류 정비 공사는 둑 4.2km를 새로 쌓고 낡은 배수문 11곳을 고치는 데 이어 둔치 산책로와 자전거 길을 "
    "잇는 작업까지 모두 마쳐 이달 말 공사를 끝냈다."
)


def test_a_main_clause_without_the_figures_keeps_the_clauses_that_hold_them() -> None:
    out = make_bullet(WORKS, [], 0)
    assert defect(out) is None
    assert "4.2km" in out and "11곳" in out, out
    assert out.endswith("공사를 끝냄"), out


def _little(sentence: str, main: str) -> bool:
    morphs = analyze(sentence)
    start = next(i for i, m in enumerate(morphs) if m.start >= sentence.index(main))
    keep = [True] * len(morphs)
    found = facts(morphs)
    figures = [f and m.tag == "SN" for f, m in zip(found, morphs, strict=True)]
    return says_little(morphs, keep, found, figures, start, len(morphs))


def test_what_makes_a_main_clause_say_little() -> None:
    # three content words, the figures before it: it says little
    assert _little("누리군은 마을회관 12곳을 고쳐 쉼터 공사를 마쳤다.", "쉼터")
    # three content words, no figure before it: it says enough
    assert not _little("누리군은 새솔마을 회관을 고쳐 쉼터 공사를 마쳤다.", "쉼터")
    # a figure of its own: it says enough
    assert not _little("누리군은 마을회관 12곳을 고쳐 쉼터 3곳 공사를 마쳤다.", "쉼터")
