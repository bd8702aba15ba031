"""Bullets that state, not comment: no "…ㄴ 것" explanation of a sentence not shown, no aside to the
reader, no reported words without a speaker, and no act whose actor stands only in a sentence not
shown (own-written sentences)."""

from __future__ import annotations

import pytest

from kosum.engines.form import actor_names, borrows_actor, defect, unattributed
from kosum.pipeline.preprocess import preprocess

EXPLAINS = "explains a sentence not shown"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # a past "…ㄴ 것" with no subject or topic explains the sentence before it
        ("출입 제한 지침을 어긴 것", EXPLAINS),
        ("새벽에 빈 열차를 옮기다가 선로를 벗어난 것", EXPLAINS),
        # ... and so does one after a background clause ("…인데, …"), a subject or topic or not
        ("누리마을 주민들은 소음을 호소했는데, 새솔광장에서 공사 논란이 생긴 것", EXPLAINS),
        ("요금이 두 번 오른 것은 처음인데, 새 기준이 생긴 것", EXPLAINS),
        # an aside noun after an adnominal, with no topic, comments on what was said
        ("두 도시의 오랜 인연이 떠오르는 대목", EXPLAINS),
        # with a subject or a topic of its own, "…ㄴ 것" states a result or a purpose
        ("매출이 올해 목표였던 20억원을 넘긴 것", None),
        ("새솔군의 자재 지원은 농가 부담을 덜기 위한 것", None),
        ("누리천 정비는 지난해 시작한 사업을 마무리한 것", None),
        ("이번 결정은 두 도시의 오랜 인연이 떠오르는 대목", None),
        ("예산이 부족한 것", None),
    ],
)
def test_a_comment_on_an_unshown_sentence_is_refused(text: str, why: str | None) -> None:
    assert defect(text) == why


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        # the speaker stands in the first clause, or after the reported words
        ("새솔시는 내년에 쉼터를 늘린다고 밝힘", True),
        ("쉼터를 늘린다고 새솔시는 밝힘", True),
        ("회의를 마친 뒤 김 의원은 예산이 부족하다고 말함", True),
        ("김 의원은 예산이 부족하다며 반대했고, 정부가 나서야 한다고 주장", True),
        ("누리 주민들은 물이 크게 불었다고 말함", True),
        ("누리 측은 이번 요금 인상이 부당하다는 입장", True),
        # a topic or subject only in a later clause is the reported clause's, not a speaker
        ("공사가 오래 걸리겠지만, 다리는 다시 튼튼해질 것이라고 말함", False),
        ("관리하는 곳이 없고, 값이 자주 바뀌어 위험한 상품이라고 주장", False),
        # a pointer names nobody
        ("주민들이 광장에 모였으며 이는 항의 집회로 보인다고 말함", False),
        # "…다는 설명" reports words as "…다고 설명" does
        ("이용객이 줄었지만, 그것이 요금 때문인지는 불분명하다는 설명", False),
    ],
)
def test_reported_words_name_their_speaker(text: str, owned: bool) -> None:
    assert unattributed(text) is not owned


# a subject only in a sentence not shown: a sentence with no actor of its own leans on the last one named
ROUNDS = (
    "새솔군은 올해 이동도서관 운영을 크게 늘렸다. 한라호는 2015년 새솔군에 처음 들어온 도서관 버스다. "
    "2018년 첫 섬마을 순회를 마쳤고, 지금까지 책 4만 권을 무료로 빌려줬다. 한빛군은 행사를 열었다. "
    "올해 예산 30억 원을 들여 해안 쉼터를 새로 지었다. 이번 행사는 주민 300명이 함께했다. "
    "주민들과 함께 해안 정화 활동을 펼쳤다. 한라호는 올해 정비를 마쳤다. 백두산호의 경우 내년 정비를 시작한다."
)


@pytest.mark.parametrize(
    ("index", "known", "borrowed"),
    [
        # the bus named before is not the card's ("이동도서관") nor the title's
        (2, "새솔군, 이동도서관 운영 확대 이동도서관", True),
        # ... it is where the card or the title names it
        (2, "새솔군, 한라호 기념식 이동도서관", False),
        # the office acts in most of a release's sentences
        (4, "한빛군, 해안 쉼터 준공 해안 쉼터", False),
        # an actor that names nobody in particular ("이번 행사는") is the office's act
        (6, "새솔군, 해안 쉼터 준공 해안 쉼터", False),
        # a sentence with a subject of its own borrows none, nor one that names what it is about ("…의 경우")
        (1, "새솔군, 이동도서관 운영 확대", False),
        (8, "새솔군, 이동도서관 운영 확대", False),
    ],
)
def test_a_sentence_whose_actor_stands_only_before_it(index: int, known: str, borrowed: bool) -> None:
    doc = preprocess(ROUNDS)
    assert len(doc.sentences) == 9
    assert borrows_actor(doc.sentences[index], doc.sentences[:index], known) is borrowed


def test_actor_names() -> None:
    doc = preprocess(
        "한라호는 새솔항에 들어왔다. 그는 답했다. 이번 행사는 열렸다. 새솔항에 들어왔다. "
        "전국에서는 백두산과 한라가 뽑혔다."
    )
    names = [actor_names(s) for s in doc.sentences]
    assert names == [frozenset({"한라"}), frozenset(), frozenset(), None, frozenset({"백두산", "한라"})]


def test_a_thing_s_case_names_no_actor() -> None:
    # "쌀의 경우" says what the record is of, not who set it: the actor stands in the sentence before
    doc = preprocess("한빛국은 보리와 밀의 세계 최대 산지다. 특히 쌀의 경우 지난해 100만 톤의 최대 생산량을 기록했다.")
    assert borrows_actor(doc.sentences[1], doc.sentences[:1], "곡물 수출") is True
    # ... while an office's or a place's case is who it is about
    doc = preprocess("한빛국은 보리와 밀의 세계 최대 산지다. 특히 새솔시의 경우 지난해 100만 톤을 거둬들였다.")
    assert borrows_actor(doc.sentences[1], doc.sentences[:1], "곡물 수출") is False
