"""Saved pages (own-written, in the shapes of Korean government and news sites) → headline and text."""

from __future__ import annotations

import contextlib
import dataclasses
import sys
import time

import pytest

from kosum import BackendUnavailableError, InputError, summarize
from kosum.pipeline import html as html_module
from kosum.pipeline.html import Page, check_markup, extract_page, read_page
from kosum.pipeline.tuning import PAGES

HEADLINE = "새솔군, 농촌 일손 돕기에 주민 500명 참여"
PARAGRAPHS = [
    "새솔군은 올해 농촌 일손 돕기에 주민 500명이 참여했다고 9일 밝혔다.",
    "군은 수확철마다 일손이 모자란 농가 120곳을 골라 봉사자를 보냈다. 봉사자들은 사과와 배를 땄다.",
    "참여 농가의 만족도는 95%에 이르렀다. 군은 내년에는 참여 농가를 200곳으로 늘릴 계획이다.",
    '새솔군수는 "바쁜 농번기에 힘을 보태 준 주민들께 감사드린다"며 "내년에도 함께하겠다"고 말했다.',
]
MENU = """
<header><div class="logo">새솔군청</div>
<nav><ul>
<li><a href="/a">군정소식</a></li><li><a href="/b">분야별정보</a></li><li><a href="/c">열린군정</a></li>
<li><a href="/d">민원안내</a></li><li><a href="/e">참여마당</a></li><li><a href="/f">새솔소개</a></li>
</ul></nav></header>
"""
FOOTER = """
<footer><p>새솔군청 (12345) 새솔군 새솔로 1 대표전화 012-345-6789</p>
<p>Copyright © 새솔군. All rights reserved.</p></footer>
"""


def body_html() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(head: str, main: str) -> str:
    head = f'<meta charset="utf-8">{head}'
    return f'<!doctype html><html lang="ko"><head>{head}</head><body>{MENU}{main}{FOOTER}</body></html>'


def test_og_title_with_site_name_and_keywords() -> None:
    html = page(
        f"<title>{HEADLINE} | 보도자료 | 새솔군청</title>"
        f'<meta property="og:title" content="{HEADLINE}, 새솔군, 일손돕기, 농촌">'
        '<meta name="keywords" content="새솔군, 일손돕기, 농촌">'
        '<meta property="og:site_name" content="새솔군청">',
        f'<main><article><div class="view_title">{HEADLINE}</div>'
        f'<div class="view_cont">{body_html()}</div></article></main>',
    )
    result = read_page(html)
    assert result.title == HEADLINE
    assert result.text.splitlines()[0] == PARAGRAPHS[0]
    assert "군정소식" not in result.text and "Copyright" not in result.text


def test_breadcrumb_title() -> None:
    html = page(
        f"<title>홈 &gt; 알림마당 &gt; 보도자료 &gt; {HEADLINE}</title>",
        '<div class="location">홈 &gt; 알림마당 &gt; 보도자료</div>'
        f'<div class="board_view"><h3 class="tit">{HEADLINE}</h3><div class="cont">{body_html()}</div></div>',
    )
    result = read_page(html)
    assert result.title == HEADLINE
    assert PARAGRAPHS[0] in result.text and "알림마당" not in result.text


def test_table_layout_keeps_the_lead_and_no_pipes() -> None:
    rows = "".join(f"<tr><td>{p}</td></tr>" for p in PARAGRAPHS)
    html = page(
        f"<title>새솔군청 - {HEADLINE}</title>",
        f'<table class="bbs_view"><tr><th>제목</th><td class="subject">{HEADLINE}</td></tr>'
        f"<tr><th>작성일</th><td>2025-11-09</td></tr>{rows}</table>",
    )
    result = read_page(html)
    assert result.title == HEADLINE
    assert "|" not in result.text
    assert PARAGRAPHS[0] in result.text
    summary = summarize(result.text, title=result.title, engine="extractive")
    assert summary.title == HEADLINE
    assert summary.summary.startswith(PARAGRAPHS[0])


def test_list_page_is_refused_clearly() -> None:
    items = "".join(
        f'<li><a href="/view?id={k}">새솔군, {topic} 사업 성과 보고회 열어 주민 의견 들어</a>'
        f"<span>2025-11-{k + 1:02d}</span></li>"
        for k, topic in enumerate(["농촌 일손", "청년 창업", "어르신 돌봄", "도로 정비", "작은학교", "하천 정비"])
    )
    html = page(
        "<title>보도자료 목록 | 새솔군청</title>", f'<div class="board_list"><ul>{items}</ul></div><p>총 6건</p>'
    )
    assert extract_page(html).is_list_page
    with pytest.raises(InputError, match="목록 페이지"):
        read_page(html)


def test_the_import_error_itself_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(
        BackendUnavailableError, match="importing it failed: ModuleNotFoundError: import of trafilatura halted"
    ) as caught:
        read_page(page("", body_html()))
    assert "not installed" not in str(caught.value)


# Hostile markup (issue 21): each is refused, or read, within the target of 5 s of CPU.
CPU_TARGET_S = 5.0


def many_attributes(n: int) -> str:
    return "<html><body><div " + " ".join(f'a{i}="v"' for i in range(n)) + f">{body_html()}</div></body></html>"


def read_timed(html: str) -> tuple[float, Page | InputError]:
    start = time.thread_time()
    try:
        result: Page | InputError = extract_page(html)
    except InputError as exc:
        result = exc
    return time.thread_time() - start, result


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<p>가" * 150_000, "태그 40,000개 넘음"),
        (many_attributes(64_000), "한 태그에 속성 64,000개"),
        (many_attributes(200_000), "한 태그에 속성 200,000개"),
        # a "<" in a quoted value does not hide the attributes after it
        ('<div title="<" ' + " ".join(f"b{i}" for i in range(2_000)) + ">가</div>", "한 태그에 속성 2,001개"),
        ("<div>" * 300 + "가" + "</div>" * 300, "200단계 넘게"),
        ("<p>" + "가" * (PAGES.max_markup_chars + 1), "20,000,004자"),
    ],
    ids=["150k-p", "64k-attributes", "200k-attributes", "quoted-lt", "deep", "long"],
)
def test_heavy_markup_is_refused_before_parsing(html: str, reason: str) -> None:
    seconds, result = read_timed(html)
    assert isinstance(result, InputError)
    assert reason in str(result) and "너무 복잡해" in str(result)
    assert seconds < CPU_TARGET_S


def test_markup_under_the_limits_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # 39,000 tags nested 190 deep: many paragraphs, whose cost in trafilatura's fallbacks grows with their square.
    # The pre-check lets it through and it is read whole; how long that takes (about 2-3 s of CPU on a quiet 2-core
    # machine, under the 4 s budget) is bench/scaling.py's figure, not this test's: on a loaded machine the budget
    # may refuse it, as it should, so the budget is set aside here.
    monkeypatch.setattr(html_module, "PAGES", dataclasses.replace(PAGES, read_cpu_seconds=600.0))
    chain = "<div>가나다 " * 190 + PARAGRAPHS[0] + "</div>" * 190
    _, result = read_timed("<html><body>" + chain * 205 + "</body></html>")
    assert isinstance(result, Page) and PARAGRAPHS[0] in result.text


@pytest.mark.parametrize("piece", ["<a '", '<a "', "<!--", "<script>", "<a b=", "<", "<a "])
def test_the_markup_check_is_linear_on_open_ends(piece: str) -> None:
    start = time.thread_time()
    with contextlib.suppress(InputError):  # read or refused: either way in one pass
        check_markup(piece + ("가" + piece) * 30_000)
    assert time.thread_time() - start < 1.0


def test_check_markup_counts_start_tags() -> None:
    assert check_markup("<p>가</p><!-- <div> --><script>if (a<b) x('<div>')</script><br/>") == 3
    assert check_markup(page("", body_html())) > 10


def test_a_page_over_its_time_budget_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "PAGES", dataclasses.replace(PAGES, read_cpu_seconds=0.0))
    with pytest.raises(InputError, match="CPU 0초를 넘겨"):
        read_page(page("", body_html()))


NEWS_HEADLINE = "한빛시, 청년 창업 지원 예산 두 배로 늘린다"
NEWS_PARAGRAPHS = [
    "한빛시가 내년 청년 창업 지원 예산을 40억 원으로 두 배 늘린다고 3일 밝혔다.",
    "지원 대상은 만 19세부터 39세까지 한빛시에 사는 예비 창업자다. 선정된 창업자는 최대 5천만 원을 받는다.",
    "시는 또 창업 공간 30곳을 새로 마련한다. 신청은 다음 달 1일부터 시청 누리집에서 받는다.",
]


WIDGET = "보내주신 소중한 의견은 더 좋은 기사를 만드는 데 쓰겠습니다."


def sidebar(name: str, topics: list[str]) -> str:
    items = "".join(
        f'<li><a href="/news/{k}">한빛시 {topic} 소식, 주민들 관심 모아</a></li>' for k, topic in enumerate(topics)
    )
    return f'<aside class="{name}"><h4>많이 본 뉴스</h4><ul>{items}</ul></aside>'


def news_page(head: str, before: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in NEWS_PARAGRAPHS)
    return page(
        head,
        f'{before}<article><h2 class="headline">{NEWS_HEADLINE}</h2>'
        f'<div class="article_body">{body}<p>{WIDGET}</p></div></article>'
        + sidebar("ranking", ["축제", "도로", "공원", "시장", "학교", "하천"])
        + sidebar("latest", ["버스", "도서관", "체육관", "병원", "복지관", "주차장"]),
    )


def test_og_title_of_keywords_is_never_the_headline() -> None:
    html = news_page(
        f"<title>{NEWS_HEADLINE} - 한빛일보</title>"
        '<meta property="og:title" content="한빛시, 청년, 창업, 지원, 예산">'
        '<meta property="og:site_name" content="한빛일보">'
    )
    assert read_page(html).title == NEWS_HEADLINE


def test_a_navigation_label_before_the_headline_is_not_the_title() -> None:
    html = news_page(
        "<title>한빛일보</title>", before='<div class="tit">주요 누리집</div><div class="tit">오늘의 신문</div>'
    )
    assert read_page(html).title == NEWS_HEADLINE


def test_an_article_with_two_headline_sidebars_is_no_list_page() -> None:
    html = news_page(f"<title>{NEWS_HEADLINE} : 사회 : 한빛일보</title>")
    result = read_page(html)
    assert not result.is_list_page
    assert result.title == NEWS_HEADLINE
    assert result.text.splitlines()[0] == NEWS_PARAGRAPHS[0]
    summary = summarize(result.text, title=result.title, engine="extractive")
    assert summary.summary.startswith(NEWS_PARAGRAPHS[0])  # the lead stays
    assert "의견" not in summary.summary and "많이 본" not in result.text  # widgets and sidebars go


def test_a_board_of_dated_headlines_is_a_list_page() -> None:
    rows = "".join(
        f'<tr><td>{20 - k}</td><td><a href="/view?id={k}">한빛시, {topic} 지원 사업 본격 추진한다고 밝혀</a></td>'
        f"<td>2025-11-{k + 1:02d}</td></tr>"
        for k, topic in enumerate(["청년 창업", "어르신 돌봄", "도로 정비", "작은학교", "하천 정비", "전통시장"])
    )
    html = page("<title>보도자료 | 한빛시청</title>", f'<table class="board"><tbody>{rows}</tbody></table>')
    assert extract_page(html).is_list_page
    with pytest.raises(InputError, match="목록 페이지"):
        read_page(html)
