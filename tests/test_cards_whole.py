"""Cards of #19, thirteenth round (`names35`), on own-written releases: a headline's phrase a little
over ``CARDS.topic_max_chars`` is kept whole up to ``CARDS.topic_whole_chars`` rather than cut from
its front, where that cut would drop the noun that says which matter it is; a year, a figure or a
word closing with a particle at its front goes first."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.naming import too_long


@pytest.mark.parametrize(
    ("phrase", "long"),
    [
        # within topic_max_chars: whole
        ("자전거길 안전조명 교체", False),
        # a little over, opening with a noun: whole (cut, it would lose where: "새솔천변")
        ("새솔천변 자전거길 야간 안전조명 교체 공사", False),
        # a little over, opening with a year: the year goes first
        ("2027년 새솔천 자전거길 안전조명 교체 공사", True),
        # a little over, opening with a word that closes with a particle: it goes first
        ("태풍으로 인해 갯벌 체험 행사 전면 취소", True),
        # over topic_whole_chars: cut as before
        ("새솔시 새솔천변 자전거길 야간 안전조명 교체 공사 준공식", True),
    ],
)
def test_a_phrase_a_little_long_stays_whole(phrase: str, long: bool) -> None:
    assert too_long(phrase.split()) is long


_RELEASE = [
    "새솔시, 새솔천변 자전거길 야간 안전조명 교체 공사 마무리",
    "새솔시는 지난달 새솔천변 자전거길 야간 안전조명 교체 공사를 끝내고 불을 밝혔다고 밝혔다.",
    "새 조명은 자전거길 4.2km 구간에 30m 간격으로 세워졌다.",
    "밤에 자전거길을 달리는 시민들은 길이 한결 환해졌다고 말했다.",
    "새솔시는 내년에 강변 쉼터의 조명도 바꿀 계획이다.",
]


def test_a_release_named_by_its_whole_phrase() -> None:
    result = summarize("\n\n".join(_RELEASE), engine="extractive")
    assert [section.area for section in result.sections] == ["새솔천변 자전거길 야간 안전조명 교체 공사"]
