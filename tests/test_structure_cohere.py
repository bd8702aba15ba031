"""A paragraph that points back ("이는 …", "이 제도는 …") goes on with the part before it."""

from __future__ import annotations

import pytest

from kosum.pipeline.cohesion import cohesive_parts, paragraphs
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

THREE_PROGRAMMES = (
    "새솔시가 내년 생활 기반 사업 세 가지를 알렸다.\n\n"
    "빗물 저류조는 새솔역 광장 지하에 1만 톤 규모로 짓는다.\n\n"
    "빗물 저류조 공사비는 120억 원이다.\n\n"
    "이는 해마다 되풀이되는 여름철 침수 피해에 대비한 조치다.\n\n"
    "특히 지난해 여름에는 상가 40곳이 물에 잠겼다.\n\n"
    "공공 도서관 분관은 한빛동 옛 청사를 고쳐 연다.\n\n"
    "도서관 분관에는 열람실과 어린이 자료실이 들어선다.\n\n"
    "마을 버스 노선은 내년 1월부터 6개로 늘어난다.\n\n"
    "늘어난 버스 노선은 새 아파트 단지를 지난다."
)


def _units(text: str) -> list[list]:  # type: ignore[type-arg]
    doc = preprocess(text)
    return [[doc.sentences[i] for i in group] for group in paragraphs(doc.sentences)][1:]


def test_a_background_paragraph_that_opens_with_a_pointer_stays_in_its_programme_card() -> None:
    doc = preprocess(THREE_PROGRAMMES)
    structure = find_structure(doc)
    assert [(seg.area, seg.sentences) for seg in structure.segments] == [
        ("빗물 저류조", (1, 2, 3, 4)),
        ("공공 도서관 분관", (5, 6)),
        ("마을 버스 노선", (7, 8)),
    ]


@pytest.mark.parametrize(
    ("third", "last"),
    [
        # a paragraph that names the programme back ("이러한 시도는", "이 제도는") goes on with it
        ("이러한 시도는 군 단위에서 처음이다.", "이 제도는 올해 처음 시행됐다."),
        # two separate programmes of several paragraphs each stay two parts
        ("창업 공간 입주 기간은 2년이다.", "쉼터 운영 시간은 오전 9시부터 오후 5시까지다."),
    ],
)
def test_two_programmes_stay_two_parts_with_their_pointers_back(third: str, last: str) -> None:
    text = "\n\n".join(
        [
            "한빛군이 새 사업 두 가지를 알렸다.",
            "청년 창업 공간은 한빛읍 옛 농협 창고를 고쳐 연다.",
            "창업 공간에는 사무실 12곳이 들어선다.",
            third,
            "어르신 건강 쉼터는 면마다 한 곳씩 문을 연다.",
            "건강 쉼터에서는 간호사가 혈압을 잰다.",
            last,
        ]
    )
    assert [part.units for part in cohesive_parts(_units(text))] == [(0, 1, 2), (3, 4, 5)]


def test_a_turn_to_what_happens_meanwhile_is_no_pointer_back() -> None:
    text = (
        "한빛군이 새 사업 두 가지를 알렸다.\n\n"
        "청년 창업 공간은 한빛읍 옛 농협 창고를 고쳐 연다.\n\n"
        "창업 공간에는 사무실 12곳이 들어선다.\n\n"
        "이러한 가운데 어르신 건강 쉼터는 면마다 한 곳씩 문을 연다.\n\n"
        "건강 쉼터에서는 간호사가 혈압을 잰다."
    )
    assert [part.units for part in cohesive_parts(_units(text))] == [(0, 1), (2, 3)]
