"""Preprocessing: from text as pasted off a Korean news site or press release to a clean
:class:`Document`.

Steps: input checks → normalization → line cleaning (:mod:`kosum.pipeline.cleaning`: boilerplate
families removed and listed with their family, headline, subtitle and metadata kept as fields,
broken lines joined, marker headings run into a line set on their own) → sentences split with
Kiwi, each with character offsets into the cleaned text and its paragraph index ("!" or "?"
inside quotes does not end a sentence).
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter
from typing import Any

from .._kiwi import get_kiwi
from ..errors import InputError
from ..options import MAX_CHARS
from ..types import Document, Morph, Removed, Sentence
from .cleaning import clean_lines, clean_title, lead_after_subtitle
from .normalize import analysis_view, check_text, letters, normalize_text
from .tuning import LINES, SENTENCES
from .vocab.common import HANGUL
from .vocab.headlines import HEADLINE_CUT
from .vocab.layout import GLUED_OPENER, QUOTATIVE, QUOTE_OPENS_NEXT, SOFT_BREAK
from .vocab.news import ASKING_TURNS
from .vocab.sentences import HEADLINE_ELLIPSIS, NOMINAL_ENDINGS

__all__ = ["MAX_SENTENCE_CHARS", "preprocess", "removal_warnings", "split_sentences"]

logger = logging.getLogger("kosum")

MAX_SENTENCE_CHARS = SENTENCES.max_sentence_chars
_BLOCK_CHARS = SENTENCES.block_chars
_PARALLEL_CHARS = SENTENCES.parallel_chars
_PARAGRAPH_SEP = "\n\n"
_PUNCTUATED_MIN_ENDS = SENTENCES.punctuated_min_ends
#: Kiwi tokens of a span, with the offset their positions are relative to.
_Tokens = tuple[int, list[Any]]
#: Kiwi tags of a predicate: verb, adjective and auxiliary stems (with their irregular
#: variants such as VV-I) and sentence-final endings.
_PREDICATE_TAGS = ("VV", "VA", "VX", "EF")


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
        for m in SOFT_BREAK.finditer(window):
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


def _within(tokens: _Tokens, start: int, end: int) -> _Tokens | None:
    """The tokens that start in the span [start, end), or ``None`` where there are none."""
    base, toks = tokens
    inside = [t for t in toks if start <= base + t.start < end]
    return (base, inside) if inside else None


def _joined(first: _Tokens | None, second: _Tokens | None) -> _Tokens | None:
    """The tokens of two spans of one Kiwi block joined into one, or ``None`` where either has none."""
    if first is None or second is None or first[0] != second[0]:
        return None
    return first[0], first[1] + second[1]


def _open_quote(piece: str) -> bool:
    return piece.count('"') % 2 == 1 or piece.count("'") % 2 == 1


def _name_closed(piece: str, after: str) -> bool:
    """True for a piece cut right after a quoted name that ends in "!" or "?" ("또한 '꽃길을 걸어요!'" + "행사를
    통해 …"): the name opened inside the piece, after words of its own, and the sentence goes on in Hangul."""
    if len(piece) < 3 or piece[-1] not in "'\"" or piece[-2] not in "!?" or not HANGUL.match(after[:1]):
        return False
    opening = piece.rfind(piece[-1], 0, len(piece) - 1)
    return opening > 0 and bool(piece[:opening].strip()) and piece[:opening].rstrip()[-1:] not in ".!?"


def _noun_read_as_ending(tokens: _Tokens | None, piece: str) -> bool:
    """True for a piece Kiwi ended inside a noun phrase, reading a noun's last syllable as the
    nominal ending ("당심 70%" → "당시" + "-ㅁ"): an ending glued to a noun, with no punctuation."""
    if tokens is None or len(tokens[1]) < 2 or piece[-1:] in ".!?":
        return False
    last, before = tokens[1][-1], tokens[1][-2]
    return last.tag == "EF" and last.form in NOMINAL_ENDINGS and before.tag.startswith("NN")


def _quotes_closed(
    text: str, spans: list[tuple[int, int, int, _Tokens | None]]
) -> list[tuple[int, int, int, _Tokens | None]]:
    """Join a sentence cut at "!" or "?" inside quotes ("'쓰레기 제로! 새솔 100!' 구호를") to the
    rest, and a quotative ending cut off after a closing quote ("…했다." / "고 말했다.")."""
    out: list[tuple[int, int, int, _Tokens | None]] = []
    for span in spans:
        if out:
            start, end, p_index, _ = out[-1]
            piece = text[start:end].rstrip()
            after = text[span[0] : span[1]].lstrip()
            cut_in_quote = (piece[-1:] in "!?" and _open_quote(piece)) or _name_closed(piece, after)
            # a quotative ("…했다.'" + "고 말했다."), or a word that runs on from the mark with no space ("'뉴스'" +
            # "를 묻는 …"): the closing mark is not the sentence's end
            glued = text[start + len(piece) : start + len(piece) + 1].isalpha() and span[0] == start + len(piece)
            quotative = piece[-1:] in "\"'" and (bool(QUOTATIVE.match(after)) or glued)
            if span[2] == p_index and _noun_read_as_ending(out[-1][3], piece):
                out[-1] = (start, span[1], p_index, None)  # analysed again, whole
                continue
            if span[2] == p_index and (cut_in_quote or quotative):
                tokens = _joined(out[-1][3], span[3])
                # "…일었다. '늑장 행정'" + "이라는 말은 …": the quote opens the next sentence
                m = QUOTE_OPENS_NEXT.search(piece) if quotative else None
                if m:
                    cut = start + m.start() + 1
                    out[-1] = (start, cut, p_index, tokens and _within(tokens, start, cut))
                    out.append((start + m.end(), span[1], p_index, tokens and _within(tokens, cut, span[1])))
                else:
                    out[-1] = (start, span[1], p_index, tokens)
                continue
        out.append(span)
    return out


def _unpunctuated(text: str, span: tuple[int, int, int, _Tokens | None]) -> bool:
    """True for a piece that ends in a Hangul letter, with no punctuation after it ("…쉰다")."""
    piece = text[span[0] : span[1]].rstrip()
    return bool(piece) and bool(HANGUL.match(piece[-1]))


def _bare_end(text: str, span: tuple[int, int, int, _Tokens | None]) -> bool:
    """True for an unpunctuated piece Kiwi ended on a final ending ("…쉰다", "…해 주다")."""
    if HEADLINE_ELLIPSIS in text[span[0] : span[1]]:
        return False  # "…체험수업…감수성 키운다": a headline run into the lead, ending where Kiwi ends it
    return span[3] is not None and span[3][1][-1].tag == "EF"


def _bare_ends_joined(
    text: str, spans: list[tuple[int, int, int, _Tokens | None]]
) -> list[tuple[int, int, int, _Tokens | None]]:
    """Join to the rest of its paragraph a piece Kiwi ended on a bare final ending, where the
    paragraph ends every other sentence with punctuation: such a writer ends a sentence with a
    period, and the bare "-다" is inside one (a clause quoted without marks, "…이튿날 연다 정도로
    여겼다"; "-다" for "-다가", "…홍보를 해 주다 적발됐다"; "…된다" + "고 밝혔다"; a name read as
    the nominal ending, "박가임 회장은 …"; one word needs no other end to tell). A paragraph of
    unpunctuated lines (a post, a chat) keeps Kiwi's ends."""
    unpunctuated = [i for i, span in enumerate(spans) if _unpunctuated(text, span)]
    out = list(spans)
    for i in reversed(unpunctuated):
        p_index = spans[i][2]
        if i + 1 >= len(spans) or spans[i + 1][2] != p_index:
            continue
        # no space between the two pieces: a cut inside a word ("…자료를 늘봄" + "학교 …"), never a sentence end
        glued = text[spans[i][1] - 1 : spans[i][1] + 1].isalnum() and spans[i + 1][0] == spans[i][1]
        if not glued and not _bare_end(text, spans[i]):
            continue
        if not glued and any(j != i and spans[j][2] == p_index for j in unpunctuated):
            continue  # another unpunctuated end in the paragraph: its writer may end sentences so
        lone_word = not text[spans[i][0] : spans[i][1]].strip().count(" ")
        if not glued and not lone_word and sum(span[2] == p_index for span in spans) - 1 < _PUNCTUATED_MIN_ENDS:
            continue  # one word is no sentence of its own: "김하늘임" a name, not "김하늘이다"
        start, _, _, tokens = out[i]
        nxt = out[i + 1]
        out[i : i + 2] = [(start, nxt[1], p_index, _joined(tokens, nxt[3]))]
    return out


def _glued_start(text: str, paragraph: tuple[int, int], at: int) -> bool:
    """True where a new sentence starts at ``at``, glued to the period before it: a digit
    ("…마쳤다.2024년 …"), or a quote mark that opens a quotation ("…지목됐다.'비용'은 …"): the
    marks of its kind before it in the paragraph are paired, one closes it later in the
    paragraph, and no quotative particle follows it (a mark closing a quote the sentence
    opened, "그는 '…끝났다.'라고 말했다", is followed by one)."""
    if not GLUED_OPENER.match(text, at):
        return False
    mark = text[at]
    if mark.isdigit():
        return True
    start, end = paragraph
    return (
        text.count(mark, start, at) % 2 == 0
        and text.find(mark, at + 1, end) != -1
        and not QUOTATIVE.match(text, at + 1)
    )


def _glued_ends(text: str, paragraph: tuple[int, int], start: int, end: int, tokens: _Tokens) -> list[int]:
    """Where in [start, end) a sentence end is glued to the next sentence: after a final ending
    and a period, where :func:`_glued_start` finds the next sentence's first letter."""
    base, toks = tokens
    return [
        base + t.start + t.len
        for before, t in pairwise(toks)
        if before.tag == "EF"
        and t.tag == "SF"
        and start < base + t.start + t.len < end
        and _glued_start(text, paragraph, base + t.start + t.len)
    ]


def _glued_cut(
    text: str, paragraphs: Sequence[tuple[int, str]], spans: list[tuple[int, int, int, _Tokens | None]]
) -> list[tuple[int, int, int, _Tokens | None]]:
    """Cut a piece where a sentence end is glued to the next sentence, with no space (pasted
    news: "…지목됐다.'비용'은 …", :func:`_glued_ends`); Kiwi reads on across such an end. A
    quote mark Kiwi left at the end of the sentence before goes over to the sentence it opens."""
    bounds = [(offset, offset + len(paragraph)) for offset, paragraph in paragraphs]
    joined: list[tuple[int, int, int, _Tokens | None]] = []
    for span in spans:  # "…밝혔다.\"" + "새 사업은 …\"": the mark back to its sentence first
        if joined and joined[-1][2] == span[2] and joined[-1][1] == span[0]:
            start, end, p_index, tokens = joined[-1]
            both = _joined(tokens, span[3])
            if both is not None and end - 1 in _glued_ends(text, bounds[p_index], start, span[1], both):
                joined[-1] = (start, span[1], p_index, both)
                continue
        joined.append(span)
    out: list[tuple[int, int, int, _Tokens | None]] = []
    for start, end, p_index, tokens in joined:
        cuts = _glued_ends(text, bounds[p_index], start, end, tokens) if tokens is not None else []
        for cut in cuts:
            out.append((start, cut, p_index, tokens and _within(tokens, start, cut)))
            start = cut
        out.append((start, end, p_index, tokens and _within(tokens, start, end) if cuts else tokens))
    return out


def split_sentences(
    text: str, paragraphs: Sequence[tuple[int, str]], title: str | None = None
) -> tuple[tuple[Sentence, ...], tuple[Morph, ...]]:
    """Split paragraphs (``(offset, text)`` pairs of ``text``) into sentences with Kiwi; the
    morphemes of ``title`` come with them, analysed in the same call (empty without a title).

    Every non-space character of every paragraph ends up in exactly one sentence.
    """
    parallel = len(text) >= _PARALLEL_CHARS
    jobs: list[tuple[int, int, str]] = []  # (paragraph index, absolute offset, block)
    for p_index, (p_offset, paragraph) in enumerate(paragraphs):
        for b_offset, block in _blocks(paragraph):
            jobs.append((p_index, p_offset + b_offset, block))
    views = [analysis_view(block) for _, _, block in jobs]
    analysed = _analysed([*views, title] if title else views, parallel)
    # the title as written (not its analysis view), as the ranking's own Kiwi call read it
    title_morphs = _morphs(0, analysed.pop()) if title else ()
    results = [_by_sentence(tokens) for tokens in analysed]
    # (start, end, paragraph, Kiwi tokens with their offset, or None where Kiwi gave none)
    spans: list[tuple[int, int, int, _Tokens | None]] = []
    for (p_index, offset, block), sents in zip(jobs, results, strict=True):
        pos = 0
        for sent in sents:  # a sentence runs from its first token's start to its last token's end
            first, end = sent[0].start, sent[-1].end
            if block[pos:first].strip():  # text Kiwi left out: keep it as a sentence
                spans.append((offset + pos, offset + first, p_index, None))
            tokens = (offset, sent) if first >= pos else None
            spans.append((offset + max(first, pos), offset + end, p_index, tokens))
            pos = max(pos, end)
        if block[pos:].strip():
            spans.append((offset + pos, offset + len(block), p_index, None))
    spans = _glued_cut(text, paragraphs, _bare_ends_joined(text, _quotes_closed(text, spans)))
    pieces: list[tuple[int, int, int, _Tokens | None]] = []
    for start, end, p_index, tokens in spans:
        start, end = _trimmed(text, start, end)
        if start >= end:
            continue
        cut = _spans_of_long(text, start, end)
        if tokens is None or not _covers(tokens, start, end):
            pieces.extend((s, e, p_index, None) for s, e in cut)
        elif len(cut) == 1:
            pieces.append((start, end, p_index, tokens))
        else:  # the pieces of an over-long sentence keep its analysis: Kiwi reads no text twice
            pieces.extend((s, e, p_index, _within(tokens, s, e)) for s, e in cut)
    missing = [i for i, piece in enumerate(pieces) if piece[3] is None]
    fresh = _analysed([analysis_view(text[pieces[i][0] : pieces[i][1]]) for i in missing], parallel)
    for i, analysed in zip(missing, fresh, strict=True):
        pieces[i] = (*pieces[i][:3], (pieces[i][0], analysed))
    sentences = []
    for index, (start, end, p_index, found) in enumerate(pieces):
        base, toks = found if found is not None else (start, [])
        sentences.append(Sentence(index, text[start:end], start, end, p_index, _morphs(base, toks)))
    return tuple(sentences), title_morphs


def _analysed(texts: list[str], parallel: bool) -> list[Any]:
    """Kiwi's tokens of each text: in Kiwi's worker threads where ``parallel``, else one text
    after another in this thread."""
    if not texts:
        return []
    kiwi = get_kiwi()
    return list(kiwi.tokenize(texts)) if parallel else [kiwi.tokenize(t) for t in texts]


_SENT_POSITION = attrgetter("sent_position")


def _by_sentence(tokens: list[Any]) -> list[list[Any]]:
    """Kiwi's tokens cut into its sentences, as ``split_sents`` cuts them, at less cost (by their
    ``sent_position``, which never decreases), each cut found by bisection: no call per token."""
    out = []
    lo, n = 0, len(tokens)
    while lo < n:
        hi = bisect_right(tokens, _SENT_POSITION(tokens[lo]), lo, n, key=_SENT_POSITION)
        out.append(tokens[lo:hi])
        lo = hi
    return out


def _morphs(base: int, tokens: list[Any]) -> tuple[Morph, ...]:
    """Kiwi tokens as morphemes with offsets from ``base`` (the hot loop: an article has thousands,
    so each is built as a plain tuple, without the named tuple's keyword handling)."""
    new = tuple.__new__
    return tuple([new(Morph, (t.form, t.tag, (start := base + t.start), start + t.len)) for t in tokens])


def _no_body(removed: Sequence[Removed]) -> str:
    """Why nothing of the text is left, in the words of what was cut: an interview's questions
    without their answers, or site chrome."""
    if any(r.family == "turn" and r.text.startswith(ASKING_TURNS) for r in removed):
        return (
            "기사 본문을 찾을 수 없습니다: 인터뷰의 질문(문·Q)만 있고 답변이 없습니다 "
            "(only an interviewer's questions, no answers)."
        )
    return (
        "기사 본문을 찾을 수 없습니다: 사이트 이름·메뉴·기자 정보·저작권 문구만 있습니다 "
        "(no article text after removing boilerplate)."
    )


def preprocess(text: str, *, max_chars: int = MAX_CHARS, title: str | None = None) -> Document:
    """Clean a pasted Korean article and split it into sentences; ``title`` (stripped, where it
    has more than spaces) overrides the one found in the text.

    Raises:
        InputError: the text is empty, binary, not Korean, too large, or nothing but
            site chrome or an interviewer's questions.
    """
    check_text(text, max_chars)
    cleaned_lines = clean_lines(normalize_text(text).split("\n"))
    body, removed = cleaned_lines.body, cleaned_lines.removed
    if not body:
        raise InputError(_no_body(removed))
    given = _whole_given(clean_title(title), cleaned_lines.title) if title and title.strip() else None
    title, subtitle = given or cleaned_lines.title, _with_header(cleaned_lines.subtitle, cleaned_lines.title, given)
    body, title, repeats = _without_repeated_headline(body, title)
    removed = (*removed, *(Removed("header", line) for line in repeats))
    title, subtitle = _whole_headline(title, subtitle)
    lead = lead_after_subtitle(body[0], title) if title else 0
    if lead:  # a subtitle run into the lead is the article's subtitle
        subtitle = "\n".join(filter(None, (subtitle, body[0][:lead].rstrip())))
        body = [body[0][lead:], *body[1:]]
    paragraphs: list[tuple[int, str]] = []
    offset = 0
    for paragraph in body:
        paragraphs.append((offset, paragraph))
        offset += len(paragraph) + len(_PARAGRAPH_SEP)
    cleaned = _PARAGRAPH_SEP.join(body)
    sentences, title_morphs = split_sentences(cleaned, paragraphs, title)
    logger.debug("preprocessed: %d paragraphs, %d sentences, %d lines removed", len(body), len(sentences), len(removed))
    return Document(title, cleaned, sentences, cleaned_lines.metadata, removed, subtitle, title_morphs)


def _without_repeated_headline(body: list[str], title: str | None) -> tuple[list[str], str | None, list[str]]:
    """``body`` without the headline its first lines repeat, without a final period ("…담아가세요" reads like a
    sentence): the lines among the first ``LINES.header_block_lines`` with the letters of ``title``, or where there is
    none, a first line the next one repeats (spacing and marks aside: "'새솔의 빛' 축제" then "'새솔의 빛'축제"),
    which is then the title; with the title and the lines taken."""
    head = [line for line in body[: LINES.header_block_lines] if len(line) <= LINES.title_max_chars]
    if title is None and len(head) > 1 and letters(head[0]) == letters(head[1]) and letters(head[0]):
        title = clean_title(head[0])
    key = letters(title or "")
    if not key:
        return body, title, []
    taken = [k for k, line in enumerate(head) if letters(line) == key and not line.rstrip("\"')]").endswith(".")]
    if len(taken) == len(body):
        return body, title, []  # the headline is all there is: it stays the text
    return [line for k, line in enumerate(body) if k not in taken], title, [body[k] for k in taken]


def _whole_given(given: str, found: str | None) -> str:
    """The ``given`` title, or the headline ``found`` in the text where ``given`` is that headline cut short by a
    listing ("…숲 체험 프로.." given, "…숲 체험 프로그램 마쳐" the text's first line): the whole one."""
    cut = HEADLINE_CUT.search(given)
    if not cut or not found or not letters(given[: cut.start()]):
        return given
    return found if letters(found).startswith(letters(given[: cut.start()])) else given


def _with_header(subtitle: str | None, found: str | None, given: str | None) -> str | None:
    """``subtitle``, led by the headline line ``found`` in the text where a ``given`` title overrides it and
    neither holds the other: a text that opens with its subtitle, its headline given apart ("…서 그림·사진전"
    under "…오세요"), keeps that line as its subtitle rather than losing it."""
    if not given or not found or letters(found) in letters(given) or letters(given) in letters(found):
        return subtitle
    return "\n".join(filter(None, (found, subtitle)))


def _whole_headline(title: str | None, subtitle: str | None) -> tuple[str | None, str | None]:
    """``title`` and ``subtitle``, where a headline cut short by its page ("…떡국 잔치 마..") is written
    whole by a subtitle line ("…떡국 잔치 마련"): that line is the headline, and no subtitle.

    >>> _whole_headline("새솔군, 떡국 잔치 마..", "새솔군, 떡국 잔치 마련")
    ('새솔군, 떡국 잔치 마련', None)
    """
    if not title or not subtitle or not HEADLINE_CUT.search(title):
        return title, subtitle
    key, lines = letters(title), subtitle.split("\n")
    whole = next((line for line in lines if letters(line).startswith(key) and letters(line) != key), None)
    if whole is None:
        return title, subtitle
    return clean_title(whole), "\n".join(line for line in lines if line != whole) or None


def _letters(text: str) -> int:
    return sum(map(str.isalnum, text))


def removal_warnings(doc: Document) -> tuple[str, ...]:
    """A note, in Korean, when cleaning removed more than
    :attr:`~kosum.pipeline.tuning.LineTuning.removed_warning_share` of the article's letters
    (the headline and its copies aside), with the count; else nothing.

    >>> removal_warnings(preprocess("새솔시는 청년 인턴 200명을 뽑는다고 밝혔다."))
    ()
    """
    removed = sum(_letters(r.text) for r in doc.removed if r.family != "header")
    if not removed:  # nothing removed but the header: no letter of the text needs counting
        return ()
    total = removed + _letters(doc.text) + _letters(doc.subtitle or "")  # a subtitle is kept, out of the text
    if not total or removed <= LINES.removed_warning_share * total:
        return ()
    return (
        f"원문 글자 {total:,}자 가운데 {removed:,}자({removed / total:.0%})를 기자 정보·사진 설명·사이트 요소 등으로 "
        "보고 뺐습니다. 빠진 내용이 없는지 원문을 확인하세요.",
    )
