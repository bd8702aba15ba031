"""The web page in a real browser: Playwright driving Debian's headless Chromium.

The set-up installs Chromium and a Korean font from Debian's registry when they are missing
(scripts/install-browser.sh), so this runs on a fresh machine instead of skipping.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect, sync_playwright

from budget_article import LONG

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    subprocess.run([str(ROOT / "scripts" / "install-browser.sh")], check=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def summarize_in_page(page: Page, url: str, text: str) -> None:
    page.goto(url)
    page.locator("#ks-text textarea").fill(text)
    page.locator("#ks-run").click()
    expect(page.locator(".ks-card").first).to_be_visible(timeout=60_000)


def test_paste_summarize_and_highlight(browser: Any, web_app: str, tmp_path: Path) -> None:
    page = browser.new_page(locale="ko-KR", viewport={"width": 1280, "height": 900})
    summarize_in_page(page, web_app, (EXAMPLES / "hanbit-city-jobs.txt").read_text("utf-8"))

    expect(page.locator("#ks-status")).to_contain_text("추출 요약 엔진으로 요약했습니다")
    expect(page.locator(".ks-title")).to_have_text("한빛시, 올해 청년·여성 일자리 3천 개 창출…'일자리 으뜸도시' 선포")
    expect(page.locator(".ks-area")).to_have_text(["기업 유치", "청년일자리", "여성일자리"])
    youth = page.locator(".ks-card", has=page.locator(".ks-area", has_text="청년일자리"))
    # the internship sentence (300명, 80%) is in the summary: the card's bullets add the rest
    expect(youth.locator(".ks-bullet")).to_have_text(
        [
            "인턴을 마친 청년의 정규직 전환을 이끌어 낼 계획",
            "시청 별관에 청년 창업공간 '한빛스타트'를 열어 창업 기업 40곳에 사무실과 멘토링 제공",
        ]
    )
    expect(page.locator(".ks-s.ks-hl")).to_have_count(0)

    youth.locator(".ks-bullet").nth(1).click()
    expect(page.locator(".ks-bullet.ks-selected")).to_have_count(1)
    expect(page.locator(".ks-s.ks-hl")).to_have_text(
        ["아울러 시청 별관에 청년 창업공간 '한빛스타트'를 열어 창업 기업 40곳에 사무실과 멘토링을 제공한다."]
    )
    # selecting an area highlights all of its sentences
    youth.locator(".ks-area").click()
    expect(page.locator(".ks-s.ks-hl")).to_have_count(3)
    expect(page.locator("#ks-json")).to_be_visible()
    shot = tmp_path / "kosum-desktop.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_phone_width_and_friendly_errors(browser: Any, web_app: str, tmp_path: Path) -> None:
    page = browser.new_page(locale="ko-KR", viewport={"width": 390, "height": 844})
    page.goto(web_app)
    page.locator("#ks-run").click()
    expect(page.locator("#ks-status")).to_have_text("⚠ 요약할 텍스트가 비어 있습니다 (empty input).")
    summarize_in_page(page, web_app, (EXAMPLES / "bada-county-welfare.txt").read_text("utf-8"))
    cards = page.locator(".ks-card")
    expect(cards).to_have_count(3)
    # both boxes measured at once: the page may still be scrolling to the result
    first, second = page.evaluate(
        "() => [...document.querySelectorAll('.ks-card')].slice(0, 2).map(c => c.getBoundingClientRect().toJSON())"
    )
    assert second["top"] >= first["bottom"] - 1  # one column on a phone
    assert first["width"] <= 390
    page.screenshot(path=str(tmp_path / "kosum-phone.png"), full_page=True)


def test_summary_length_control(browser: Any, web_app: str) -> None:
    """ "요약 문장 수": 자동 (the default) follows the article's length; a number is kept."""
    page = browser.new_page(locale="ko-KR", viewport={"width": 1280, "height": 900})
    summarize_in_page(page, web_app, LONG)  # about 1,850 characters: 5 sentences
    expect(page.locator("#ks-status")).to_contain_text("요약 5문장")
    page.locator("button", has_text="설정").first.click()  # the settings fold open
    expect(page.locator("#ks-sentences input")).to_have_value("자동 (기사 길이에 맞춤)")
    page.locator("#ks-sentences input").click()
    page.get_by_role("option", name="2문장", exact=True).click()
    page.locator("#ks-run").click()
    expect(page.locator("#ks-status")).to_contain_text("요약 2문장", timeout=60_000)


@pytest.mark.parametrize(("label", "width", "height"), [("desktop", 1366, 900), ("phone", 390, 844)])
def test_reference_article_screenshots(
    browser: Any, web_app: str, shared: Path, tmp_path: Path, label: str, width: int, height: int
) -> None:
    """The reference article at desktop and phone width. Set KOSUM_SCREENSHOTS=DIR to keep the images."""
    page = browser.new_page(locale="ko-KR", viewport={"width": width, "height": height})
    summarize_in_page(page, web_app, (shared / "samples" / "uijeongbu-jobs-award-2023.txt").read_text("utf-8"))
    expect(page.locator(".ks-area")).to_have_text(
        ["기업 유치", "여성일자리", "청년일자리", "인프라 구축", "사회적경제 활성화"]
    )
    keep = Path(os.environ.get("KOSUM_SCREENSHOTS", tmp_path))
    keep.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(800)  # the page scrolls to the result
    page.screenshot(path=str(keep / f"reference-{label}-first-screen.png"))
    page.locator(".ks-bullet").first.click()
    expect(page.locator(".ks-s.ks-hl")).to_have_count(1)
    page.screenshot(path=str(keep / f"reference-{label}.png"), full_page=True)


@pytest.fixture()
def pixel_server() -> Iterator[tuple[int, list[str]]]:
    """A tracking pixel on a loopback port: yields the port and the paths requested from it."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    hits: list[str] = []

    class Pixel(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/gif")
            self.end_headers()
            self.wfile.write(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Pixel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hits
    finally:
        server.shutdown()
        server.server_close()


def test_titles_with_html_are_shown_as_text(
    browser: Any, web_app: str, tmp_path: Path, pixel_server: tuple[int, list[str]]
) -> None:
    port, hits = pixel_server
    planted = f"한빛시 <img src=http://127.0.0.1:{port}/pixel> 일자리 ![p](http://127.0.0.1:{port}/md-pixel) 창출"
    lines = (EXAMPLES / "hanbit-city-jobs.txt").read_text("utf-8").split("\n")
    article = "\n".join([*lines[:2], planted, *lines[3:]])
    page = browser.new_page(locale="ko-KR", viewport={"width": 1280, "height": 900})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))

    summarize_in_page(page, web_app, article)  # one article: the title in the result's HTML
    expect(page.locator(".ks-title")).to_have_text(planted)

    (tmp_path / "planted.txt").write_text(article, "utf-8")
    (tmp_path / "bada.txt").write_text((EXAMPLES / "bada-county-welfare.txt").read_text("utf-8"), "utf-8")
    page.locator("#ks-text textarea").fill("")
    page.locator("#ks-files input[type=file]").set_input_files(
        [str(tmp_path / "planted.txt"), str(tmp_path / "bada.txt")]
    )
    page.locator("#ks-run").click()  # several files: the title in the batch report's Markdown table
    expect(page.locator("#ks-status")).to_contain_text("일괄 요약: 2개 완료, 0개 실패", timeout=60_000)
    page.wait_for_timeout(500)  # any image would have been requested by now
    assert hits == []
    assert not [url for url in requested if f":{port}/" in url]
    assert page.locator("#ks-status img").count() == 0
    expect(page.locator("#ks-status")).to_contain_text(planted)


def test_an_uploaded_page_is_never_shown_nor_run(
    browser: Any, web_app: str, tmp_path: Path, pixel_server: tuple[int, list[str]]
) -> None:
    """An uploaded .html whose script calls a local tracker: the browser is sent it as an
    attachment, so opening its link on the server runs nothing (issue 21, item 11)."""
    port, hits = pixel_server
    evil = tmp_path / "evil.html"
    evil.write_text(
        "<html><body><p>새솔군 기사</p><script>"
        f"fetch('http://127.0.0.1:{port}/script-fetch'); new Image().src = 'http://127.0.0.1:{port}/script-img';"
        f"</script><img src='http://127.0.0.1:{port}/img-tag'></body></html>",
        "utf-8",
    )
    page = browser.new_page(locale="ko-KR", viewport={"width": 1280, "height": 900})
    page.goto(web_app)
    page.locator("#ks-files input[type=file]").set_input_files(str(evil))
    link = page.locator("#ks-files a[href*='file=']").first
    expect(link).to_be_attached(timeout=30_000)
    href = str(link.get_attribute("href"))
    assert href.endswith("evil.html")

    opened = browser.new_page()
    with contextlib.suppress(PlaywrightError):  # "Download is starting": nothing is shown
        opened.goto(href if href.startswith("http") else web_app.rstrip("/") + href)
    opened.wait_for_timeout(1000)  # any script would have called by now
    assert hits == []
    assert "새솔군 기사" not in opened.content()
