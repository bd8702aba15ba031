"""Bullets that read as fragments (own-written sentences, bullets25): an explanatory "것이다" ends on "것임", never on a
bare "것"; a list of quoted names closed by "등" stays in its sentence, so no bullet opens with "등"."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.form import defect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an explanatory "것이다": the copula stays, nominalized
        (
            "새솔군 농가 전체가 올해부터 공동 출하에 참여하게 된 것이다.",
            "새솔군 농가 전체가 올해부터 공동 출하에 참여하게 된 것임",
        ),
        # a reported "것이라고 (밝혔다)": the frame goes, the copula stays
        ("군 관계자는 오후 3시 결과를 발표할 것이라고 밝혔다.", "군 관계자는 오후 3시 결과를 발표할 것임"),
        # a sentence that is a noun phrase keeps its own noun
        ("누리몰 매출이 올해 목표였던 20억원을 넘긴 것.", "누리몰 매출이 올해 목표였던 20억원을 넘긴 것"),
    ],
)
def test_an_explanatory_copula_stays(text: str, expected: str) -> None:
    assert make_bullet(text, analyze(text, 0), 0) == expected


@pytest.mark.parametrize(
    ("bullet", "sound"),
    [
        ("야간 영업 제한 수칙을 어긴 것임", False),  # no one who broke it: judged as the bare "것" was
        ("가격을 올렸다는 것임", False),  # what someone said, with no one saying it
        ("새솔몰 매출이 목표를 넘긴 것임", True),  # its own subject: a result
    ],
)
def test_the_copula_is_judged_as_the_bare_noun(bullet: str, sound: bool) -> None:
    assert (defect(bullet) is None) is sound


@pytest.mark.parametrize(
    "names",
    [
        "‘봄길’, ‘바람’, ‘들꽃’",  # corner quotes
        "'봄길', '바람'",  # plain single quotes
        "'들꽃'",  # one name
    ],
)
def test_a_quoted_list_closed_by_etc_stays_in_its_sentence(names: str) -> None:
    first = "새솔군은 올해 군민회관에서 지역 작가 초대전을 연다고 3일 밝혔다."
    second = f"{names} 등 지역 작가 12명의 수채화 40점이 군민회관 2층 전시실에 걸린다."
    text = f"{first} {second} 전시는 다음 달 30일까지 이어진다."
    sentences = [s.text for s in summarize(text).sentences]
    assert sentences[0] == first
    assert sentences[1].startswith(("'봄길'", "'들꽃'"))
    assert sentences[1].endswith("전시실에 걸린다.")
