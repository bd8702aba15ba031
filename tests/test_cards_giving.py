"""A donation card's policy tag comes from whom and what the gift is for, not from the thing given
nor the giver (gifttag; own-written examples)."""

from __future__ import annotations

import pytest

from kosum._kiwi import short_tokens
from kosum.pipeline.giving import given, givers, is_gift_card
from kosum.pipeline.lexicon import load_lexicon
from kosum.pipeline.preprocess import preprocess
from kosum.types import Morph


def _morphs(text: str) -> list[Morph]:
    return [Morph(t.form, t.tag, t.start, t.start + t.len) for t in short_tokens(text)]


def _tag(label: str, text: str) -> str | None:
    return load_lexicon().tag(label, list(preprocess(text).sentences))


@pytest.mark.parametrize(
    ("label", "gift"),
    [
        ("라면 기부", True),
        ("사랑의 김장 나눔 행사", True),
        ("고향사랑 성금 전달식", False),  # money named by its purpose
        ("한빛장학금 기탁", False),
        ("청년 일자리 박람회", False),
    ],
)
def test_is_gift_card(label: str, gift: bool) -> None:
    assert is_gift_card(label, _morphs(label)) is gift


@pytest.mark.parametrize(
    ("label", "thing"),
    [
        ("수산물 가공품 20상자 후원", ["수산물", "가공품", "20", "상자"]),
        ("쌀 기부", ["쌀"]),
        ("장학금 기탁", []),
        ("누리천 정화 활동", []),
    ],
)
def test_given(label: str, thing: list[str]) -> None:
    assert [m.form for m in given(label, _morphs(label))] == thing


def test_givers_are_the_subjects_of_a_verb_of_giving() -> None:
    texts = [_morphs("누리뜰은 지난봄에도 수익금을 기부하는 등 나눔을 이어간다."), _morphs("이웃이 기뻐했다.")]
    assert [[m.form for m in nouns] for nouns in givers(texts)] == [["누리", "뜰"]]


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # a kindergarten gives ramen for a senior centre: no 교육 card (the giver's words)
        (
            "라면 기부",
            "새솔유치원(원장 김하늘)은 라면 40상자를 한빛동에 기부했다. 라면은 유치원 아이들과 부모, "
            "교사가 함께 모았다. 기부된 라면은 유치원 인근 경로당 3곳에 전달된다. 새솔유치원은 지난봄에도 "
            "수익금을 기부하는 등 나눔 교육을 이어가고 있다.",
            None,
        ),
        # rice for the needy is a 복지 card, not a farming one (the thing given)
        (
            "쌀 기부",
            "새솔 농업인 단체는 쌀 30포를 새솔면에 기부했다. 쌀은 취약계층 가정에 전달된다. "
            "단체는 해마다 쌀을 나눠 왔다.",
            "복지",
        ),
        (
            "수산물 가공품 후원",
            "바다상회(대표 박바다)는 수산물 가공품 20상자를 한빛 아동양육시설에 후원했다. 후원품은 시설에서 "
            "생활하는 아동들의 식단에 쓰인다. 바다상회 대표는 수산물 가공품을 마련했다고 말했다.",
            "여성·가족",
        ),
        (
            "김장 나눔",
            "새솔중학교 학생들은 김장 김치를 담가 마을 경로당에 전달했다. 학생들은 김장의 전 과정에 참여했다. "
            "김치는 홀몸 어르신들에게 전달됐다.",
            "복지",
        ),
        # a scholarship says what it is for: still 교육
        (
            "장학금 기탁",
            "새솔농협은 장학금 500만 원을 한빛군 장학회에 기탁했다. 장학금은 지역 고등학생 10명에게 전달된다.",
            "교육",
        ),
        # recipients who are a policy group tag the card
        (
            "태블릿 기부",
            "누리전자(대표 한솔)는 태블릿 20대를 새솔군에 기부했다. 태블릿은 다문화 가족 자녀들의 학습에 쓰인다.",
            "여성·가족",
        ),
    ],
)
def test_gift_card_tag(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag


def test_a_body_named_by_its_kind_says_who_gives() -> None:
    # "…마을기업으로," names the kind of body the giver is: no 사회적경제 card
    text = "누리뜰은 누룽지 50상자를 새솔동 이웃들에게 기부했다. 누리뜰은 한빛군 선정 마을기업으로, 전통 과자를 만든다."
    assert _tag("누룽지 기부", text) is None
