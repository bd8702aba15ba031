"""kosum.digest: a day's releases by policy area, one entry per event (own-written releases)."""

from __future__ import annotations

import dataclasses
import json
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kosum
from kosum import Digest, Release, digest
from kosum.batch.digest import OTHER_AREA, shingles

FESTIVAL_CITY = """순천시는 오는 20일부터 사흘간 순천만국가정원에서 제5회 순천 겨울 정원 축제를 연다고 밝혔다.
이번 축제에는 야간 조명 전시와 지역 농산물 장터, 어린이 체험 프로그램이 마련된다.
축제 첫날에는 개막 공연과 불꽃놀이가 열리고 둘째 날에는 지역 예술인의 거리 공연이 이어진다.
시는 관광객 10만 명이 축제를 찾을 것으로 내다보고 셔틀버스를 하루 40회 운행한다.
노관규 순천시장은 "겨울에도 정원에서 관광객을 맞겠다"고 말했다."""

FESTIVAL_PROVINCE = (
    "전라남도는 순천시와 함께 오는 20일부터 사흘간 순천만국가정원에서 "
    """제5회 순천 겨울 정원 축제를 연다고 밝혔다.
축제 기간 야간 조명 전시와 지역 농산물 장터, 어린이 체험 프로그램이 운영되고 전남 관광 홍보관도 문을 연다.
도는 관광객 10만 명이 축제를 찾을 것으로 보고 순천시와 셔틀버스 운행을 돕는다."""
)

ROBOTS = """순천시는 다음 달부터 65세 이상 홀몸 어르신 1200명에게 돌봄 로봇을 보급한다고 밝혔다.
돌봄 로봇은 복약 시간을 알려 주고 응급 상황이 생기면 보호자와 119에 알린다.
시는 사회복지사가 매달 가정을 찾아 로봇 사용을 돕도록 할 계획이다.
이번 사업은 홀몸 어르신 복지와 노인 돌봄 서비스를 넓히는 사업이다."""

HEATING = """순천시는 기초생활수급 가구의 겨울철 난방비를 가구당 20만 원씩 지원한다고 밝혔다.
지원 대상은 4800가구이며 신청은 읍면동 행정복지센터에서 받는다.
시는 한파에 취약한 가구를 먼저 찾아 지원금을 지급할 계획이다."""

ROOM = """순천시청 본관 2층 회의실이 이달 말까지 내부 공사로 문을 닫는다.
공사 기간 회의는 별관 3층 대회의실에서 열린다."""


#: The elements a digest page is made of.
OUR_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "nav", "ol", "ul", "li", "a"}
OUR_TAGS |= {"span", "section", "article", "code"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.add(tag)


def _release(text: str, office: str, title: str | None = None, **where: str) -> Release:
    return Release.of(kosum.summarize(text, title=title), office=office, **where)


@pytest.fixture(scope="module")
def day() -> Digest:
    return digest(
        [
            _release(
                FESTIVAL_CITY, "순천시", "순천 겨울 정원 축제 20일 개막", link="https://example.kr/1", where="a.txt"
            ),
            _release(ROBOTS, "순천시", "홀몸 어르신에 돌봄 로봇"),
            _release(FESTIVAL_PROVINCE, "전라남도", "전남도, 순천 겨울 정원 축제 지원", date="2026-12-06"),
            _release(HEATING, "순천시", "수급 가구 난방비 20만 원"),
            _release(ROOM, "순천시"),
        ]
    )


def _area(d: Digest, name: str) -> kosum.batch.digest.DigestArea:
    (area,) = [a for a in d.areas if a.name == name]
    return area


def test_two_offices_one_event_make_one_entry_with_two_sources(day: Digest) -> None:
    (entry,) = _area(day, "문화·관광").entries
    assert [s.office for s in entry.sources] == ["순천시", "전라남도"]
    assert entry.title == "순천 겨울 정원 축제 20일 개막"
    assert entry.sources[0].link == "https://example.kr/1" and entry.sources[0].where == "a.txt"
    assert entry.sources[1].date == "2026-12-06"
    assert entry.lead.startswith("순천시는 오는 20일부터")


def test_two_events_of_one_area_stay_two_entries(day: Digest) -> None:
    titles = [e.title for e in _area(day, "복지").entries]
    assert titles == ["홀몸 어르신에 돌봄 로봇", "수급 가구 난방비 20만 원"]


def test_a_release_without_a_tag_goes_to_other(day: Digest) -> None:
    assert [e.lead for e in _area(day, OTHER_AREA).entries] == [
        "순천시청 본관 2층 회의실이 이달 말까지 내부 공사로 문을 닫는다."
    ]


def test_areas_holding_most_events_come_first(day: Digest) -> None:
    assert [a.name for a in day.areas] == ["복지", "문화·관광", OTHER_AREA]
    assert day.entries == 4


def test_bullets_said_by_the_lead_or_another_source_are_left_out(day: Digest) -> None:
    (entry,) = _area(day, "문화·관광").entries
    assert len(entry.bullets) == len(set(entry.bullets))
    for bullet in entry.bullets:
        assert not shingles(bullet, 1) <= shingles(entry.lead, 1)


def test_the_digest_is_frozen_and_serializes(day: Digest) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        day.title = "x"  # type: ignore[misc]
    data = json.loads(json.dumps(day.to_dict(), ensure_ascii=False))
    assert [a["name"] for a in data["areas"]] == ["복지", "문화·관광", OTHER_AREA]
    assert data["areas"][1]["entries"][0]["sources"][1]["office"] == "전라남도"
    markdown = day.to_markdown()
    assert "1. [복지 (2)](#area-1)" in markdown and "## 문화·관광" in markdown


def test_plain_summaries_are_accepted() -> None:
    d = digest([kosum.summarize(ROBOTS)])
    assert [a.name for a in d.areas] == ["복지"]
    assert d.areas[0].entries[0].sources[0].where is None


def test_an_item_that_is_no_summary_is_refused() -> None:
    with pytest.raises(kosum.UsageError, match=r"summaries\[0\]"):
        digest(["글"])  # type: ignore[list-item]


def test_a_script_in_a_title_is_shown_as_text() -> None:
    hostile = "<script>alert(1)</script> 축제"
    d = digest(
        [Release.of(kosum.summarize(ROBOTS, title=hostile), office="<b>시</b>", link="javascript:alert(1)")],
        failures=[("<img src=x>.txt", "<script>")],
    )
    page = d.to_html()
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 축제" in page
    assert 'href="javascript' not in page
    assert "<link" not in page and "src=" not in page.replace("src=x", "")
    assert "\\<script\\>" in d.to_markdown() or "&lt;script" in d.to_markdown()


def test_empty_digest_renders() -> None:
    d = digest([])
    assert d.areas == () and "0개 분야" in d.to_html()


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(min_size=1, max_size=30),
            st.sampled_from(["복지", "교육", None]),
            st.lists(st.text(min_size=1, max_size=20), max_size=3),
        ),
        max_size=6,
    )
)
def test_every_release_is_one_source_once_and_every_text_is_escaped(
    items: list[tuple[str, str | None, list[str]]],
) -> None:
    releases = [
        Release(title=t, summary=t, lead=t, bullets=tuple(b), policy=p, where=f"r{n}")
        for n, (t, p, b) in enumerate(items)
    ]
    d = digest(releases)
    wheres = [s.where for a in d.areas for e in a.entries for s in e.sources]
    assert sorted(wheres) == sorted(f"r{n}" for n in range(len(items)))
    counts = [len(a.entries) for a in d.areas]
    assert counts == sorted(counts, reverse=True)
    tags = _Tags()
    tags.feed(d.to_html())
    assert tags.seen <= OUR_TAGS  # whatever the texts, the page holds only the digest's own markup
