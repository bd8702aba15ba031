"""The abstractive engine: a seq2seq model (KoBART) writes the summary and the section bullets.

* **Overall summary**: the article's sentences (headings left out) go to the model in
  news order (:func:`kosum.engines.ranking.news_order`: the lead first, quotes, lists and
  contact lines last). An article over the model's input window (1,024 tokens for KoBART,
  measured with its tokenizer) is never truncated: it is packed into chunks of whole
  sentences, each chunk is summarized, and the partial summaries are summarized again
  (map-reduce) until one input fits. The result records it in its warnings.
* **Bullets**: each card of :mod:`kosum.pipeline.cards` is summarized on its own (with the
  same map-reduce when it is long); the generated sentences become 개조식 bullets through
  :func:`kosum.engines.bullets.make_bullet`, like the extractive engine's (its fallback
  bullets follow the same rules: reported speech is never one). A section made of an item
  list ("△A △B") keeps its items.
* **Sources**: a generated bullet's ``sources`` are the section's sentences that support it
  best (greedy cover of its content terms, :func:`align`); the summary's likewise. A bullet
  that no sentence supports is replaced by the section's best extractive bullet not yet used,
  with a warning: every bullet has its sources.
* **Faithfulness** (:mod:`kosum.engines.guard`, on by default): a bullet stating a number its section
  does not state, or a name the article does not, is replaced by the section's best extractive bullet not yet
  used; a summary doing so is replaced by the extractive summary. Each replacement leaves a
  warning naming the unsupported words.

Generation is batched across documents and sections, grouped by length
(:meth:`~kosum.backends.Seq2SeqModel.generate`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .._kiwi import get_kiwi
from ..backends import Seq2SeqModel
from ..options import GenerationOptions, SummaryOptions
from ..pipeline.length import summary_length
from ..pipeline.structure import Structure
from ..pipeline.tuning import ABSTRACTIVE
from ..types import Bullet, Document, Section, Sentence
from .base import Article, Engine, EngineSetup
from .bullets import bullet_for, make_bullet
from .cues import is_speech
from .features import analyze, content_terms
from .form import defect, unbalanced
from .guard import Guard, guard_warning
from .ranking import news_order
from .result import EngineResult

__all__ = ["AbstractiveEngine", "abstract", "align", "pack", "split_generated"]


@dataclass
class _Job:
    """One text to summarize: its current input pieces (sentences, later partial summaries)."""

    pieces: list[str]
    size: int
    chunks: int = 0
    tokens: int = 0
    truncated: bool = False
    text: str = ""


def _split_long(model: Seq2SeqModel, piece: str, budget: int) -> list[str]:
    """A piece over ``budget`` tokens, split at spaces (or, for one huge word, by characters)."""
    words = [w for word in piece.split() for w in _chop(word, budget)]
    parts: list[str] = []
    current: list[str] = []
    used = 0
    empty = model.count_tokens([""])[0]
    for word, n in zip(words, model.count_tokens(words), strict=True):
        n -= empty
        if current and used + n > budget:
            parts.append(" ".join(current))
            current, used = [], 0
        current.append(word)
        used += n
    if current:
        parts.append(" ".join(current))
    return parts


def _chop(word: str, budget: int) -> list[str]:
    step = max(1, budget // 2)
    return [word[i : i + step] for i in range(0, len(word), step)] if len(word) > step else [word]


def _fit(model: Seq2SeqModel, pieces: list[str]) -> list[list[str]]:
    """``pieces`` as one chunk, or halved until every chunk fits the window."""
    if len(pieces) == 1 or model.count_tokens([" ".join(pieces)])[0] <= model.max_input_tokens:
        return [pieces]
    middle = len(pieces) // 2
    return _fit(model, pieces[:middle]) + _fit(model, pieces[middle:])


def pack(model: Seq2SeqModel, pieces: Sequence[str]) -> list[str]:
    """Pack ``pieces`` (sentences), in order, into as few balanced chunks as fit the model's
    window; a piece too long on its own is split first. Returns the chunks' texts."""
    empty = model.count_tokens([""])[0]
    budget = model.max_input_tokens - empty
    sized: list[tuple[str, int]] = []
    for piece, n in zip(pieces, model.count_tokens(pieces), strict=True):
        if n - empty > budget:
            parts = _split_long(model, piece, budget)
            sized.extend(zip(parts, (c - empty for c in model.count_tokens(parts)), strict=True))
        elif piece.strip():
            sized.append((piece, n - empty))
    total = sum(n for _, n in sized)
    target = total / max(1, math.ceil(total / budget))
    chunks: list[list[str]] = []
    used = 0
    for piece, n in sized:
        if not chunks or (chunks[-1] and (used + n > budget or used >= target)):
            chunks.append([])
            used = 0
        chunks[-1].append(piece)
        used += n
    return [" ".join(chunk) for group in chunks for chunk in _fit(model, group)]


def _run(model: Seq2SeqModel, jobs: Sequence[_Job], generation: GenerationOptions) -> None:
    """Summarize every job, map-reduce where needed, in batched rounds."""
    window = model.max_input_tokens
    active = [i for i, job in enumerate(jobs) if job.pieces]
    for round_ in range(ABSTRACTIVE.max_rounds):
        if not active:
            return
        plans = {i: pack(model, jobs[i].pieces) for i in active}
        if round_ == 0:
            for i in active:
                jobs[i].chunks = len(plans[i])
                jobs[i].tokens = model.count_tokens([" ".join(jobs[i].pieces)])[0]
        if round_ == ABSTRACTIVE.max_rounds - 1:
            for i in active:
                jobs[i].truncated = len(plans[i]) > 1
                plans[i] = plans[i][:1]
        # one generation call per set of lengths (all jobs alike when the lengths are fixed)
        by_options: dict[GenerationOptions, list[tuple[int, str]]] = defaultdict(list)
        for i in active:
            by_options[generation.sized(jobs[i].size, window)].extend((i, text) for text in plans[i])
        outputs: dict[int, list[str]] = defaultdict(list)
        for options, items in by_options.items():
            texts = model.generate([text for _, text in items], options)
            for (i, _), out in zip(items, texts, strict=True):
                outputs[i].append(out)
        next_active = []
        for i in active:
            done = [text for text in outputs[i] if text]
            if len(plans[i]) == 1 or not done:
                jobs[i].text = done[0] if done else ""
            else:
                jobs[i].pieces = done
                next_active.append(i)
        active = next_active


def split_generated(text: str) -> list[str]:
    """The sentences of a generated text."""
    if not text.strip():
        return []
    return [s.text.strip() for s in get_kiwi().split_into_sents(text) if s.text.strip()]


def align(text: str, candidates: Sequence[Sentence], limit: int = ABSTRACTIVE.max_sources) -> tuple[int, ...]:
    """Indexes of the ``candidates`` that support ``text`` best: a greedy cover of its content
    terms (the sentence sharing most, then those adding at least a quarter more), in order."""
    terms = set(content_terms(analyze(text)))
    bags = {s.index: set(content_terms(s.morphs)) & terms for s in candidates}
    covered: set[str] = set()
    picked: list[int] = []
    while len(picked) < min(limit, len(bags)):
        best = max((i for i in bags if i not in picked), key=lambda i: (len(bags[i] - covered), len(bags[i]), -i))
        gain = len(bags[best] - covered)
        if gain == 0 or (picked and gain < max(2, len(terms) / 4)):
            break
        picked.append(best)
        covered |= bags[best]
    return tuple(sorted(picked))


def _chunk_warning(job: _Job, window: int, where: str = "") -> list[str]:
    notes = []
    place = f"[{where}] " if where else "기사가 "
    if job.chunks > 1:
        notes.append(
            f"{place}모델 입력 한도({window:,} 토큰)보다 길어 {job.chunks}개 부분으로 나누어 요약했습니다 "
            f"(input of {job.tokens:,} tokens over the model window of {window:,}: map-reduce over {job.chunks} chunks)"
        )
    if job.truncated:
        notes.append(
            f"{place}요약을 {ABSTRACTIVE.max_rounds}번 줄여도 한도를 넘어 첫 부분만 썼습니다 (input truncated)"
        )
    return notes


def _unaligned_warning(where: str) -> str:
    return f"[{where}] 생성한 항목을 뒷받침하는 문장이 없어 원문 문장으로 대체했습니다 (no supporting sentence)"


def _empty_warning(where: str = "") -> str:
    place = f"[{where}] " if where else ""
    return f"{place}모델이 빈 요약을 생성해 원문 문장으로 대체했습니다 (the model generated nothing)"


class _Assembler:
    """Turns one article's generated texts into its summary and sections."""

    def __init__(self, doc: Document, structure: Structure, ext: EngineResult, options: SummaryOptions) -> None:
        self.doc, self.structure, self.ext, self.options = doc, structure, ext, options
        self.article = f"{doc.title or ''}\n{doc.text}"
        self.warnings: list[str] = []

    def summary(self, job: _Job, guard: bool, window: int) -> tuple[str, tuple[int, ...]]:
        self.warnings.extend(_chunk_warning(job, window))
        extractive = (self.ext.summary, self.ext.summary_sources)
        text = " ".join(split_generated(job.text)[: job.size])
        if not text:
            self.warnings.append(_empty_warning())
            return extractive
        bad = Guard(self.article).unsupported(text) if guard else ()
        if bad:
            self.warnings.append(guard_warning(bad, "요약"))
            return extractive
        eligible = [s for s in self.doc.sentences if self.structure.roles[s.index] != "heading"]
        sources = {i for sentence in split_generated(text) for i in align(sentence, eligible or self.doc.sentences)}
        return text, tuple(sorted(sources))

    def _fallback(self, section: Section, used: set[int]) -> Bullet | None:
        roles = self.structure.roles
        body = [i for i in section.sentences if roles[i] == "body"] or list(section.sentences)
        body = [i for i in body if not is_speech(self.doc.sentences[i].text)]  # speech is never a bullet
        # the extractive engine's rules: the best unused sentence whose bullet is sound, else the best
        first: Bullet | None = None
        for i in sorted(body, key=lambda i: (-self.ext.scores[i], i)):
            if i not in used:
                bullet = bullet_for(self.doc.sentences[i], self.options.bullet_style)
                if not defect(bullet.text) and not unbalanced(self.doc.sentences[i].text):
                    return bullet
                first = first or bullet
        return first

    def section(self, section: Section, job: _Job, guard: bool, window: int) -> Section:
        self.warnings.extend(_chunk_warning(job, window, section.area))
        sentences = [self.doc.sentences[i] for i in section.sentences]
        source = " ".join(s.text for s in sentences)
        if section.heading:
            source = f"{section.heading} {source}"
        checker = Guard(source, names=self.article) if guard else None
        bullets: list[Bullet] = []
        used: set[int] = set()
        for generated in split_generated(job.text):
            if len(bullets) >= job.size:
                break
            if len(set(content_terms(analyze(generated)))) < ABSTRACTIVE.min_terms:  # a fragment ("같음"), not a bullet
                continue
            text = make_bullet(generated, (), 0, self.options.bullet_style)
            if not text or defect(text) or any(b.text == text for b in bullets):
                continue  # a generated bullet broken in form is not shown
            bad = checker.unsupported(generated) if checker else ()
            sources = () if bad else align(text, sentences)
            if sources:
                bullet = Bullet(text, sources)
            else:
                warning = guard_warning(bad, section.area) if bad else _unaligned_warning(section.area)
                self.warnings.append(warning)
                fallback = self._fallback(section, used)
                if fallback is None or any(b.text == fallback.text for b in bullets):
                    continue
                bullet = Bullet(fallback.text, fallback.sources, (warning,))
            bullets.append(bullet)
            used.update(bullet.sources)
        if not bullets:
            self.warnings.append(_empty_warning(section.area))
            return section
        return replace(section, bullets=tuple(bullets))


def abstract(
    items: Sequence[tuple[Article, EngineResult]],
    model: Seq2SeqModel,
    options: SummaryOptions,
    generation: GenerationOptions | None = None,
) -> list[EngineResult]:
    """Run the abstractive engine on preprocessed, structured articles, generating for all of
    them together (so batches fill up across articles and sections).

    Each item carries the article's fallback result (the extractive engine's): its sections are
    the ones the model writes bullets for, and it is the fallback of a summary or a bullet the
    model got wrong."""
    generation = generation or GenerationOptions()
    jobs: list[_Job] = []
    plans: list[tuple[_Assembler, int, dict[int, int]]] = []
    for article, ext in items:
        doc, structure = article.doc, article.structure
        eligible = [s for s in doc.sentences if structure.roles[s.index] != "heading"] or list(doc.sentences)
        # the news first: the lead, then the body, quotes, lists and contact lines last
        ordered = [eligible[k].text for k in news_order(eligible, doc.title)]
        summary_job = len(jobs)
        jobs.append(_Job(ordered, summary_length(options.sentences, doc)))
        section_jobs: dict[int, int] = {}
        for k, (card, section) in enumerate(zip(article.cards.cards, ext.sections, strict=True)):
            if not card.items:  # an item list keeps its items as bullets
                section_jobs[k] = len(jobs)
                jobs.append(_Job([doc.sentences[i].text for i in section.sentences], card.bullets))
        plans.append((_Assembler(doc, structure, ext, options), summary_job, section_jobs))
    _run(model, jobs, generation)
    results = []
    window, guard = model.max_input_tokens, options.guard
    for assembler, summary_job, section_jobs in plans:
        summary, sources = assembler.summary(jobs[summary_job], guard, window)
        sections = tuple(
            assembler.section(section, jobs[section_jobs[k]], guard, window) if k in section_jobs else section
            for k, section in enumerate(assembler.ext.sections)
        )
        warnings = tuple(dict.fromkeys(assembler.warnings))
        results.append(EngineResult(summary, sources, sections, warnings, assembler.ext.scores))
    return results


class AbstractiveEngine:
    """The abstractive engine behind the :class:`~kosum.engines.base.Engine` interface: the setup's
    model writes, ``fallback`` (the extractive engine) gives the cards' sections and the
    replacements (``AbstractiveEngine(EngineSetup(model)).summarize(articles, options, extractive)``)."""

    name = "abstractive"

    def __init__(self, setup: EngineSetup) -> None:
        if setup.model is None:
            raise ValueError("the abstractive engine needs a loaded seq2seq model")
        self.model, self.generation = setup.model, setup.generation

    def summarize(
        self, articles: Sequence[Article], options: SummaryOptions, fallback: Engine | None = None
    ) -> list[EngineResult]:
        """Generate for all ``articles`` together (:func:`abstract`), on ``fallback``'s results."""
        if fallback is None:
            raise ValueError("the abstractive engine needs a fallback engine")
        extracted = fallback.summarize(articles, options)
        return abstract(list(zip(articles, extracted, strict=True)), self.model, options, self.generation)
