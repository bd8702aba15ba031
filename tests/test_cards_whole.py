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
        ("갯벌 돌봄 사업 성과", False),
        # a little over, opening with a noun: whole (cut, it would open on "기반")
        ("누리바다마을 기반 갯벌 돌봄 사업 성과", False),
        # a little over, opening with a year: the year goes first
        ("2027년 누리 갯벌 돌봄 사업 성과 보고회", True),
        # a little over, opening with a word that closes with a particle: it goes first
        ("태풍으로 인해 갯벌 체험 행사 전면 취소", True),
        # over topic_whole_chars: cut as before
        ("누리군 바다마을 공동체 기반 갯벌 생태 돌봄 사업 성과 보고회", True),
    ],
)
def test_a_phrase_a_little_long_stays_whole(phrase: str, long: bool) -> None:
    assert too_long(phrase.split()) is long


_RELEASE = [
    "누리군, 누리바다마을 기반 갯벌 돌봄 사업 성과 거둬",
    "누리군은 올해 누리바다마을 기반 갯벌 돌봄 사업을 추진해 어르신 120명의 건강을 살폈다고 밝혔다.",
    "갯벌 돌봄 사업은 마을 쉼터에서 건강 상담과 걷기 모임을 함께 여는 방식으로 운영됐다.",
    "참여한 어르신의 절반 이상이 걷기 모임에 꾸준히 나왔다.",
    "누리군은 내년에 이 사업을 이웃 마을로 넓힐 계획이다.",
]


def test_a_release_named_by_its_whole_phrase() -> None:
    result = summarize("\n\n".join(_RELEASE), engine="extractive")
    assert [section.area for section in result.sections] == ["누리바다마을 기반 갯벌 돌봄 사업 성과"]
