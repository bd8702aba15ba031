"""A day's releases as one digest by policy area: :func:`digest` and its :class:`Digest`.

Each summary goes to the policy area of its cards (the tag covering most of its sentences; none:
:data:`OTHER_AREA`). Within an area, releases about the same event (the province and the county
announcing one festival) are found with MinHash LSH (datasketch) over Kiwi morpheme shingles of
title + summary and merged into one :class:`DigestEntry` that lists every source. The morphemes are
those the summaries keep (:class:`~kosum.types.Morphemes`, in a batch record's ``"morphemes"``):
the digest analyses only the texts of summaries that keep none (records written before they were
kept, :class:`Release` objects made by hand). Rendering (Markdown, one offline HTML page) lives in
:mod:`kosum.batch.digest_render`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from .._kiwi import get_kiwi
from ..engines.morphemes import analysed
from ..errors import KosumError, UsageError
from ..types import Morphemes, Summary

__all__ = ["OTHER_AREA", "Digest", "DigestArea", "DigestEntry", "DigestSource", "Release", "digest"]

logger = logging.getLogger("kosum")

#: The area of a release whose cards carry no policy tag.
OTHER_AREA = "기타"


@dataclass(frozen=True)
class DuplicateTuning:
    """Thresholds of the near-duplicate search (one home for them).

    Attributes:
        num_perm: MinHash permutations (more: a closer Jaccard estimate, slower).
        threshold: least estimated Jaccard similarity of two releases' shingles to be one event.
        shingle: morphemes per shingle (1: the content morphemes themselves, plus n-grams up to it).
        bullet_cover: share of a bullet's morphemes already said in the entry that makes it a repeat.
    """

    num_perm: int = 128
    threshold: float = 0.4
    shingle: int = 1
    bullet_cover: float = 0.8


DUPLICATES = DuplicateTuning()

#: The LSH bands and rows datasketch finds best for ``(threshold, num_perm)``, worked out once here
#: (datasketch integrates for them, about 40 ms a digest; tests/test_digest_morphemes.py checks them);
#: other settings are left to datasketch.
LSH_PARAMS: dict[tuple[float, int], tuple[int, int]] = {(0.4, 128): (32, 4)}


@dataclass(frozen=True)
class Release:
    """One summarized release and where it comes from, as the digest lists it.

    >>> Release.of(summary, office="순천시", link="https://…", where="pool.jsonl#12")

    Attributes:
        title: the release's title (``None``: the summary's first sentence stands for it).
        summary: the overall summary.
        lead: the summary's first sentence.
        bullets: every bullet, in article order.
        policy: the policy-area tag covering most of the release's card sentences, if any.
        office, date, link: who published it, when, and its address, when known.
        where: the file (or ``file#row``) it was read from.
        lead_source, bullet_sources: the article sentences the lead and each bullet come from, where
            known: a bullet drawn from the lead's sentence alone repeats it.
        morphemes: the content morphemes the summary keeps (``None``: the digest analyses its texts).
    """

    title: str | None
    summary: str
    lead: str
    bullets: tuple[str, ...] = ()
    policy: str | None = None
    office: str | None = None
    date: str | None = None
    link: str | None = None
    where: str | None = None
    lead_source: int | None = None
    bullet_sources: tuple[tuple[int, ...], ...] = ()
    morphemes: Morphemes | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(
        cls,
        summary: Summary,
        *,
        office: str | None = None,
        date: str | None = None,
        link: str | None = None,
        where: str | None = None,
    ) -> Release:
        """The release of a :class:`~kosum.Summary`; office and date default to its metadata."""
        data = summary.to_dict()
        return cls.from_dict(data, summary.morphemes, office=office, date=date, link=link, where=where)

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        morphemes: Morphemes | Mapping[str, Any] | None = None,
        *,
        office: str | None = None,
        date: str | None = None,
        link: str | None = None,
        where: str | None = None,
    ) -> Release:
        """The release of a summary as :meth:`Summary.to_dict` (and kosum's outputs) hold it, with
        the morphemes it keeps (a record's ``"morphemes"``; ignored where they do not fit it)."""
        sentences = [s.get("text", "") for s in data.get("sentences") or ()]
        sources = [i for i in data.get("summary_sources") or () if isinstance(i, int) and 0 <= i < len(sentences)]
        text = str(data.get("summary") or "")
        lead_source = sources[0] if sources and text.startswith(sentences[sources[0]]) else None
        lead = sentences[lead_source] if lead_source is not None else _first_sentence(text)
        weights: dict[str, int] = {}
        for section in data.get("sections") or ():
            if section.get("policy"):
                weights[section["policy"]] = weights.get(section["policy"], 0) + max(
                    1, len(section.get("sentences") or ())
                )
        policy = max(weights, key=lambda p: weights[p]) if weights else None  # ties: the first card's
        metadata = data.get("metadata") or {}
        items = [b for s in data.get("sections") or () for b in s.get("bullets") or ()]
        kept = morphemes if isinstance(morphemes, Morphemes) else Morphemes.from_dict(morphemes)
        if kept is not None and (len(kept.bullets) != len(items) or bool(kept.summary) != bool(text.strip())):
            kept = None
        return cls(
            title=data.get("title") or None,
            summary=text,
            lead=lead,
            bullets=tuple(b["text"] for b in items),
            policy=policy,
            office=office or metadata.get("site"),
            date=date or metadata.get("date"),
            link=link,
            where=where,
            lead_source=lead_source,
            bullet_sources=tuple(tuple(b.get("sources") or ()) for b in items),
            morphemes=kept,
        )


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` as Kiwi splits it (the whole text when it is one)."""
    if not text.strip():
        return ""
    sentences = get_kiwi().split_into_sents(text)
    return sentences[0].text if sentences else text


@dataclass(frozen=True)
class DigestSource:
    """One source of an entry: office, date, link and the file or row it was read from."""

    office: str | None
    date: str | None
    link: str | None
    where: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"office": self.office, "date": self.date, "link": self.link, "where": self.where}


@dataclass(frozen=True)
class DigestEntry:
    """One event: its title, the first sentence of its summary, the bullets not said elsewhere in
    the entry, and every release that announced it."""

    title: str
    lead: str
    bullets: tuple[str, ...]
    sources: tuple[DigestSource, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "lead": self.lead,
            "bullets": list(self.bullets),
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(frozen=True)
class DigestArea:
    """A policy area and its events, in input order."""

    name: str
    entries: tuple[DigestEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "entries": [e.to_dict() for e in self.entries]}


@dataclass(frozen=True)
class Digest:
    """A day's releases by policy area, the areas holding most events first.

    Attributes:
        areas: the policy areas (:data:`OTHER_AREA` for releases without a tag).
        failures: inputs that could not be read or summarized: ``(file or row, message)``.
        title: the page's title.
    """

    areas: tuple[DigestArea, ...]
    failures: tuple[tuple[str, str], ...] = ()
    title: str = "보도자료 요약 모음"

    @property
    def entries(self) -> int:
        """How many events the digest holds."""
        return sum(len(a.entries) for a in self.areas)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "areas": [a.to_dict() for a in self.areas],
            "failures": [{"where": w, "error": m} for w, m in self.failures],
        }

    def to_markdown(self) -> str:
        """The digest as Markdown: a table of contents, then one section per area (every text escaped)."""
        from .digest_render import digest_markdown

        return digest_markdown(self)

    def to_html(self) -> str:
        """The digest as one self-contained HTML page (inline CSS, no scripts, every text escaped)."""
        from .digest_render import digest_html

        return digest_html(self)


def _minhash_module() -> Any:
    try:
        import datasketch  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - datasketch is a dependency
        raise KosumError("kosum digest needs datasketch (near-duplicate search): pip install datasketch") from exc
    return datasketch


@dataclass
class _Grouping:
    """Union-find over the releases of one area."""

    parent: list[int] = field(default_factory=list)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _shingles(morphs: Sequence[str], size: int) -> set[str]:
    return {" ".join(morphs[i : i + n]) for n in range(1, size + 1) for i in range(len(morphs) - n + 1)}


def shingles(text: str, size: int = DUPLICATES.shingle) -> set[str]:
    """The morpheme shingles of ``text``: each content morpheme and each run of up to ``size``,
    e.g. ``shingles("순천시 축제 개최")`` holds ``"축제/NNG"``."""
    return _shingles(analysed([text])[0], size)


def _analyse(releases: Sequence[Release]) -> list[tuple[str, ...]]:
    """The content morphemes of each release's title + summary: those it keeps, else analysed
    (one batched Kiwi call for all that keep none)."""
    fresh = iter(analysed([f"{r.title or ''}\n{r.summary}" for r in releases if r.morphemes is None]))
    return [
        next(fresh) if r.morphemes is None else (*r.morphemes.title, *chain.from_iterable(r.morphemes.summary))
        for r in releases
    ]


def same_events(releases: Sequence[Release], tuning: DuplicateTuning = DUPLICATES) -> list[list[int]]:
    """The releases grouped by event: lists of indexes into ``releases``, in input order.

    >>> same_events([a, b, c])  # a and b announce one festival
    [[0, 1], [2]]
    """
    return _events(_analyse(releases), [""] * len(releases), tuning)


def _events(morphs: Sequence[Sequence[str]], areas: Sequence[str], tuning: DuplicateTuning) -> list[list[int]]:
    """Indexes grouped by event: near duplicates (MinHash LSH) within one area."""
    if not morphs:
        return []
    datasketch = _minhash_module()
    hashed: dict[bytes, int] = {}  # a morpheme shared by many releases is hashed once

    def hash_once(shingle: bytes) -> int:
        value = hashed.get(shingle)
        if value is None:
            value = hashed[shingle] = datasketch.hashfunc.sha1_hash32(shingle)
        return value

    signatures = datasketch.MinHash.bulk(
        [[s.encode("utf-8") for s in _shingles(m, tuning.shingle)] for m in morphs],
        num_perm=tuning.num_perm,
        hashfunc=hash_once,
    )
    params = LSH_PARAMS.get((tuning.threshold, tuning.num_perm))
    lsh = datasketch.MinHashLSH(threshold=tuning.threshold, num_perm=tuning.num_perm, params=params)
    groups = _Grouping(list(range(len(morphs))))
    for i, signature in enumerate(signatures):
        for j in lsh.query(signature):
            if areas[j] == areas[i] and signature.jaccard(signatures[j]) >= tuning.threshold:
                groups.join(int(j), i)
        lsh.insert(i, signature)
    events: dict[int, list[int]] = {}
    for i in range(len(morphs)):
        events.setdefault(groups.find(i), []).append(i)
    return list(events.values())


def _repeats_lead(release: Release, number: int) -> bool:
    """Whether bullet ``number`` of ``release`` is drawn from the lead's sentence alone."""
    sources = release.bullet_sources[number] if number < len(release.bullet_sources) else ()
    return release.lead_source is not None and set(sources) == {release.lead_source}


def _said(items: Sequence[tuple[Release, int | None]]) -> list[tuple[str, ...]]:
    """The content morphemes of each release's lead (``None``) or bullet ``n``: those it keeps,
    else analysed (one batched Kiwi call for all the others)."""
    known: list[tuple[str, ...] | None] = []
    for release, n in items:
        kept = release.morphemes
        if kept is None:
            known.append(None)
        else:
            known.append((kept.summary[0] if kept.summary else ()) if n is None else kept.bullets[n])
    missing = [r.lead if n is None else r.bullets[n] for (r, n), k in zip(items, known, strict=True) if k is None]
    fresh = iter(analysed(missing))
    return [next(fresh) if k is None else k for k in known]


def _entry(members: Sequence[Release], tuning: DuplicateTuning) -> DigestEntry:
    """One entry for the releases of one event: the first one's title and lead, then the bullets
    not said already. One release: those not drawn from the lead's sentence alone; several: those
    whose morphemes are not mostly said in the lead or an earlier bullet."""
    first = members[0]
    picked = [(m, n) for m in members for n in range(len(m.bullets)) if not _repeats_lead(m, n)]
    candidates = [m.bullets[n] for m, n in picked]
    bullets: list[str] = candidates if len(members) == 1 else []
    if len(members) > 1:
        lead, *morphs = _said([(first, None), *picked])
        said = set(lead)
        for text, found in zip(candidates, morphs, strict=True):
            if found and len(set(found) & said) < tuning.bullet_cover * len(set(found)):
                bullets.append(text)
                said |= set(found)
    sources = tuple(DigestSource(m.office, m.date, m.link, m.where) for m in members)
    return DigestEntry(first.title or first.lead, first.lead, tuple(bullets), sources)


def digest(
    summaries: Iterable[Summary | Release],
    *,
    failures: Iterable[tuple[str, str]] = (),
    title: str | None = None,
    tuning: DuplicateTuning = DUPLICATES,
) -> Digest:
    """Group summaries by policy area and merge the releases about one event into one entry.

    >>> d = digest([summarize(a) for a in releases])
    >>> [(area.name, len(area.entries)) for area in d.areas]
    [('문화·관광', 3), ('복지', 2), ('기타', 1)]

    Args:
        summaries: :class:`~kosum.Summary` objects, or :class:`Release` objects that also say
            where each comes from (office, date, link, file or row).
        failures: inputs that could not be summarized, ``(file or row, message)``, listed as such.
        title: the page's title (default: ``Digest``'s).

    Raises:
        UsageError: an item that is neither a Summary nor a Release.
    """
    releases: list[Release] = []
    for number, item in enumerate(summaries):
        if isinstance(item, Summary):
            releases.append(Release.of(item))
        elif isinstance(item, Release):
            releases.append(item)
        else:
            raise UsageError(f"summaries[{number}] must be a Summary or a Release, not {item!r}")
    areas_of = [r.policy or OTHER_AREA for r in releases]
    by_area: dict[str, list[list[Release]]] = {name: [] for name in areas_of}
    for event in _events(_analyse(releases), areas_of, tuning):
        by_area[areas_of[event[0]]].append([releases[i] for i in event])
    areas = [DigestArea(name, tuple(_entry(e, tuning) for e in events)) for name, events in by_area.items()]
    # most events first; ties keep the order areas were met, "기타" last among equals
    areas.sort(key=lambda a: (-len(a.entries), a.name == OTHER_AREA))
    extra = {"title": title} if title is not None else {}
    logger.info(
        "digest: %d releases, %d areas, %d entries", len(releases), len(areas), sum(len(a.entries) for a in areas)
    )
    return Digest(tuple(areas), tuple((str(w), str(m)) for w, m in failures), **extra)
