"""Shortening a main clause that is still too long: the place phrases ("대강당에서", "공원 일원에") a bullet may
drop, phrase by phrase, and only those that drop safely (:func:`shorten`, for :mod:`kosum.engines.compress`)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress as _select

from ..pipeline.tuning import COMPRESS
from ..pipeline.vocab.bullets import PLACE_PARTICLES
from ..pipeline.vocab.sentences import TIME_NOUNS
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph
from . import arguments as ar
from . import clauses as cl
from .gapped import gapped_parallel
from .spans import render as _render

__all__ = ["content", "shorten"]


def _chunks(morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int) -> list[list[int]]:
    """The kept morphemes of ``[start, stop)`` as phrases: words (eojeol) up to one that ends
    in a particle, an adnominal ending or an adverb ("바다군 해양체험관에서")."""
    chunks: list[list[int]] = [[]]
    kept = list(_select(range(start, stop), keep[start:stop]))
    quotes = 0  # quotation marks seen: a quoted name is never split
    tag = ""  # the tag of the phrase's last word so far (punctuation and symbols aside)
    last = len(kept) - 1
    for n, i in enumerate(kept):
        m = morphs[i]
        chunks[-1].append(i)
        if m.tag[0] == "S":
            quotes += m.tag.startswith("SS") and m.form in ("'", '"')
            if m.tag == "SN":
                tag = m.tag
        else:
            tag = m.tag
        following = morphs[kept[n + 1]] if n < last else None
        if (following is not None and following.start <= m.end) or quotes % 2:
            continue  # the word goes on (or a quoted name does)
        # "지난 4월", "같은 날": an adnominal that makes a time phrase with its noun
        date = tag == "ETM" and following is not None and (following.tag == "SN" or following.form in TIME_NOUNS)
        if not date and (tag.startswith(("JKB", "JKO", "JKS", "JX", "ETM", "MAG")) or m.form == ","):
            chunks.append([])
            tag = ""
    merged: list[list[int]] = []
    for chunk in (c for c in chunks if c):
        head = [morphs[j].tag for j in chunk]
        if merged and head in (["NNG", "JKB"], ["NNG", "JKB", "SP"]) and _kind(morphs, merged[-1]) == "JKO":
            merged[-1] = merged[-1] + chunk  # "주민 1,200여 명을 대상으로" is one phrase
        else:
            merged.append(chunk)
    return merged


def content(morphs: Sequence[Morph], keep: Sequence[bool]) -> int:
    """How many of the kept morphemes are content (nouns, stems, numbers: ``clauses.CONTENT_TAGS``)."""
    return sum(1 for m, k in zip(morphs, keep, strict=True) if k and m.tag in cl.CONTENT_TAGS)


def _kind(morphs: Sequence[Morph], chunk: Sequence[int]) -> str:
    """The tag that ends a phrase; "JKB" for an adverbial particle tagged JX ("4월부터")."""
    words = [morphs[j] for j in chunk if not morphs[j].tag.startswith("S") or morphs[j].tag == "SN"]
    if not words:
        return ""
    last = words[-1]
    return "JKB" if last.tag == "JX" and last.form not in TOPIC_PARTICLES else last.tag


def shorten(text: str, morphs: Sequence[Morph], keep: list[bool], base: int, start: int, stop: int, limit: int) -> None:
    """Drop place phrases ("대강당에서", "공원 일원에") of the main clause ``[start, stop)``, from the left, until
    the bullet fits ``limit``. Only those that drop safely go: none with a date or a time, a fact or a condition
    ("…할 경우에"), none next to a comma (an element of a list), none that an adnominal clause takes as its argument
    ("본관에서 열린 …") or whose noun an adnominal modifies ("…했다는 점에서"), never the one next to the predicate."""
    chunks = _chunks(morphs, keep, start, stop)
    if len(chunks) < COMPRESS.min_chunks:
        return
    kinds = [_kind(morphs, chunk) for chunk in chunks]
    # "A에서 하루 12톤이 배출되고, B에서 …": the clause's first phrase parallels the kept clause before it
    after_comma = next((morphs[j].form == "," for j in range(start - 1, -1, -1) if keep[j]), False)
    for k in range(len(chunks) - 2):
        chunk = chunks[k]
        words = [morphs[j] for j in chunk if not morphs[j].tag.startswith("S")]
        if not kinds[k].startswith("JKB") or not keep[chunk[0]] or not words or words[-1].form not in PLACE_PARTICLES:
            continue
        if any(morphs[j].tag == "SN" or morphs[j].form in ar.KEPT_WORDS for j in chunk):
            continue
        if any(morphs[c[-1]].form == "," for c in chunks[max(k - 1, 0) : k + 2]) or (k == 0 and after_comma):
            continue  # one element of a coordination ("A로, B로", "A에서 한 명, B에서 …") never goes alone
        if gapped_parallel(morphs, chunks, k):
            continue  # "A를 가람에서, B는 누리에서 열기로": the second half of a gapped pair (engines/gapped)
        if kinds[k + 1] == "ETM" or ar.adnominal_phrase(morphs, chunks, k + 1) or (k and kinds[k - 1] == "ETM"):
            continue  # "본관에서 열린 행사": the adnominal clause's own argument; "합의했다는 점에서": its noun
        trial = list(keep)
        for j in chunk:
            trial[j] = False
        if content(morphs, trial) < COMPRESS.min_content:
            continue
        keep[:] = trial
        if len(_render(text, morphs, keep, base)) <= limit:
            return
