"""Markdown outputs carry no markup from the article (issue 21): every text of ``to_markdown()``,
``-f md`` and the web's Markdown download is escaped, and the title is one line. Checked by
rendering with markdown-it (CommonMark with raw HTML on, plus tables and strikethrough)."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from kosum import summarize
from kosum.interfaces.cli import cli
from kosum.types import Bullet, Summary, md_escape

ROOT = Path(__file__).resolve().parent.parent
RENDER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
PIXEL = "<img src=http://127.0.0.1:9/p>"
FAKE_TITLE = f"한빛시 {PIXEL} 일자리\n---\n# 가짜 제목"


def hostile_summary() -> Summary:
    article = (ROOT / "examples" / "hanbit-city-jobs.txt").read_text("utf-8")
    real = summarize(article, engine="extractive")
    section = real.sections[0]
    bullet = Bullet(f"1. {PIXEL} [링크](http://127.0.0.1:9/a) ~~취소~~", section.bullets[0].sources, (f"- > {PIXEL}",))
    return replace(
        real,
        title=FAKE_TITLE,
        subtitle=f"# 부제 {PIXEL}\n> 인용 <script>alert(1)</script>",
        summary=f"{PIXEL} *굵게* `코드` | 표 | 칸 | www.example.com 가 #",
        sections=(
            replace(section, area=f"## 분야 {PIXEL}", heading="*기울임* <b>", bullets=(bullet,), policy="복`지"),
        ),
        warnings=("---", f"[x]: http://127.0.0.1:9/{PIXEL}"),
        model=PIXEL,
    )


def assert_no_markup(rendered: str) -> None:
    assert rendered.count("<h1>") == 1 and "<hr" not in rendered
    for tag in ("<img", "<script", "<a ", "<b>", "<strong>", "<ol", "<table", "<s>", "<del>"):
        assert tag not in rendered, tag
    assert rendered.count("<blockquote>") == 1 and rendered.count("<em>") == 1  # the subtitle's, the heading's


def test_to_markdown_escapes_every_field() -> None:
    md = hostile_summary().to_markdown()
    assert md.startswith("# 한빛시 \\<img src=http\\://127.0.0.1\\:9/p\\> 일자리 --- \\# 가짜 제목\n")
    rendered = RENDER.render(md)
    assert_no_markup(rendered)
    assert "<h2>## 분야" in rendered and "복`지" not in md and "<code>복지</code>" in rendered


def test_md_outputs_of_the_cli_are_escaped(tmp_path: Path) -> None:
    article = (ROOT / "examples" / "hanbit-city-jobs.txt").read_text("utf-8").split("\n")
    planted = f"한빛시 {PIXEL} 일자리 # 가짜 ![p](http://127.0.0.1:9/md) 창출"
    (tmp_path / "a.txt").write_text("\n".join([*article[:2], planted, *article[3:]]), "utf-8")
    args = ["summarize", "-e", "extractive", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-f", "md"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    md = (tmp_path / "out" / "a.md").read_text("utf-8")
    body = md.split("\n---\n", 1)[1]
    rendered = RENDER.render(body)
    assert "<img" not in rendered and "<a " not in rendered and rendered.count("<h1>") == 1
    assert html.unescape(re.sub(r"<[^>]+>", "", rendered.split("\n")[0])) == planted


TEXT = st.text(alphabet=st.sampled_from(list("가나 \n\t\\`*_[]()<>&~|$:@#!=+-.1)wW/'\"{}")), max_size=60)


@settings(deadline=None)  # the machine may be shared
@given(TEXT)
def test_an_escaped_line_renders_as_written(text: str) -> None:
    written = " ".join(text.split())
    for prefix, tag in (("", "p"), ("- ", "li"), ("# ", "h1"), ("| a |\n|---|\n| ", "td")):
        rendered = RENDER.render(prefix + md_escape(text)).strip()
        if not written:
            continue
        inner = re.search(rf"<{tag}>(.*?)</{tag}>", rendered, re.S)
        assert inner is not None, (prefix, rendered)
        assert html.unescape(inner.group(1)) == written, (prefix, rendered)
