"""Cards of #19, fourth round, on own-written releases: a single-topic card named by one bare noun
is named by the phrase the headline writes that noun in, where the article writes it too."""

from __future__ import annotations

import pytest

from kosum.pipeline.labels import written_whole
from kosum.pipeline.naming import headline_name

_HEADLINE_NAMES = [
    # the headline goes on in nouns after the label: the phrase, as the article writes it
    ("갯벌", "새솔군, 갯벌 체험 축제 연다", "새솔군은 갯벌 체험 축제를 연다.", "갯벌 체험 축제"),
    # a noun written onto the label's word
    ("어린이", "새솔초 어린이회, 봉사활동 나서", "새솔초 어린이회는 봉사에 나섰다.", "어린이회"),
    # the article writes only the start of the headline's phrase: the longest run it writes
    ("갯벌", "새솔군, 갯벌 체험 축제 연다", "새솔군은 갯벌 체험 행사를 연다.", "갯벌 체험"),
    # the headline uses the noun alone, or never as a word of its own: as it is
    ("갯벌", "새솔군, 갯벌을 지킨다", "새솔군은 갯벌 체험 축제를 연다.", "갯벌"),
    ("문학", "새솔군, 새솔문학상 기념 행사", "새솔군은 새솔문학상 기념 행사를 연다.", "문학"),
    # a plural is no longer name
    ("어린이", "어린이들 봉사 나서", "어린이들이 봉사에 나섰다.", "어린이"),
    # a phrase the article never writes is no name
    ("어린이", "새솔초 어린이회, 봉사활동 나서", "어린이들이 봉사에 나섰다.", "어린이"),
    # a label of more than one word is kept
    ("바다 축제", "바다 축제 열린다", "바다 축제 행사가 열린다.", "바다 축제"),
]


@pytest.mark.parametrize(("label", "title", "text", "named"), _HEADLINE_NAMES)
def test_a_bare_noun_label_takes_the_headline_phrase_it_starts(label: str, title: str, text: str, named: str) -> None:
    assert headline_name(label, title, text) == named


@pytest.mark.parametrize(
    ("phrase", "text", "whole"),
    [
        ("어린이회", "새솔초 어린이회는 모였다.", True),
        ("어린이회", "새솔초 어린이회장이 모였다.", False),  # a noun written onto its end
        ("어린이회", "전체어린이회가 모였다.", False),  # cut at its start
        ("어린이회", "전체어린이회와 어린이회가 모였다.", True),  # whole somewhere
    ],
)
def test_a_phrase_is_written_whole(phrase: str, text: str, whole: bool) -> None:
    assert written_whole(phrase, text) is whole
