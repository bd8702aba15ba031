"""The web page's link field and ``kosum serve --allow-urls``, against a local server only."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from gradio_client import Client
from gradio_client.exceptions import AppError

from kosum.errors import InputError
from kosum.interfaces.cli import cli
from kosum.interfaces.webui import LINKS_OFF, build_demo, read_link
from link_server import TITLE, link_server


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with link_server() as (url, _seen):
        yield url


def _served(**flags: bool) -> tuple[object, Client]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    demo = build_demo(**flags)
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    return demo, Client(f"http://127.0.0.1:{port}/", verbose=False)


def test_a_link_alone_is_refused_where_links_are_off(base: str) -> None:
    with pytest.raises(InputError, match="이 서버는 링크를 읽지 않습니다"):
        read_link(f"  {base}/article\n", "", allow_urls=False)
    assert read_link("새솔시는 https://a.example 에서 알렸다.", "", allow_urls=False) == (
        "새솔시는 https://a.example 에서 알렸다.",
        None,
    )


def test_links_are_checked_for_private_addresses_unless_allowed(base: str) -> None:
    with pytest.raises(InputError, match="내부망·사설 주소라서 읽지 않았습니다"):
        read_link("", f"{base}/article", allow_urls=True)
    text, title = read_link("", f"{base}/article", allow_urls=True, allow_private=True)
    assert title == TITLE and text


def test_the_link_field_of_a_server_that_reads_links(base: str) -> None:
    demo, client = _served(allow_urls=True, allow_private_urls=True)
    try:
        status, html, *_ = client.predict(
            "", None, 3, 2, "noun", "extractive", "", f"{base}/article", api_name="/summarize_ui"
        )
        assert TITLE in html and "⚠" not in status
        status, *_ = client.predict("", None, 3, 2, "noun", "extractive", "", f"{base}/image", api_name="/summarize_ui")
        assert status.startswith("⚠ 웹 페이지가 아닙니다")
        assert client.predict(f"{base}/article", api_name="/summarize")["title"] == TITLE
    finally:
        demo.close()  # type: ignore[attr-defined]


def test_the_api_of_a_server_that_reads_no_links_says_so(web_app: str, base: str) -> None:
    with pytest.raises(AppError, match="이 서버는 링크를 읽지 않습니다"):
        Client(web_app, verbose=False).predict(f"{base}/article", api_name="/summarize")
    assert LINKS_OFF.startswith("이 서버는 링크를 읽지 않습니다")


def test_serve_reads_links_only_when_asked() -> None:
    shown = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "--allow-urls" in shown and "--allow-private-urls" in shown
    refused = CliRunner().invoke(cli, ["serve", "--allow-private-urls"])
    assert refused.exit_code == 2 and "--allow-private-urls needs --allow-urls" in refused.output
