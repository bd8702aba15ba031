"""Cards of #19 (names, panel 83) on own-written headlines: a name says no more and no less than the
headline's phrase it is read from. A one-word name that the headline writes as what qualifies a noun
takes the phrase it belongs to ("장마" → "올해 장마의 변화", "서비스" → "서비스 종료"); one of a kind
never goes without the scope written before it ("도내 유일 …"); a name cut from the adjective that opens
the headline's phrase gets it back ("씩씩한 형제들 …"); a name never ends on a kind's word cut from the
noun it qualifies ("…수리형" → "…수리형 지원사업")."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.extents import without_degree
from kosum.pipeline.leftedge import left_edge
from kosum.pipeline.modified import headed_name
from kosum.pipeline.rightedge import right_edge


@pytest.mark.parametrize(
    ("name", "title", "expected"),
    [
        ("장마", "올해 장마의 변화는?", "올해 장마의 변화"),  # the genitive's head, the bare noun before it
        ("한빛", "바다국, 한빛의 자치 투표에 긴장", "한빛의 자치 투표"),  # the head's nouns up to its particle
        ("서비스", "새솔 버스앱, 이달 말 서비스 종료", "서비스 종료"),  # a kind's noun and its act
        ("축제", "새솔군, 갯벌 축제 개최", "축제"),  # no kind's noun: the act adds nothing
        ("서비스", "새솔시 돌봄 서비스", "서비스"),  # the headline's head: kept
        ("장마", "새솔시, 장마 대비 점검", "장마"),  # no genitive, no kind
        ("장마 대비", "올해 장마 대비의 변화는?", "장마 대비"),  # no one-word name
    ],
)
def test_headed_name(name: str, title: str, expected: str) -> None:
    assert headed_name(name, title, "") == expected


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("도내 유일 여성 참전용사 방문", "여성 참전용사 방문"),  # one of a kind goes with its scope
        ("유일 진보 후보 주장", "유일 진보 후보 주장"),  # first, what is claimed: kept
        ("마을 유일", "마을 유일"),  # last: kept
    ],
)
def test_one_of_a_kind_goes_with_its_scope(words: str, kept: str) -> None:
    assert " ".join(without_degree(words.split())) == kept


@pytest.mark.parametrize(
    ("name", "title", "expected"),
    [
        ("형제들 노래자랑 출연", "씩씩한 형제들 노래자랑 출연", "씩씩한 형제들 노래자랑 출연"),
        ("형제들 노래자랑 출연", "새솔군, 씩씩한 형제들 노래자랑 출연", "씩씩한 형제들 노래자랑 출연"),
        ("교통 정책 안내", "새솔시, 청년을 위한 교통 정책 안내", "교통 정책 안내"),  # a verb's frame: no
        ("정책 안내", "새솔시 새로운 정책 안내", "정책 안내"),  # not the phrase's first word
    ],
)
def test_a_name_keeps_the_adjective_that_opens_its_phrase(name: str, title: str, expected: str) -> None:
    assert left_edge(name, title, "") == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "빈집 수리형",
            "군은 올해 ‘빈집 수리형’지원사업을 새로 시작했다. ‘빈집 수리형’ 1호도 문을 열었다.",
            "빈집 수리형 지원사업",
        ),
        ("빈집 수리형", "‘빈집 수리형’이 늘었다.", "빈집 수리형"),  # no noun after it
        ("빈집 수리형", "빈집 수리형 주택과 빈집 수리형 상가가 늘었다.", "빈집 수리형"),  # two heads: which?
        ("빈집 수리", "빈집 수리 지원사업을 시작했다.", "빈집 수리"),  # no kind's word at its end
    ],
)
def test_right_edge(name: str, text: str, expected: str) -> None:
    assert right_edge(name, text) == expected


_TEXT = (
    "새솔시가 운영하던 마을버스 안내 앱이 이달 30일 문을 닫는다.\n"
    "이 앱은 2019년부터 버스 도착 시각과 노선 변경을 알려 왔다.\n"
    "시는 이용자가 줄고 민간 지도앱이 같은 정보를 주면서 서비스를 끝내기로 했다고 밝혔다.\n"
    "앱에 남은 즐겨찾기 정보는 이달 말까지 내려받을 수 있다.\n"
    "시는 정류장 안내판의 도착 알림은 그대로 운영한다고 덧붙였다."
)


_KEPT = (
    "새솔군은 오는 8월 2일부터 사흘간 바다면 갯벌에서 갯벌 체험 축제를 연다고 밝혔다.\n"
    "축제에서는 조개 캐기와 갯벌 달리기, 어린이 생태 교실이 열린다.\n"
    "군은 참가자 안전을 위해 구조대원 20명을 갯벌 곳곳에 둔다.\n"
    "체험비는 1인 5천 원이며 군민은 절반을 낸다.\n"
    "군 관계자는 많은 가족이 찾아와 갯벌을 즐기기 바란다고 말했다."
)


@pytest.mark.parametrize(
    ("text", "title", "heading"),
    [
        (_TEXT, "새솔시 마을버스 앱, 내달부터 서비스 종료", "## 서비스 종료"),  # a kind word takes its act
        (_KEPT, "새솔군, 갯벌 체험 축제 연다", "## 갯벌 체험 축제"),  # a good name stays
    ],
)
def test_a_card_name_on_a_whole_article(text: str, title: str, heading: str) -> None:
    assert heading in summarize(text, title=title).to_markdown()
