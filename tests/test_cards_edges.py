"""Cards of #19, thirteenth round (`names36`), on own-written releases: a single-topic card's name
has its edges where the phrase it comes from has them. A name the headline or the lead writes in
quotation marks is taken from mark to mark, an adnominal at its front too; a headline word that
closes with a noun written onto a verb's noun form is a noun of the name, not an act that ends it;
a quoted name right before "에서" is where the act took place, not the matter."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum._kiwi import short_tokens
from kosum.pipeline.heads import quoted_whole
from kosum.pipeline.naming import closes_inside, noun_closed
from kosum.types import Morph

_RELEASES = {
    # the lead's quoted name holds the headline's name whole: the name takes it, the year left out
    "어린이 갯벌 탐사 지원사업": [
        "누리군, 여름방학 맞아 어린이 갯벌 탐사 지원",
        "누리군은 ‘2027년 어린이 갯벌 탐사 지원사업’을 지난달부터 운영하고 있다고 밝혔다.",
        "어린이 갯벌 탐사는 해설사와 함께 갯벌 생물을 관찰하는 체험으로 진행된다.",
        "참가한 어린이들은 조개와 게를 관찰하고 갯벌을 지키는 방법을 배웠다.",
        "누리군은 내년에는 탐사 횟수를 두 배로 늘릴 계획이다.",
    ],
    # a quoted name where the prize was given: the name stays the headline's
    "전국 바다 축제 평가": [
        "누리군, 전국 바다 축제 평가 대상 수상",
        "누리군은 지난 5일 ‘2027 전국 바다 축제 평가 시상식’에서 대상을 받았다고 밝혔다.",
        "바다 축제 평가는 해마다 관광객 수와 만족도를 살펴 우수 축제를 고른다.",
        "누리군 바다 축제는 올해 관광객 12만 명이 찾아 큰 호응을 얻었다.",
        "누리군은 내년에도 축제의 질을 높여 나갈 계획이다.",
    ],
    # a headline's quoted name that opens with an adnominal: from mark to mark
    "달리는 작은 도서관": [
        "누리시 ‘달리는 작은 도서관’, 바다마을 찾는다",
        "누리시는 오는 10일부터 바다마을 경로당 앞에서 ‘달리는 작은 도서관’을 운영한다고 밝혔다.",
        "달리는 작은 도서관은 책 2천 권을 실은 버스가 섬마을과 바닷가 마을을 차례로 도는 방식이다.",
        "버스에는 사서 2명이 함께 타 책 대출과 독서 상담을 돕는다.",
        "누리시는 이용이 많은 마을에는 방문 횟수를 늘릴 계획이다.",
    ],
    # "나눔잔치" closes with a noun: the name goes on to it
    "사랑의 만두 나눔잔치": [
        "누리동 부녀회, 사랑의 만두 나눔잔치 전개",
        "누리동 부녀회는 지난 9일 마을회관에서 사랑의 만두 나눔잔치를 열었다고 밝혔다.",
        "부녀회원 20여 명은 직접 빚은 만두 300인분을 홀로 사는 어르신 가정에 전달했다.",
        "이날 잔치에는 어르신 40여 명이 함께해 만두를 나누며 이야기를 나눴다.",
        "부녀회는 해마다 설을 앞두고 나눔잔치를 열어 왔다.",
    ],
}


@pytest.mark.parametrize("named", list(_RELEASES))
def test_a_name_has_the_edges_of_its_phrase(named: str) -> None:
    result = summarize("\n\n".join(_RELEASES[named]), engine="extractive")
    assert [section.area for section in result.sections] == [named]


def _morphs(word: str) -> list[Morph]:
    return [Morph(t.form, t.tag, t.start, t.start + t.len) for t in short_tokens(word)]


@pytest.mark.parametrize(
    ("word", "closed"),
    [
        ("나눔잔치", True),  # 나누 + ㅁ + 잔치
        ("배움마당", True),  # 배우 + ㅁ + 마당
        ("나눔", False),  # a verb's noun form alone
        ("열어", False),  # a verb
        ("마을회관", False),  # nouns only: no verb read at all
    ],
)
def test_a_word_closed_by_a_noun(word: str, closed: bool) -> None:
    assert noun_closed(_morphs(word)) is closed


def test_a_quoted_name_where_an_act_took_place_is_not_widened() -> None:
    sentence = "누리군은 ‘누리 바다 축제 시상식’에서 대상을 받았다."
    assert quoted_whole("바다 축제", sentence) == "바다 축제"
    assert quoted_whole("바다 축제", "누리군은 ‘누리 바다 축제 한마당’을 열었다.") == "누리 바다 축제 한마당"


@pytest.mark.parametrize(
    ("phrase", "tags", "inside"),
    [
        ("바다가 돌아왔다", frozenset({"JKS"}), True),  # a subject's particle before the last word
        ("이기면 반값", frozenset({"EC", "EF"}), True),  # a verb's connective ending
        ("더 맑은 가람학당", frozenset({"EC", "EF"}), False),  # an adnominal: a name
        ("푸른 바다 학교", frozenset({"JKS", "JX", "JKO", "EC", "EF"}), False),
    ],
)
def test_closes_inside(phrase: str, tags: frozenset[str], inside: bool) -> None:
    assert closes_inside(phrase, tags) is inside
