"""A :class:`~kosum.batch.digest.Digest` as Markdown and as one offline HTML page.

The page is self-contained: inline CSS, no script, nothing fetched; every text is escaped (a title
``<script>`` shows as written) and only ``http(s)`` links become links.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..types import md_escape

if TYPE_CHECKING:
    from .digest import Digest, DigestSource

__all__ = ["digest_html", "digest_markdown"]

#: The schemes a source's link may have to be a link (others are shown as text).
LINK_SCHEMES = ("http://", "https://")

_CSS = """
body{font-family:system-ui,'Apple SD Gothic Neo','Malgun Gothic',sans-serif;max-width:52rem;margin:2rem auto;
padding:0 1rem;line-height:1.6;color:#1f2328}
h1{font-size:1.6rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.1rem;margin-bottom:.3rem}.lead{margin:.2rem 0}.sources{font-size:.85rem;color:#57606a}
nav ol{columns:2}.failures{color:#9a3412}.count{color:#57606a;font-weight:normal;font-size:.9rem}
"""


def _anchor(number: int) -> str:
    return f"area-{number}"


def _is_link(link: str | None) -> bool:
    return bool(link) and str(link).lower().startswith(LINK_SCHEMES)


def _source_md(source: DigestSource) -> str:
    parts = [md_escape(p) for p in (source.office, source.date) if p]
    if source.link:
        parts.append(f"<{source.link}>" if _is_link(source.link) and ">" not in source.link else md_escape(source.link))
    if source.where:
        parts.append(f"`{source.where.replace('`', '')}`")
    return " · ".join(parts) or "출처 미상"


def digest_markdown(digest: Digest) -> str:
    """``digest`` as Markdown: title, table of contents, one ``##`` per area and ``###`` per event."""
    lines = [f"# {md_escape(digest.title)}", ""]
    lines.append(
        f"{len(digest.areas)}개 분야, {digest.entries}건"
        + (f", 실패 {len(digest.failures)}건" if digest.failures else "")
    )
    lines.append("")
    lines.extend(f"{n}. [{md_escape(a.name)} ({len(a.entries)})](#{_anchor(n)})" for n, a in enumerate(digest.areas, 1))
    for number, area in enumerate(digest.areas, 1):
        lines += ["", f'<a id="{_anchor(number)}"></a>', "", f"## {md_escape(area.name)}"]
        for entry in area.entries:
            lines += ["", f"### {md_escape(entry.title)}", ""]
            lines += [md_escape(entry.lead), ""] if entry.lead != entry.title else []
            lines.extend(f"- {md_escape(b)}" for b in entry.bullets)
            if entry.bullets:
                lines.append("")
            lines.extend(f"> 출처: {_source_md(s)}  " for s in entry.sources)
    if digest.failures:
        lines += ["", "## 실패", ""]
        lines.extend(f"- `{where.replace('`', '')}`: {md_escape(message)}" for where, message in digest.failures)
    return "\n".join(lines) + "\n"


def _source_html(source: DigestSource) -> str:
    parts = [escape(p) for p in (source.office, source.date) if p]
    if source.link:
        link = escape(source.link)
        parts.append(f'<a href="{link}" rel="noopener noreferrer">{link}</a>' if _is_link(source.link) else link)
    if source.where:
        parts.append(f"<code>{escape(source.where)}</code>")
    return f"<li>{' · '.join(parts) or '출처 미상'}</li>"


def digest_html(digest: Digest) -> str:
    """``digest`` as one HTML page that works offline: table of contents, areas, events, sources."""
    title = escape(digest.title)
    out = [
        "<!DOCTYPE html>",
        '<html lang="ko"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{title}</title><style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="count">{len(digest.areas)}개 분야, {digest.entries}건'
        + (f", 실패 {len(digest.failures)}건" if digest.failures else "")
        + "</p>",
        '<nav><h2>차례</h2><ol class="toc">',
    ]
    out += [
        f'<li><a href="#{_anchor(n)}">{escape(a.name)}</a> <span class="count">({len(a.entries)})</span></li>'
        for n, a in enumerate(digest.areas, 1)
    ]
    if digest.failures:
        out.append('<li><a href="#failures">실패</a></li>')
    out.append("</ol></nav>")
    for number, area in enumerate(digest.areas, 1):
        out.append(f'<section id="{_anchor(number)}"><h2>{escape(area.name)}</h2>')
        for entry in area.entries:
            lead = f'<p class="lead">{escape(entry.lead)}</p>' if entry.lead != entry.title else ""
            out.append(f"<article><h3>{escape(entry.title)}</h3>{lead}")
            if entry.bullets:
                out.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in entry.bullets) + "</ul>")
            out.append('<ul class="sources">' + "".join(_source_html(s) for s in entry.sources) + "</ul></article>")
        out.append("</section>")
    if digest.failures:
        out.append('<section id="failures" class="failures"><h2>실패</h2><ul>')
        out += [f"<li><code>{escape(w)}</code>: {escape(m)}</li>" for w, m in digest.failures]
        out.append("</ul></section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
