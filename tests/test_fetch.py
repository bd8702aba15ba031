"""Links: every failure kind of the fetcher gives its Korean message, against a local server only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kosum.batch.fetch import (
    FetchError,
    FetchOptions,
    PrivateAddressError,
    _forbidden,
    fetch_page,
    link_article,
    read_url_list,
)
from kosum.errors import InputError, KosumError, UsageError
from link_server import PARAGRAPHS, TITLE, link_server

LOCAL = FetchOptions(allow_private=True)  # the private-address rule lifted for the local server alone


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    with link_server() as found:
        yield found


@pytest.fixture(scope="module")
def base(server: tuple[str, list[tuple[str, str]]]) -> str:
    return server[0]


def test_a_page_is_read_as_a_saved_html_page(base: str) -> None:
    text, title, digest = link_article(f"{base}/article", LOCAL)
    assert title == TITLE
    assert text.split("\n") == list(PARAGRAPHS)
    assert len(digest) == 64


def test_plain_text_is_read_as_a_txt_file(base: str) -> None:
    page = fetch_page(f"{base}/plain", LOCAL)
    assert page.kind == "text"
    assert page.text.startswith(TITLE)


@pytest.mark.parametrize("path", ["/euc-kr", "/euc-kr-meta"])
def test_euc_kr_pages_from_the_header_or_the_meta(base: str, path: str) -> None:
    text, title, _ = link_article(base + path, LOCAL)
    assert title == TITLE
    assert PARAGRAPHS[1] in text


def test_euc_kr_is_read_as_cp949(base: str) -> None:
    assert "똠방각하 공연도 열린다." in fetch_page(f"{base}/cp949", LOCAL).text


def test_the_user_agent_names_kosum(server: tuple[str, list[tuple[str, str]]]) -> None:
    base, seen = server
    fetch_page(f"{base}/article", LOCAL)
    assert seen[-1][1].startswith("kosum/")


def test_five_redirects_are_followed(base: str) -> None:
    page = fetch_page(f"{base}/hop/5", LOCAL)
    assert page.url == f"{base}/article"


def test_six_redirects_are_too_many(base: str) -> None:
    with pytest.raises(FetchError, match="리디렉션이 너무 많습니다: 5번 넘음"):
        fetch_page(f"{base}/hop/6", LOCAL)


def test_a_redirect_to_another_scheme_is_refused(base: str) -> None:
    with pytest.raises(FetchError, match="http·https 링크만 읽습니다: 'ftp' 링크는 읽지 않습니다"):
        fetch_page(f"{base}/to-ftp", LOCAL)


@pytest.mark.parametrize("url", ["ftp://example.invalid/a", "file:///etc/passwd", "javascript:alert(1)"])
def test_other_schemes_are_refused_before_any_request(url: str) -> None:
    with pytest.raises(FetchError, match="http·https 링크만 읽습니다"):
        fetch_page(url)


def test_a_slow_answer_times_out(base: str) -> None:
    with pytest.raises(FetchError, match="응답 시간이 초과되었습니다: 1초"):
        fetch_page(f"{base}/slow", FetchOptions(read_seconds=1, allow_private=True))


def test_a_huge_body_is_cut_at_the_cap(base: str) -> None:
    with pytest.raises(FetchError, match="페이지가 너무 큽니다: 100,000바이트 넘음"):
        fetch_page(f"{base}/huge", FetchOptions(max_bytes=100_000, allow_private=True))


def test_an_image_is_not_a_page(base: str) -> None:
    with pytest.raises(FetchError, match="웹 페이지가 아닙니다: image/png"):
        fetch_page(f"{base}/image", LOCAL)


def test_404(base: str) -> None:
    with pytest.raises(FetchError, match="페이지가 없습니다: HTTP 404"):
        fetch_page(f"{base}/missing", LOCAL)


def test_a_list_page_is_refused_like_a_saved_one(base: str) -> None:
    with pytest.raises(InputError, match="목록 페이지입니다"):
        link_article(f"{base}/list", LOCAL)


def test_the_default_refuses_loopback(server: tuple[str, list[tuple[str, str]]]) -> None:
    base, seen = server
    before = len(seen)
    with pytest.raises(PrivateAddressError, match=r"내부망·사설 주소라서 읽지 않았습니다: 127\.0\.0\.1"):
        fetch_page(f"{base}/article")
    assert len(seen) == before  # refused before connecting


def test_the_default_refuses_localhost_by_name(base: str) -> None:
    with pytest.raises(PrivateAddressError):
        fetch_page(base.replace("127.0.0.1", "localhost") + "/article")


def test_a_redirect_to_a_private_address_is_checked_again(base: str) -> None:
    # the first hop's host is checked at its connection; the redirect's at its own
    with pytest.raises(PrivateAddressError):
        fetch_page(f"{base}/to-private")


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.0.1", True),
        ("169.254.169.254", True),  # cloud metadata
        ("100.100.100.200", True),  # shared address space (a cloud's metadata)
        ("0.0.0.0", True),
        ("224.0.0.1", True),
        ("240.0.0.1", True),
        ("::1", True),
        ("fe80::1", True),
        ("fd00:ec2::254", True),
        ("::ffff:127.0.0.1", True),
        ("64:ff9b::a00:1", True),  # NAT64 of 10.0.0.1
        ("2002:a00:1::", True),  # 6to4 of 10.0.0.1
        ("8.8.8.8", False),
        ("211.43.5.1", False),
        ("2001:4860:4860::8888", False),
    ],
)
def test_address_table(address: str, refused: bool) -> None:
    assert _forbidden(address) is refused


@given(st.ip_addresses(v=4, network="10.0.0.0/8") | st.ip_addresses(v=6, network="fc00::/7"))
def test_private_networks_are_always_refused(address: object) -> None:
    assert _forbidden(str(address))


def test_the_link_list_skips_blank_lines_and_comments(tmp_path: pytest.TempPathFactory) -> None:
    listing = tmp_path / "links.txt"  # type: ignore[operator]
    listing.write_text("# 오늘의 보도자료\nhttps://a.example/1\n\n  https://b.example/2  \n", "utf-8")
    assert read_url_list(listing) == ["https://a.example/1", "https://b.example/2"]
    listing.write_text("https://a.example/1\nwww.b.example\n", "utf-8")
    with pytest.raises(InputError, match="2번째 줄이 링크가 아닙니다"):
        read_url_list(listing)


@pytest.mark.parametrize(
    ("field", "value"),
    [("read_seconds", 0), ("connect_seconds", "10"), ("max_bytes", 1.5), ("max_redirects", -1), ("allow_private", 1)],
)
def test_wrong_fetch_options_are_named(field: str, value: object) -> None:
    with pytest.raises(UsageError, match=field):
        FetchOptions(**{field: value})  # type: ignore[arg-type]


def test_a_slow_redirect_chain_is_bounded_by_the_total_time(base: str) -> None:
    with pytest.raises(FetchError, match="응답 시간이 초과되었습니다"):
        fetch_page(f"{base}/hop/3", FetchOptions(total_seconds=1e-3, allow_private=True))


def test_no_unchecked_fetch_if_httpx_changes(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    class Bare(httpx.BaseTransport):
        pass

    monkeypatch.setattr(httpx, "HTTPTransport", lambda **_: Bare())
    with pytest.raises(KosumError, match="links are not fetched"):
        fetch_page(f"{base}/article", LOCAL)
