"""Cards of #19, third round, on own-written releases: a paragraph that names an earlier topic as
its subject goes back to that topic's card; a label is made of whole words."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.cohesion import aligned
from kosum.pipeline.labels import whole_words
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure


def _cards(text: str) -> dict[str, list[str]]:
    doc = preprocess(text)
    structure = find_structure(doc)
    return {seg.area: [doc.sentences[i].text for i in seg.sentences] for seg in structure.segments}


def test_aligned_goes_back_only_to_the_item_a_paragraph_names() -> None:
    scores = [[4.0, 0.0], [0.0, 4.0], [3.0, 0.0], [0.0, 3.0]]
    stay = [False] * 4
    assert aligned(scores, stay) == [0, 1, 1, 1]  # in the list's order, never going back
    assert aligned(scores, stay, [None, None, 0, None]) == [0, 1, 0, 1]


def test_a_paragraph_whose_subject_is_an_earlier_topic_goes_back_to_its_card() -> None:
    text = (
        "누리군, 해조류연구소·어촌 역사관 내년 문 연다\n\n"
        "누리군에 해조류연구소와 어촌 역사관이 함께 들어선다.\n\n"
        "해조류연구소는 국비 150억 원을 들여 동쪽 포구 일원에 짓는다.\n\n"
        "연구소는 미역과 다시마 양식 기술을 연구하고 종자를 보급한다.\n\n"
        "어촌 역사관은 옛 포구 마을의 생활 도구와 배를 전시한다.\n\n"
        "역사관에는 어린이 체험실과 작은 도서실이 마련된다.\n\n"
        "해조류연구소가 문을 열면 어가 소득이 늘 것으로 기대된다.\n\n"
        "내년 가을 개관할 어촌 역사관은 지역 학교와 함께 교육 과정도 운영한다."
    )
    cards = _cards(text)
    assert list(cards) == ["해조류연구소", "어촌 역사관"]
    assert any(s.startswith("해조류연구소가 문을 열면") for s in cards["해조류연구소"])
    assert any(s.startswith("내년 가을 개관할") for s in cards["어촌 역사관"])


@pytest.mark.parametrize(
    ("label", "text", "whole"),
    [
        ("농업 현황", "새솔군은 친환경농업 현황을 나눴다.", "친환경농업 현황"),  # cut inside a word
        ("2학년 학생 40명", "1~2학년 학생 40명이 무대에 올랐다.", "1~2학년 학생 40명"),  # a range
        ("수입", "수입계 과자를 팔았다.", "수입계"),  # a suffix written onto the last word
        ("수입", "수입계 과자와 수입 과일을 팔았다.", "수입"),  # written whole somewhere
        ("학부모", "학부모들이 모였다.", "학부모"),  # a plural makes no new name
        ("바다 축제", "바다 축제를 연다.", "바다 축제"),
        ("없는 말", "다른 글이다.", "없는 말"),  # not in the text: as it is
    ],
)
def test_a_label_is_made_of_whole_words(label: str, text: str, whole: str) -> None:
    assert whole_words(label, text) == whole


def test_a_card_named_by_a_cut_word_is_named_by_the_whole_word() -> None:
    text = (
        "누리군, 마을공동체 지원 성과 공유회\n\n"
        "누리군은 지난 3일 군민회관에서 마을공동체 지원 성과 공유회를 열었다고 밝혔다.\n\n"
        "이날 공유회에는 주민 80여 명이 참석해 올해 사업 결과를 나눴다.\n\n"
        "군은 내년에도 마을공동체 지원 사업을 이어갈 계획이다."
    )
    labels = [s.area for s in summarize(text, engine="extractive").sections]
    assert labels and all(whole_words(label, text) == label for label in labels)
    assert all(not label.startswith("공동체") for label in labels)
