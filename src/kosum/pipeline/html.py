"""Saved web pages: from a page's HTML to its headline, its article text, and whether it is a
list of articles rather than one.

The text comes from trafilatura (imported on first use); the headline from ``og:title``, the
page's ``<h1>`` or its headline element, with site names, breadcrumbs and keyword lists cut
off. Layout tables are read cell by cell, so the lead is kept and no table pipes reach the
summary. A list page (many headline links, little text of its own) raises :class:`InputError`.

The work is bounded, not only the bytes: before anything is parsed one linear pass refuses
markup with too many tags, too many attributes (on one tag or in all) or too deep a nesting
(:data:`~kosum.pipeline.tuning.PAGES`); the page is parsed once, no date is looked for, and a
page that still takes more than ``PAGES.read_cpu_seconds`` of CPU is refused with
:class:`InputError`.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from typing import Any

from ..errors import BackendUnavailableError, InputError
from .boilerplate import looks_like_sentence
from .tuning import PAGES
from .vocab.common import HANGUL, NON_WORD
from .vocab.lines import (
    BREADCRUMB,
    CRUMB_START,
    HEADLINE_CLASSES,
    LISTED_DATE,
    PAGER,
    PIPES,
    SITE_WORDS,
    TITLE_SEPARATORS,
)
from .vocab.markup import MARKUP_ATTRIBUTE, MARKUP_TAG, RAW_TEXT_END
from .vocab.news import HEADLINE_BYLINE

__all__ = ["Page", "check_markup", "extract_page", "read_page"]

# Elements never closed, and elements the parser closes by itself: they do not nest.
_NO_NESTING = frozenset(
    {
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track"),
        *("wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup"),
        *("colgroup", "caption", "rb", "rt", "rp"),
    }
)


@dataclass(frozen=True)
class Page:
    """What a saved page holds: its headline, its article text, and whether it lists articles."""

    title: str | None
    text: str
    is_list_page: bool = False


def _too_much(what: str) -> InputError:
    return InputError(f"HTML 페이지가 너무 복잡해 읽지 않았습니다: {what} (the page's markup is too heavy to read).")


def check_markup(html: str) -> int:
    """The number of start tags in ``html``, if the markup is not too heavy to parse: too long,
    too many tags, too many attributes on one tag or in all, or nested too deep (limits in
    ``PAGES``). One linear pass over the text; nothing is parsed. ``check_markup("<p>가")`` is 1;
    ``check_markup("<p>가" * 50_000)`` raises.

    Raises:
        InputError: the page is over a limit; the message names it.
    """
    if len(html) > PAGES.max_markup_chars:
        raise _too_much(f"{len(html):,}자 (최대 {PAGES.max_markup_chars:,}자)")
    tags = attributes = depth = 0
    pos = 0
    while match := MARKUP_TAG.search(html, pos):
        comment, end_tag, name, body = match.groups()
        pos = match.end()
        if comment:
            close = html.find("-->", pos)
            if close < 0:
                break
            pos = close + 3
            continue
        name = name.lower()
        if end_tag:
            if depth and name not in _NO_NESTING:
                depth -= 1
            continue
        tags += 1
        if tags > PAGES.max_tags:
            raise _too_much(f"태그 {PAGES.max_tags:,}개 넘음 (more than {PAGES.max_tags:,} tags)")
        count = sum(1 for _ in MARKUP_ATTRIBUTE.finditer(body)) if body.strip() else 0
        if count > PAGES.max_tag_attributes:
            raise _too_much(f"한 태그에 속성 {count:,}개 (attributes on one tag; at most {PAGES.max_tag_attributes:,})")
        attributes += count
        if attributes > PAGES.max_attributes:
            raise _too_much(f"속성 {PAGES.max_attributes:,}개 넘음 (more than {PAGES.max_attributes:,} attributes)")
        if name in RAW_TEXT_END:
            close_tag = RAW_TEXT_END[name].search(html, pos)
            if close_tag is None:
                break
            pos = close_tag.start()
        elif name not in _NO_NESTING and not body.rstrip().endswith("/"):
            depth += 1
            if depth > PAGES.max_depth:
                raise _too_much(f"요소가 {PAGES.max_depth:,}단계 넘게 겹침 (nested more than {PAGES.max_depth:,} deep)")
    return tags


#: Nodes looked at between two checks of the time budget.
_CHECK_EVERY = 256


class _Budget:
    """The CPU time (of this thread: a server's other requests do not count) a page may take."""

    def __init__(self, seconds: float) -> None:
        self.seconds, self.deadline = seconds, time.thread_time() + seconds

    def check(self) -> None:
        """Raise :class:`InputError` once the time is spent."""
        if time.thread_time() > self.deadline:
            raise InputError(
                f"HTML 페이지를 읽는 데 CPU {self.seconds:g}초를 넘겨 그만두었습니다 "
                f"(reading the page took over {self.seconds:g} s of CPU)."
            )


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        error = BackendUnavailableError("trafilatura", "html", "Reading HTML pages")
        message = f"Reading HTML pages needs trafilatura, and importing it failed: {type(exc).__name__}: {exc}"
        error.args, error.msg = (message,), message
        raise error from exc
    return trafilatura


def _clean_title(raw: str, keywords: list[str], site_names: set[str]) -> str | None:
    """The headline in a title string: breadcrumbs, site names and keyword lists cut off."""
    title = HEADLINE_BYLINE.sub("", " ".join(raw.split()))
    if not title:
        return None
    for keyword_list in keywords:  # "headline, keyword, keyword" or "headline keyword keyword"
        if keyword_list and title.endswith(keyword_list):
            title = title[: -len(keyword_list)].rstrip(" ,|-")
    if BREADCRUMB.search(title):
        title = BREADCRUMB.split(title)[-1]
    parts = [p.strip() for p in TITLE_SEPARATORS.split(title) if p and p.strip()]
    kept = [p for p in parts if p not in site_names and not SITE_WORDS.search(p) and HANGUL.search(p)]
    if kept:
        title = max(kept, key=len)
    words = [w.strip() for kw in keywords for w in kw.split(",") if w.strip()]
    tail = title.split(",")
    while len(tail) > 1 and tail[-1].strip() in words:
        tail.pop()
    title = ",".join(tail).strip()
    return title or None


def _bigrams(text: str) -> set[str]:
    """The two-letter pieces of the words of ``text`` ("압수수색" → 압수, 수수, 수색)."""
    return {w[i : i + 2] for w in NON_WORD.sub(" ", text).split() for i in range(len(w) - 1)}


def _agreement(title: str, body: set[str]) -> tuple[float, int]:
    """The share and the number of the title's two-letter pieces that the body (its
    :func:`_bigrams`) repeats."""
    pieces = _bigrams(title)
    shared = len(pieces & body)
    return (shared / len(pieces) if pieces else 0.0), shared


def _keyword_list(text: str) -> bool:
    """True for a list of keywords ("경북도청, 경상북도, 경북, 도청"), no headline."""
    parts = [p.strip() for p in text.split(",")]
    return len(parts) >= PAGES.keyword_list_parts and all(len(p.split()) <= 2 for p in parts)


def _headline(tree: Any, fallback: str | None, budget: _Budget, body: str = "") -> str | None:
    """The headline: from the article's headline element, an ``<h1>``, the page ``<title>`` (site
    and section parts cut off) or ``og:title``, the one that agrees with ``body`` (the body
    repeats at least :attr:`~kosum.pipeline.tuning.PageTuning.headline_agreement` of it, and the
    most of it); never a keyword list or a navigation label."""

    def meta(*names: str) -> str:
        for name in names:
            for node in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content'):
                if str(node).strip():
                    return str(node).strip()
        return ""

    keywords = [meta("keywords", "news_keywords")]
    site_names = {meta("og:site_name", "application-name")} - {""}
    candidates: list[str] = []
    h1s = []
    nodes = tree.xpath("//h1 | //h2 | //h3 | //h4 | //div | //p | //strong | //span | //td | //th | //dt")
    for k, node in enumerate(nodes):
        if k % _CHECK_EVERY == 0:
            budget.check()
        cls = f"{node.get('class') or ''} {node.get('id') or ''}"
        named = bool(HEADLINE_CLASSES.search(cls))
        if not named and node.tag != "h1":
            continue  # only a headline's class or an <h1> is read: a node's text holds all its descendants'
        text = " ".join(node.text_content().split())
        if not (PAGES.headline_min_chars <= len(text) <= PAGES.headline_max_chars and HANGUL.search(text)):
            continue
        if CRUMB_START.match(text):  # a breadcrumb trail, not a headline
            continue
        if named:
            candidates.append(text)
        else:
            h1s.append(text)
    candidates.extend(h1s)
    titles = tree.xpath("//title/text()")
    candidates.append(str(titles[0]) if titles else "")
    candidates.extend((meta("og:title", "twitter:title"), fallback or ""))
    cleaned = []
    for raw in candidates:
        title = _clean_title(raw, keywords, site_names) if not _keyword_list(raw) else None
        if title and len(title) >= PAGES.headline_min_chars and title not in site_names and not _keyword_list(title):
            cleaned.append(title)
    if not body.strip():
        return cleaned[0] if cleaned else None
    pieces = _bigrams(body)
    scores = [_agreement(t, pieces) for t in cleaned]
    # of the candidates the body agrees with, the one it repeats most of (a navigation label
    # shares a word or two); of the others, the one with the largest share
    agreeing = [i for i, (share, _) in enumerate(scores) if share >= PAGES.headline_agreement]
    best = max(agreeing, key=lambda i: scores[i][1], default=None)  # the first of the best
    if best is not None:
        return cleaned[best]
    best = max(range(len(cleaned)), key=lambda i: scores[i][0], default=None)
    return cleaned[best] if best is not None and scores[best][0] >= PAGES.headline_min_agreement else None


def _table_cells(text: str) -> str:
    """Table rows as trafilatura writes them ("| a | b |") read cell by cell, one line each."""
    lines: list[str] = []
    for line in text.split("\n"):
        if PIPES.match(line) or line.count("|") >= 2:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            lines.extend(c for c in cells if c and not set(c) <= set("-: "))
        else:
            lines.append(line)
    return "\n".join(lines)


def _headline_link(node: Any) -> bool:
    for a in node.iter("a"):
        text = " ".join(a.text_content().split())
        if (
            PAGES.link_min_chars <= len(text) <= PAGES.link_max_chars
            and len(HANGUL.findall(text)) >= PAGES.link_min_hangul
        ):
            return True
    return False


def _dated_headline(node: Any) -> bool:
    """An entry of a board: a date and a headline's worth of Korean text."""
    text = node.text_content()
    return bool(LISTED_DATE.search(text)) and len(HANGUL.findall(text)) >= PAGES.entry_min_hangul


def _listed_articles(tree: Any, budget: _Budget, main: str | None = None) -> int:
    """The most items of one list (``ul``/``ol``/``tbody``/``div``) that each link a headline or
    show a dated headline; with ``main`` (the letters of the page's main text), only items that
    the main text holds count: headline sidebars beside an article do not."""
    best = 0
    for k, container in enumerate(tree.xpath("//ul | //ol | //tbody | //table | //div | //dl")):
        if k % _CHECK_EVERY == 0:
            budget.check()
        items = [child for child in container if child.tag in ("li", "tr", "div", "dl", "dt", "article")]
        if len(items) >= PAGES.list_items:
            linked = [child for child in items if _headline_link(child) or _dated_headline(child)]
            if len(linked) >= PAGES.list_linked_share * len(items):
                best = max(best, sum(1 for child in linked if main is None or _in_main(child, main)))
    return best


def _in_main(node: Any, main: str) -> bool:
    """True when the main text holds a piece of the item's text."""
    for piece in node.itertext():
        key = NON_WORD.sub("", piece)[: PAGES.entry_key_chars]
        if len(key) >= PAGES.entry_key_chars and key in main:
            return True
    return False


def _one_article(text: str) -> bool:
    """True for a main text that reads as one article: a few lines of running text."""
    running = [line for line in text.split("\n") if looks_like_sentence(line.strip())]
    return len(running) >= PAGES.article_min_sentences


def _paged_board(tree: Any) -> bool:
    """A board page: a page counter ("1 페이지", "총 25,780건") and no headline of its own."""
    text = " ".join(tree.text_content().split())
    return bool(PAGER.search(text))


def _metadata_title(trafilatura: Any, tree: Any) -> str | None:
    """The title trafilatura's metadata would give (meta tags, JSON-LD, then the page's title),
    without the rest of its metadata: the date search and the author search cost the most."""
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title

    metadata = examine_meta(tree)
    with contextlib.suppress(Exception):  # trafilatura's own guard: its JSON-LD reader has bugs
        metadata = extract_meta_json(tree, metadata)
    if not metadata.title:
        metadata.title = extract_title(tree)
    metadata.clean_and_trim()
    title = metadata.title
    return title if isinstance(title, str) else None


def extract_page(html: str) -> Page:
    """The headline, the article text and the list-page flag of one saved page.

    Raises:
        BackendUnavailableError: trafilatura cannot be imported (the import error is shown).
        InputError: the markup is over a limit of ``PAGES`` (see :func:`check_markup`), or
            reading it took more than ``PAGES.read_cpu_seconds`` of CPU.
    """
    trafilatura = _trafilatura()
    tags = check_markup(html)
    budget = _Budget(PAGES.read_cpu_seconds)
    tree = trafilatura.load_html(html) if html.strip() else None  # parsed once: trafilatura reads a copy
    budget.check()
    text = fallback = None
    if tree is not None:
        fast = tags > PAGES.fallback_max_tags
        doc = trafilatura.bare_extraction(tree, fast=fast, include_comments=False, include_tables=True)
        budget.check()
        if doc is not None:
            text, fallback = getattr(doc, "text", None), _metadata_title(trafilatura, tree)
    body = _table_cells(text or "")
    title = _headline(tree, fallback, budget, body) if tree is not None else None
    # A list page: its main text is not one article, or it is the list itself. Headline
    # sidebars beside an article are not in the main text and do not make a list page.
    main = NON_WORD.sub("", body)
    is_list = tree is not None and (
        _listed_articles(tree, budget, main) >= PAGES.list_items
        or (
            not _one_article(body)
            and (
                _listed_articles(tree, budget) >= PAGES.list_items
                or (_paged_board(tree) and not _headline(tree, None, budget))
            )
        )
    )
    if title and not is_list:  # the headline is given as the title: drop its copies at the top of the text
        lines = body.split("\n")
        key = NON_WORD.sub("", title)
        while lines and (not lines[0].strip() or NON_WORD.sub("", lines[0]) == key):
            lines.pop(0)
        body = "\n".join(lines)
    return Page(None if is_list else title, body, is_list)


def read_page(html: str) -> Page:
    """:func:`extract_page` for summarizing: the page must hold one article.

    Raises:
        BackendUnavailableError: trafilatura cannot be imported.
        InputError: the page is a list of articles, or has no main text.
    """
    page = extract_page(html)
    if page.is_list_page:
        raise InputError(
            "목록 페이지입니다: 여러 기사의 제목 목록이라 한 기사로 요약할 수 없습니다. "
            "기사 하나의 페이지를 넣어 주세요 (this is a list page, not one article)."
        )
    if not page.text.strip():
        raise InputError("HTML 페이지에서 본문을 찾을 수 없습니다 (no main text found in the page).")
    return page
