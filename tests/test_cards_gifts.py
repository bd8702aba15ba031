"""Cards of #19 (`names42`), on own-written releases: a single-topic card named by the thing given
alone takes the act of giving its lead writes right after it ("…전기요를 전달했다" → "전기요 전달");
a name of who, of more words, or a thing the lead does not give stays."""

from __future__ import annotations

import pytest

from kosum.pipeline.gifts import with_lead_gift
from kosum.pipeline.heads import topic_for_head
from kosum.pipeline.preprocess import preprocess


@pytest.mark.parametrize(
    ("label", "lead", "named"),
    [
        ("전기요", "새솔면 봉사회는 홀몸 어르신 40가구에 전기요를 전달했다.", "전기요 전달"),
        ("보온병", "누리상회는 지난 3일 경로당 12곳에 보온병을 기증하며 겨울 안부를 물었다.", "보온병 기증"),
        ("연탄", "새솔군은 저소득 가구에 연탄을 지원한다.", "연탄 지원"),
        ("성금", "누리 낚시회는 회원들이 모은 80만 원을 성금으로 기부했다.", "성금 기부"),  # given as
        ("전기요", "봉사회는 전기요금을 아끼려 전기요를 전달했다.", "전기요 전달"),  # another word first
        ("전기요", "새솔면 봉사회는 전기요를 정리하고 창고를 비웠다.", "전기요"),  # no act of giving
        ("전기요", "전기요를 정리한 봉사회는 이튿날 전기요를 전달했다.", "전기요"),  # the first one counts
        ("솜 이불", "새솔면 봉사회는 솜 이불을 기증했다.", "솜 이불"),  # a name of two words
        ("어르신", "새솔면 봉사회는 어르신을 지원했다.", "어르신"),  # who, not what
    ],
)
def test_the_lead_act_of_giving_joins_the_gift(label: str, lead: str, named: str) -> None:
    assert with_lead_gift(label, lead, lead) == named


_TITLE = "새솔군 바다면 봉사회, 홀몸 어르신께 한겨울 맞춤 선물 ‘훈훈’"
_LEAD = "새솔군 바다면 봉사회가 한파를 앞두고 홀몸 어르신 40가구에 전기요를 전달했다."


def test_a_gift_card_named_with_the_lead_act() -> None:
    lead = preprocess(_LEAD).sentences[0]
    assert topic_for_head("전기요", _TITLE, _LEAD, lead=lead) == "전기요 전달"
