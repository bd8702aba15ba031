"""Preprocessing: from text as pasted off a Korean news site to a clean :class:`Document`.

Steps: input checks → normalization → boilerplate lines removed (site names, menus,
repeated headline, bylines, timestamps, captions, copyright, widgets), title and
metadata kept as fields → sentences split with Kiwi, each with character offsets into
the cleaned text and its paragraph index.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .._kiwi import get_kiwi
from ..errors import InputError
from ..options import MAX_CHARS
from ..types import Document, Metadata, Morph, Sentence
from .boilerplate import BYLINE, EMAIL, classify_line, looks_like_sentence, parse_date, strip_inline
from .headings import parse_heading
from .normalize import analysis_view, check_text, normalize_text

__all__ = ["MAX_SENTENCE_CHARS", "preprocess", "split_sentences"]

logger = logging.getLogger("kosum")

#: Sentences longer than this (an unpunctuated run-on, a table) are cut at spaces.
MAX_SENTENCE_CHARS = 400
#: Paragraphs are handed to Kiwi in blocks of at most this many characters
#: (Kiwi analyses at most 2,000 morphemes per sentence and silently drops the rest).
_BLOCK_CHARS = 1500
_PARAGRAPH_SEP = "\n\n"
#: Kiwi tokens of a span, with the offset their positions are relative to.
_Tokens = tuple[int, list[Any]]
_SOFT_BREAK = re.compile(r"(?<=[.!?다요])\s+|,\s+|\s+")
#: Kiwi tags of a predicate: verb, adjective and auxiliary stems (with their irregular
#: variants such as VV-I) and sentence-final endings.
_PREDICATE_TAGS = ("VV", "VA", "VX", "EF")


def _running_text(kinds: Sequence[str], lines: Sequence[str]) -> list[bool]:
    """Which lines read like running text rather than a title, menu or name.

    A text line that ends like a sentence, or is long, does. Where no line does (a post or
    chat written without final punctuation, dialect endings), there is no news header to
    tell apart: then every text line with a predicate (a verb or adjective, or a final
    ending, by Kiwi) does, and only text without one (names, labels) is all chrome.
    """
    flags = [
        kind == "text" and (looks_like_sentence(line) or len(line) >= 100)
        for kind, line in zip(kinds, lines, strict=True)
    ]
    if any(flags):
        return flags
    candidates = [i for i, kind in enumerate(kinds) if kind == "text"]
    analysed = get_kiwi().tokenize([analysis_view(lines[i]) for i in candidates]) if candidates else []
    for i, tokens in zip(candidates, analysed, strict=True):
        flags[i] = any(t.tag.startswith(_PREDICATE_TAGS) for t in tokens)
    return flags


def _first_text_index(running: Sequence[bool], kinds: Sequence[str], lines: Sequence[str]) -> int:
    """Index of the first line of the article body (after site name, title, bylines)."""
    for i, (kind, line) in enumerate(zip(kinds, lines, strict=True)):
        if running[i] or (kind == "text" and parse_heading(line)):
            return i
    return len(lines)


def _pick_title(header: list[str], all_text: Counter[str]) -> tuple[str | None, str | None]:
    """Choose the title (and the site name) among the lines above the body."""
    if not header:
        return None, None
    repeated = [line for line in header if all_text[line] > 1 and len(line) >= 6]
    candidates = repeated or [line for line in header if len(line) >= 6 and " " in line] or header
    title = max(candidates, key=len)
    others = [line for line in header if line != title and len(line) <= 30]
    return title, (others[0] if others else None)


def _metadata(meta_lines: list[str], site: str | None, extra: list[str]) -> Metadata:
    reporter = email = date = None
    for line in meta_lines + extra:
        for part in re.split(r"[|│]|\s/\s", line):
            part = part.strip(" ·,")
            m = BYLINE.match(part)
            if m and reporter is None:
                reporter = f"{m['name']} {m['title']}"
                site = site or (m["site"].strip() if m["site"] else None)
            e = EMAIL.search(part)
            if e and email is None:
                email = e.group(0)
            if date is None:
                date = parse_date(part)
    return Metadata(reporter=reporter, email=email, date=date, site=site)


def _clean_lines(lines: list[str]) -> tuple[str | None, Metadata, list[str], list[str]]:
    """Split normalized lines into title, metadata, body paragraphs and removed lines."""
    lines = [line for line in lines if line]
    kinds = [classify_line(line) for line in lines]
    counts = Counter(line for line, kind in zip(lines, kinds, strict=True) if kind == "text")
    running = _running_text(kinds, lines)
    start = _first_text_index(running, kinds, lines)
    header = [line for line, kind in zip(lines[:start], kinds[:start], strict=True) if kind == "text"]
    title, site = _pick_title(header, counts)
    removed = list(lines[:start])
    meta_lines = [line for line, kind in zip(lines, kinds, strict=True) if kind == "meta"]

    # Text after the last line that reads like a sentence is site chrome (menus, related links).
    last = start - 1
    for i in range(start, len(lines)):
        if running[i]:
            last = i
    body: list[str] = []
    inline_removed: list[str] = []
    for i in range(start, len(lines)):
        line, kind = lines[i], kinds[i]
        keep = kind == "text" and line != title and (i <= last or parse_heading(line) is not None)
        if keep:
            line, pieces = strip_inline(line)
            inline_removed.extend(pieces)
            keep = bool(line)
        if keep:
            body.append(line)
        else:
            removed.append(lines[i])
    # A trailing heading with no text under it is chrome too.
    while body and parse_heading(body[-1]) is not None and not looks_like_sentence(body[-1]):
        removed.append(body.pop())
    metadata = _metadata(meta_lines, site, inline_removed)
    return title, metadata, body, removed + inline_removed


def _blocks(paragraph: str) -> list[tuple[int, str]]:
    """Cut a long paragraph into blocks Kiwi analyses whole, at sentence ends or spaces."""
    blocks: list[tuple[int, str]] = []
    pos = 0
    while len(paragraph) - pos > _BLOCK_CHARS:
        window = paragraph[pos : pos + _BLOCK_CHARS]
        # A punctuated sentence end first: "다 " also ends words inside sentences ("최다 기록").
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < _BLOCK_CHARS // 2:
            cut = window.rfind("다 ")
        if cut < _BLOCK_CHARS // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut >= _BLOCK_CHARS // 4 else _BLOCK_CHARS
        blocks.append((pos, paragraph[pos : pos + cut]))
        pos += cut
    blocks.append((pos, paragraph[pos:]))
    return blocks


def _spans_of_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence [start, end) into pieces of at most MAX_SENTENCE_CHARS."""
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start : start + MAX_SENTENCE_CHARS]
        cut = -1
        for m in _SOFT_BREAK.finditer(window):
            if m.start() >= MAX_SENTENCE_CHARS // 2:
                cut = m.end()
                if m.group(0).startswith(",") or window[m.start() - 1 : m.start()] in ".!?다요":
                    break
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS
        piece_end = start + cut
        spans.append((start, piece_end))
        start = piece_end
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _covers(tokens: _Tokens, start: int, end: int) -> bool:
    """True when Kiwi's tokens reach the end of the span (Kiwi drops what is past 2,000)."""
    base, toks = tokens
    return bool(toks) and base + toks[-1].start + toks[-1].len >= end - 1 and base + toks[0].start >= start


def split_sentences(text: str, paragraphs: Sequence[tuple[int, str]]) -> tuple[Sentence, ...]:
    """Split paragraphs (``(offset, text)`` pairs of ``text``) into sentences with Kiwi.

    Every non-space character of every paragraph ends up in exactly one sentence.
    """
    kiwi = get_kiwi()
    jobs: list[tuple[int, int, str]] = []  # (paragraph index, absolute offset, block)
    for p_index, (p_offset, paragraph) in enumerate(paragraphs):
        for b_offset, block in _blocks(paragraph):
            jobs.append((p_index, p_offset + b_offset, block))
    results = kiwi.split_into_sents([analysis_view(block) for _, _, block in jobs], return_tokens=True)
    # (start, end, paragraph, Kiwi tokens with their offset, or None where Kiwi gave none)
    spans: list[tuple[int, int, int, _Tokens | None]] = []
    for (p_index, offset, block), sents in zip(jobs, results, strict=True):
        pos = 0
        for sent in sents:
            if block[pos : sent.start].strip():  # text Kiwi left out: keep it as a sentence
                spans.append((offset + pos, offset + sent.start, p_index, None))
            tokens = (offset, sent.tokens) if sent.start >= pos else None
            spans.append((offset + max(sent.start, pos), offset + sent.end, p_index, tokens))
            pos = max(pos, sent.end)
        if block[pos:].strip():
            spans.append((offset + pos, offset + len(block), p_index, None))
    pieces: list[tuple[int, int, int, _Tokens | None]] = []
    for start, end, p_index, tokens in spans:
        start, end = _trimmed(text, start, end)
        if start >= end:
            continue
        cut = _spans_of_long(text, start, end)
        complete = len(cut) == 1 and tokens is not None and _covers(tokens, start, end)
        pieces.extend((s, e, p_index, tokens if complete else None) for s, e in cut)
    missing = [i for i, piece in enumerate(pieces) if piece[3] is None]
    fresh = kiwi.tokenize([analysis_view(text[pieces[i][0] : pieces[i][1]]) for i in missing]) if missing else []
    for i, analysed in zip(missing, fresh, strict=True):
        pieces[i] = (*pieces[i][:3], (pieces[i][0], analysed))
    sentences = []
    for index, (start, end, p_index, found) in enumerate(pieces):
        base, toks = found if found is not None else (start, [])
        morphs = tuple(Morph(t.form, t.tag, base + t.start, base + t.start + t.len) for t in toks)
        sentences.append(Sentence(index, text[start:end], start, end, p_index, morphs))
    return tuple(sentences)


def preprocess(text: str, *, max_chars: int = MAX_CHARS) -> Document:
    """Clean a pasted Korean article and split it into sentences.

    Raises:
        InputError: the text is empty, binary, not Korean, too large, or nothing but
            site chrome.
    """
    check_text(text, max_chars)
    title, metadata, body, removed = _clean_lines(normalize_text(text).split("\n"))
    if not body:
        raise InputError(
            "기사 본문을 찾을 수 없습니다: 사이트 이름·메뉴·기자 정보·저작권 문구만 있습니다 "
            "(no article text after removing boilerplate)."
        )
    paragraphs: list[tuple[int, str]] = []
    offset = 0
    for paragraph in body:
        paragraphs.append((offset, paragraph))
        offset += len(paragraph) + len(_PARAGRAPH_SEP)
    cleaned = _PARAGRAPH_SEP.join(body)
    sentences = split_sentences(cleaned, paragraphs)
    logger.debug("preprocessed: %d paragraphs, %d sentences, %d lines removed", len(body), len(sentences), len(removed))
    return Document(title, cleaned, sentences, metadata, tuple(removed))
