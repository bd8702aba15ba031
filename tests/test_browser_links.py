"""The link field in a real browser (one small case: the browser tests are slow)."""

from __future__ import annotations

import socket
from typing import Any

from playwright.sync_api import expect

from kosum.interfaces.webui import build_demo
from link_server import TITLE, link_server
from test_browser import browser  # noqa: F401 - the module's browser fixture


def test_a_link_in_the_link_field_is_summarized(browser: Any) -> None:  # noqa: F811
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    demo = build_demo(allow_urls=True, allow_private_urls=True)
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        with link_server() as (base, _seen):
            page = browser.new_page(locale="ko-KR")
            page.goto(f"http://127.0.0.1:{port}/")
            page.locator("#ks-link input, #ks-link textarea").first.fill(f"{base}/article")
            page.locator("#ks-run").click()
            expect(page.locator(".ks-title")).to_have_text(TITLE, timeout=60_000)
    finally:
        demo.close()
