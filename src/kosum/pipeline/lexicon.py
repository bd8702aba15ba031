"""The policy-area lexicon shipped as ``kosum/data/areas.json``.

Each area has a display name ("일자리·고용"), aliases that headings use for it
("일자리", "고용") and keywords. A text scores an area by the keywords it contains;
a keyword weighs more the longer (more specific) it is. Matching is on the surface
text, leftmost-longest, so "청년일자리" counts once, for 청년, not also for 일자리.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Area", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Area:
    name: str
    aliases: tuple[str, ...]
    keywords: tuple[tuple[str, float], ...]


class Lexicon:
    """Scores texts against the policy areas."""

    def __init__(self, areas: tuple[Area, ...]) -> None:
        self.areas = areas
        self._owner: dict[str, tuple[int, float]] = {}
        for i, area in enumerate(areas):
            weighted = (*area.keywords, *((alias, 1.0) for alias in (*area.aliases, area.name)))
            for word, weight in weighted:
                self._owner.setdefault(word.lower(), (i, weight))
        words = sorted(self._owner, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
        self._alias = {re.sub(r"\s+", "", w.lower()): i for i, a in enumerate(areas) for w in (a.name, *a.aliases)}

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.areas)

    def scores(self, text: str) -> list[float]:
        """One score per area: the weighted count of its keywords in ``text``."""
        out = [0.0] * len(self.areas)
        for m in self._pattern.finditer(text):
            word = m.group(0)
            area, weight = self._owner[word.lower()]
            out[area] += weight * (1.0 + 0.25 * max(0, len(word) - 2))
        return out

    def best(self, text: str, minimum: float = 1.0) -> str | None:
        """The display name of the best-scoring area of ``text``, if it scores ``minimum``."""
        scores = self.scores(text)
        top = max(range(len(scores)), key=scores.__getitem__)
        return self.areas[top].name if scores[top] >= minimum else None

    def canonical(self, label: str) -> str | None:
        """The display name of the area a heading label names ("청년 일자리" → "청년")."""
        key = re.sub(r"\s+", "", label.lower())
        if key in self._alias:
            return self.areas[self._alias[key]].name
        return None


@cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with kosum (read once per process)."""
    raw = json.loads(resources.files("kosum").joinpath("data/areas.json").read_text("utf-8"))
    areas = tuple(
        Area(
            a["name"],
            tuple(a.get("aliases", ())),
            tuple((k, 1.0) if isinstance(k, str) else (k[0], float(k[1])) for k in a.get("keywords", ())),
        )
        for a in raw["areas"]
    )
    return Lexicon(areas)
