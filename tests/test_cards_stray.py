"""Cards of #19, tenth round (own-written paragraphs): a part of prose cut by cohesion that is one
lone paragraph stating no topic of its own goes on with the part before it; a part that opens
with no topic is named by the first topic a later paragraph of it states."""

from __future__ import annotations

from kosum.pipeline.cohesion import Part, later_topics, paragraphs, stray_parts
from kosum.pipeline.preprocess import preprocess
from kosum.types import Sentence


def _units(*paras: str) -> list[list[Sentence]]:
    doc = preprocess("\n\n".join(paras))
    return [[doc.sentences[i] for i in group] for group in paragraphs(doc.sentences)]


FIRST = "가람 어린이도서관은 옛 보건소 건물을 고쳐 문을 연다."
SECOND = "어린이도서관 2층에는 그림책 방과 놀이 공간이 들어선다."


def test_a_lone_paragraph_without_a_topic_goes_on_with_the_part_before() -> None:
    units = _units(FIRST, SECOND, "책 1만 권을 갖출 예정으로, 다음 달 말에 개관한다.")
    parts = [Part((0, 1), "가람 어린이도서관"), Part((2,))]
    assert stray_parts(units, parts) == [Part((0, 1, 2), "가람 어린이도서관")]


def test_a_lone_paragraph_keeps_its_own_part_where_it_opens_something() -> None:
    cases = [
        "한편, 바람마을 도서관은 다음 달 새로 문을 연다.",  # a cue that opens a topic
        "이와 함께 옛 역사 건물은 전시관으로 바뀐다.",  # a cue that adds a matter
        "누리군은 내년부터 버스 노선 세 개를 늘린다.",  # an office acts: who acts, not the matter
    ]
    for text in cases:
        units = _units(FIRST, SECOND, text)
        parts = [Part((0, 1), "가람 어린이도서관"), Part((2,))]
        assert stray_parts(units, parts) == parts, text


def test_a_named_or_longer_part_and_the_first_part_stay() -> None:
    units = _units("책 1만 권을 갖출 예정이다.", FIRST, SECOND, "열람석은 80석이다.", "다음 달 말에 개관한다.")
    parts = [Part((0,)), Part((1,), "가람 어린이도서관"), Part((2, 3)), Part((4,), "")]
    assert stray_parts(units, parts) == [Part((0,)), Part((1,), "가람 어린이도서관"), Part((2, 3, 4))]


def test_a_part_without_a_topic_is_named_by_the_first_topic_a_later_paragraph_states() -> None:
    units = _units(
        "누리군은 올해 아이 돌봄 시설을 늘린다.",
        "특히 맞벌이 가정의 요청이 많았다.",
        "새 돌봄센터는 평일 밤 9시까지 아이를 맡는다.",
        "돌봄센터 두 곳은 읍내와 면사무소 옆에 들어선다.",
    )
    assert later_topics(units, [Part((0, 1, 2, 3))]) == [Part((0, 1, 2, 3), "돌봄센터")]
    assert later_topics(units, [Part((0, 1, 2), "돌봄 시설")]) == [Part((0, 1, 2), "돌봄 시설")]  # named already
    assert later_topics(units, [Part((0, 1))]) == [Part((0, 1))]  # no later topic: as it was
