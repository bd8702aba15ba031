"""Typed, frozen results: :class:`Sentence`, :class:`Document`, :class:`Section`,
:class:`Bullet` and :class:`Summary`.

Every result has ``to_dict()`` returning plain JSON-safe data. Character offsets
(``start``/``end``) always point into the *cleaned* article text (``Document.text``,
``Summary.text``), so ``text[s.start:s.end] == s.text`` for every sentence.
``Summary.to_markdown()`` escapes every text it writes (:func:`md_escape`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Generic, NamedTuple, TypeGuard, TypeVar, overload

__all__ = [
    "Bullet",
    "Document",
    "Metadata",
    "Morph",
    "Morphemes",
    "Removed",
    "Section",
    "Sentence",
    "Summary",
    "md_escape",
]

# Markdown's inline syntax (emphasis, code, links and images, raw HTML, entities, strikethrough,
# table cells, math, a heading's closing #s, and the autolinks of URLs, e-mail addresses and
# www.): backslash-escaped, so that user text is shown as written and never markup.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&~|$:@#])|(?<=www)(\.)", re.IGNORECASE)
# What makes a line a block when it starts it: a quote, a list item, a thematic break, a setext
# underline, an ordered list's number (its "." or ")" is escaped); "#" is escaped everywhere.
_BLOCK_START = re.compile(r"[>+=-]|\d{1,9}(?=[.)])")


def md_escape(text: str) -> str:
    """``text`` on one line, every Markdown/HTML special character escaped, and nothing at its
    start that makes a block: safe anywhere a line of Markdown text goes (a paragraph, a list
    item, a heading, a table cell). ``md_escape("# <b>가</b>")`` is ``"\\# \\<b\\>가\\</b\\>"``."""
    line = _MARKDOWN_SPECIAL.sub(lambda m: "\\" + m.group(0), " ".join(str(text).split()))
    start = _BLOCK_START.match(line)
    if start is None:
        return line
    if start.group().isdigit():
        return f"{line[: start.end()]}\\{line[start.end() :]}"
    return "\\" + line


class Morph(NamedTuple):
    """One Kiwi morpheme: its form, part-of-speech tag and span in the cleaned text.

    A named tuple rather than a dataclass: an article has thousands, made on the hot path.
    """

    form: str
    tag: str
    start: int
    end: int


#: The attribute of a :class:`Sentence` that holds its per-sentence memo (:mod:`kosum.pipeline.memo`).
MEMO_ATTRIBUTE = "_memo"


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned article.

    Attributes:
        index: position among the article's sentences, from 0.
        text: the sentence as it stands in the cleaned text.
        start, end: character offsets into the cleaned text.
        paragraph: index of the paragraph (line block) it belongs to, from 0.
        morphs: Kiwi morphemes (not part of ``to_dict()``).
    """

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    morphs: tuple[Morph, ...] = field(default=(), repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the values :mod:`kosum.pipeline.memo` keeps on it."""
        return {name: value for name, value in self.__dict__.items() if name != MEMO_ATTRIBUTE}

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
        }


@dataclass(frozen=True)
class Metadata:
    """What preprocessing kept of the article's chrome: who wrote it and when."""

    reporter: str | None = None
    email: str | None = None
    date: str | None = None
    site: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Removed(NamedTuple):
    """A piece of the pasted text that cleaning removed, and the family it belongs to.

    Families: ``caption``, ``byline``, ``copyright``, ``attachment``, ``contact``, ``endmark``,
    ``chrome`` (page leftovers), ``teaser``, and ``header`` (site name, repeated title lines).
    """

    family: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"family": self.family, "text": self.text}


@dataclass(frozen=True)
class Document:
    """A cleaned article: title, subtitle, metadata, cleaned text and its sentences.

    ``subtitle`` holds the lines under the headline ("- … -", "◇ …"): neither the title nor
    article text, so never summary material. ``title_morphs`` are the title's Kiwi morphemes
    (offsets into the title), analysed with the text; empty where they were not.
    """

    title: str | None
    text: str
    sentences: tuple[Sentence, ...]
    metadata: Metadata = Metadata()
    removed: tuple[Removed, ...] = ()
    subtitle: str | None = None
    title_morphs: tuple[Morph, ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
            "removed": [r.to_dict() for r in self.removed],
        }


@dataclass(frozen=True)
class Bullet:
    """One bullet of a section: its text and the sentence indexes it comes from.

    ``warnings`` lists faithfulness notes about this bullet (for example a number
    that a generated bullet had and the article did not).
    """

    text: str
    sources: tuple[int, ...]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "sources": list(self.sources), "warnings": list(self.warnings)}


@dataclass(frozen=True)
class Section:
    """A part of the article about one topic: one card.

    Attributes:
        area: the card's label in the article's own words ("기업 유치", "청년일자리"), from its
            heading, its lead-in or list label, or its key noun phrase; unique in a summary.
        heading: the heading line as written, or ``None`` for a topic-segmented part.
        sentences: indexes of the sentences that belong to the section (heading excluded).
        bullets: the section's bullets.
        heading_sentence: index of the heading's own sentence, if it has one.
        policy: the policy-area tag from the lexicon ("일자리·고용", "복지"...), if one fits.
    """

    area: str
    heading: str | None
    sentences: tuple[int, ...]
    bullets: tuple[Bullet, ...] = ()
    heading_sentence: int | None = None
    policy: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "policy": self.policy,
            "heading": self.heading,
            "sentences": list(self.sentences),
            "heading_sentence": self.heading_sentence,
            "bullets": [b.to_dict() for b in self.bullets],
        }


@dataclass(frozen=True)
class Morphemes:
    """The content morphemes (``"form/tag"``: nouns, stems, roots, foreign words, numbers) of a
    summary's title, of each sentence of its summary and of each of its bullets, in order: what
    :func:`kosum.digest` compares releases by, kept so that a digest needs no second analysis.

    Where they live (the one place this is said): in memory on :attr:`Summary.morphemes` (like
    :attr:`Sentence.morphs`, not part of ``Summary.to_dict()``); on disk as the ``"morphemes"``
    field of a batch record, beside its ``"summary"`` (:func:`kosum.batch.writers.make_record`),
    which :class:`kosum.Release` reads back, so that a resumed run's digest is a fresh one's. They
    are read off the analysis summarizing already made (:mod:`kosum.engines.morphemes`); records
    written before they were kept have none, and the digest analyses those texts itself.

    Attributes:
        title: the title's (empty without a title).
        summary: each summary sentence's: the first is the lead's.
        bullets: each bullet's, sections in order, as ``[b for s in sections for b in s.bullets]``.
    """

    title: tuple[str, ...] = ()
    summary: tuple[tuple[str, ...], ...] = ()
    bullets: tuple[tuple[str, ...], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": list(self.title),
            "summary": [list(m) for m in self.summary],
            "bullets": [list(m) for m in self.bullets],
        }

    @classmethod
    def from_dict(cls, data: object) -> Morphemes | None:
        """The morphemes :meth:`to_dict` wrote, or ``None`` for anything else (a record without them)."""
        if not isinstance(data, dict):
            return None
        title, summary, bullets = data.get("title"), data.get("summary"), data.get("bullets")
        if not (_strings(title) and isinstance(summary, list) and isinstance(bullets, list)):
            return None
        if not all(_strings(m) for m in summary) or not all(_strings(m) for m in bullets):
            return None
        return cls(tuple(title), tuple(map(tuple, summary)), tuple(map(tuple, bullets)))


def _strings(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


_T = TypeVar("_T")


class _Deferred(Generic[_T]):
    """A field that may be given as a function of no arguments instead of its value: the
    function runs on the field's first read, and its value is kept (a :class:`Summary`'s
    morphemes, read only by a batch record or a digest, cost no CPU where nobody reads them).
    Pickles and :func:`dataclasses.replace` read the value."""

    def __init__(self, name: str) -> None:
        self._key = f"_{name}"

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> None: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T | None: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> _T | None:
        if obj is None:
            return None  # the field's default
        state = obj.__dict__
        value = state.get(self._key)
        if callable(value):
            value = state[self._key] = value()
        return value

    def __set__(self, obj: object, value: _T | Callable[[], _T | None] | None) -> None:
        obj.__dict__[self._key] = None if value is self else value


@dataclass(frozen=True)
class Summary:
    """The result of summarizing one article.

    Attributes:
        title: the article's title, if one was found.
        subtitle: the lines under the headline, if any.
        summary: the overall summary, a few sentences.
        summary_sources: indexes of the sentences the summary comes from.
        sections: one entry per policy area found, in article order.
        sentences: the cleaned article's sentences.
        text: the cleaned article text that sentence offsets point into.
        engine: ``"extractive"`` or ``"abstractive"``: which engine wrote the result.
        model: the seq2seq model used, or ``None`` for the extractive engine.
        warnings: notes for the user (fallbacks, faithfulness, chunking).
        metadata: reporter, date and site found by preprocessing.
        length: the summary sentences asked for: the ``sentences`` option when it is a count, else
            (``"auto"``) the count the article's length gives (see :mod:`kosum.pipeline.length`);
            the summary has fewer where the article has fewer. ``None`` where unknown.
        morphemes: the content morphemes of title, summary and bullets (:class:`Morphemes`; not
            part of ``to_dict()``), or ``None``; may be given as a function that makes them,
            called on first read.
    """

    title: str | None
    summary: str
    summary_sources: tuple[int, ...]
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    text: str
    engine: str
    model: str | None = None
    warnings: tuple[str, ...] = ()
    metadata: Metadata = Metadata()
    subtitle: str | None = None
    length: int | None = None
    morphemes: _Deferred[Morphemes] = field(default=_Deferred("morphemes"), repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        """The state to pickle, deferred morphemes made now (a function may not pickle)."""
        state = dict(self.__dict__)
        state["_morphemes"] = self.morphemes
        return state

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "summary": self.summary,
            "length": self.length,
            "summary_sources": list(self.summary_sources),
            "sections": [s.to_dict() for s in self.sections],
            "engine": self.engine,
            "model": self.model,
            "warnings": list(self.warnings),
            "metadata": self.metadata.to_dict(),
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
        }

    def to_markdown(self) -> str:
        """Render the summary as Markdown: title, summary, then one list per area. Every text is
        escaped (:func:`md_escape`: shown as written, never markup), and the title is one line:
        a title ``"가\\n---\\n# 가짜"`` is written ``# 가 --- \\# 가짜``. Without a title there is one
        "# 요약" heading, not "# 요약" and then "## 요약"."""
        lines: list[str] = [f"# {md_escape(self.title)}" if self.title else "# 요약", ""]
        if self.subtitle:
            # a line of the subtitle that is an item ("- …") stays one: the list is ours, its text escaped
            lines.extend(
                f"> - {md_escape(line[2:])}" if line.startswith("- ") else f"> {md_escape(line)}"
                for line in self.subtitle.split("\n")
            )
            lines.append("")
        if self.title:
            lines.extend(("## 요약", ""))
        lines.append(md_escape(self.summary))
        for section in self.sections:
            lines.append("")
            policy = " ".join(section.policy.replace("`", "").split()) if section.policy else ""
            lines.append(f"## {md_escape(section.area)}" + (f" `{policy}`" if policy else ""))
            if section.heading and section.heading != section.area:
                lines.append("")
                lines.append(f"*{md_escape(section.heading)}*")
            lines.append("")
            for bullet in section.bullets:
                lines.append(f"- {md_escape(bullet.text)}")
                lines.extend(f"  - ⚠ {md_escape(w)}" for w in bullet.warnings)
        if self.warnings:
            lines.append("")
            lines.append("## 알림")
            lines.append("")
            lines.extend(f"- {md_escape(w)}" for w in self.warnings)
        lines.append("")
        engine = self.engine if self.model is None else f"{self.engine} ({self.model})"
        lines.append(f"<sub>kosum · {md_escape(engine)}</sub>")
        return "\n".join(lines) + "\n"
