"""The digest of the press-release pool opened in headless Chromium (issue 22): the table of
contents leads to every area, every entry lists its sources, and the page asks for nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from kosum.batch.digest_run import digest_files
from test_browser import browser  # noqa: F401 - the module's Chromium, shared


def test_the_pool_digest_opens_offline_with_its_contents_and_sources(
    browser: Any,  # noqa: F811
    shared: Path,
    tmp_path: Path,
) -> None:
    out = tmp_path / "day.html"
    run = digest_files([shared / "eval" / "press-releases-pool" / "articles.jsonl"], out)
    out.write_text(run.digest.to_html(), encoding="utf-8")
    page = browser.new_page(locale="ko-KR")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(out.as_uri())
    toc = page.locator("nav a")
    names = [a.name for a in run.digest.areas]
    expect(toc).to_have_count(len(names))
    for number, name in enumerate(names, 1):
        link = toc.nth(number - 1)
        assert link.inner_text() == name and link.get_attribute("href") == f"#area-{number}"
        expect(page.locator(f"#area-{number} > h2")).to_have_text(name)
    toc.last.click()
    assert page.url.endswith(f"#area-{len(names)}")
    articles = page.locator("article")
    expect(articles).to_have_count(run.digest.entries)
    sources = [e.sources for a in run.digest.areas for e in a.entries]
    assert page.locator("ul.sources > li").count() == sum(len(s) for s in sources) == 500
    first = sources[0][0]
    link = page.locator("article").first.locator("ul.sources a").first
    assert first.link and link.get_attribute("href") == first.link and first.office
    assert first.office in page.locator("article").first.locator("ul.sources").inner_text()
    assert requests == [out.as_uri()]  # no script, style or font from elsewhere
