"""Single-topic card names of the names85 round, on own-written headlines: a quoted name with a gloss in
brackets is no office ("솔(松)도시"); a quoted name and the noun the headline writes between it and its
act, where the article writes that noun after the name too ("‘…’ 캠페인 전개"), are one name; a contest
the article never writes keeps the count won after it ("…경연 2관왕 쾌거")."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.extents import with_count
from kosum.pipeline.labels import who_or_where
from kosum.pipeline.quotenames import noun_after

_CAMPAIGN = (
    "새솔시는 지난 12일 시청 앞 광장에서 겨울철 절전 생활실천 ‘솔(松)도시’ 홍보 캠페인을 펼쳤다. "
    "‘솔(松)도시’ 수강생 모집도 함께 알렸다. "
    "‘솔(松)도시’란 실내 온도를 낮추고 내복을 입자는 뜻을 담은 생활 수칙이다. "
    "시는 이날 시민들에게 무릎담요와 안내문을 나눠 주었다. "
    "이번 캠페인에는 새솔시 에너지시민연대 회원 40명이 함께했다. "
    "시는 내년 2월까지 아파트 단지를 돌며 홍보를 이어 갈 계획이다."
)

_CHOIR = (
    "한빛군은 군립청소년합주단이 국제 무대에서 2관왕을 차지했다고 밝혔다. "
    "합주단은 지난달 바닷가 예술회관에서 열린 청소년 관악 경연에서 금상과 지휘자상 등 2관왕을 차지했다. "
    "이번 경연에는 국내외 12개 청소년 악단이 참가했다. "
    "합주단은 지난 석 달 동안 주말마다 모여 연습했다. "
    "한빛군은 내년에도 합주단의 해외 공연을 도울 계획이다."
)


def _card(title: str, text: str) -> str | None:
    summary = summarize(text, title=title)
    assert len(summary.sections) == 1
    return summary.sections[0].area


@pytest.mark.parametrize(
    ("title", "text", "named"),
    [
        # the occasion framed by "맞아" gives way to the quoted campaign, with its noun
        ("새솔시, 겨울철 절전 주간 맞아 ‘솔(松)도시’ 캠페인 전개", _CAMPAIGN, "솔(松)도시 캠페인"),
        # the contest is not written: the count won after it is
        ("한빛군립청소년합주단, 국제관악경연 2관왕 쾌거", _CHOIR, "국제관악경연 2관왕"),
    ],
)
def test_a_single_card_named_by_what_the_headline_reports(title: str, text: str, named: str) -> None:
    assert _card(title, text) == named


def test_a_quoted_name_with_a_bracketed_gloss_is_no_office() -> None:
    assert not who_or_where("솔(松)도시")
    assert who_or_where("새솔시")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["캠페인", "전개"], True),  # the text writes "‘…’ 홍보 캠페인을"
        (["학교", "보급"], False),  # the text writes no "학교" after the name
        (["최종", "선정"], False),  # a word of manner
        (["수강생", "모집"], False),  # people: whom the act is for
        (["캠페인"], False),  # no act after the noun
    ],
)
def test_the_noun_between_a_quoted_name_and_its_act(words: list[str], expected: bool) -> None:
    assert noun_after("솔(松)도시", words, _CAMPAIGN) is expected


def test_a_contest_keeps_the_count_won_after_it() -> None:
    assert with_count(["국제관악경연"], ["국제관악경연", "2관왕", "쾌거"]) == ["국제관악경연", "2관왕"]
    assert with_count(["도서관"], ["도서관", "이용률", "56%"]) == ["도서관"]
