"""Cards of #19, third round, on own-written releases: a paragraph that names an earlier topic as
its subject goes back to that topic's card."""

from __future__ import annotations

from kosum.pipeline.cohesion import aligned
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
