"""kosum's options: one frozen dataclass per concern, each with its defaults in one place.

* :class:`SummaryOptions`: what to produce (engine, sizes, bullet style, limits, guard);
* :class:`ModelOptions`: which seq2seq model, and how to run it;
* :class:`GenerationOptions`: how the seq2seq model writes (beam search, lengths, batches);
* :class:`RayOptions`: how a batch runs on Ray.

Every argument is checked (type and range) in its dataclass's ``__post_init__``, and only there:
a wrong one is a :class:`~kosum.UsageError` whose message names it. The interfaces (CLI, web UI,
:func:`kosum.summarize`) build these objects from their fields, through :func:`split_overrides`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from .errors import UsageError

__all__ = [
    "AUTO_SENTENCES",
    "BACKENDS",
    "BATCH_MAX_CHARS",
    "BULLET_STYLES",
    "DEVICES",
    "ENGINES",
    "MAX_BULLETS",
    "MAX_CHARS",
    "MAX_SENTENCES",
    "WEB_MAX_CHARS",
    "GenerationOptions",
    "ModelOptions",
    "RayOptions",
    "SummaryOptions",
    "check_device",
    "check_sentences",
    "split_overrides",
]

ENGINES = ("auto", "extractive", "abstractive")
BULLET_STYLES = ("noun", "sentence")
#: The seq2seq model backends (``"auto"``: CTranslate2 for a converted folder, else transformers).
BACKENDS = ("auto", "transformers", "ctranslate2")
#: Devices a model runs on (``"cuda:N"`` names one GPU).
DEVICES = ("auto", "cpu", "cuda")
#: The most sentences of an overall summary, and the most bullets per policy area.
MAX_SENTENCES, MAX_BULLETS = 50, 10
#: The ``sentences`` value (the default) by which the summary's length follows the article's
#: (:func:`kosum.pipeline.length.summary_length`: at least 3 sentences, one per 400 characters,
#: at most 10).
AUTO_SENTENCES = "auto"

#: The largest article kosum accepts, in characters (about 2 MB of Korean text): the default of
#: :attr:`SummaryOptions.max_chars`. The limits below are derived from it.
MAX_CHARS = 2_000_000
#: The default limit of a batch (:func:`kosum.summarize_files`, ``kosum summarize``): a tenth, so
#: that one stray dump in a folder fails quickly instead of holding a worker for minutes.
BATCH_MAX_CHARS = MAX_CHARS // 10
#: The limit of the web UI and its HTTP API: a twentieth, so that one request cannot hold a
#: shared server for long.
WEB_MAX_CHARS = MAX_CHARS // 20


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _choice(name: str, value: object, choices: Collection[str]) -> None:
    if not isinstance(value, str) or value not in choices:
        raise UsageError(f"{name} must be one of {', '.join(choices)}, not {value!r}")


def _count(name: str, value: object, low: int, high: int | None = None) -> None:
    """``value`` is a whole number from ``low`` (to ``high``)."""
    if not _is_int(value):
        raise UsageError(f"{name} must be a whole number, not {value!r}")
    assert isinstance(value, int)
    if value < low or (high is not None and value > high):
        where = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise UsageError(f"{name} must be {where}, not {value}")


def check_sentences(value: object) -> None:
    """``value`` is :data:`AUTO_SENTENCES` or a count from 1 to :data:`MAX_SENTENCES`, else a
    :class:`~kosum.UsageError` naming ``sentences``."""
    if isinstance(value, str) and value == AUTO_SENTENCES:
        return
    if not (isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_SENTENCES):
        raise UsageError(
            f"sentences must be {AUTO_SENTENCES!r} or a whole number between 1 and {MAX_SENTENCES}, not {value!r}"
        )


def _flag(name: str, value: object, optional: bool = False) -> None:
    if not isinstance(value, bool) and not (optional and value is None):
        raise UsageError(f"{name} must be True or False{' or None' if optional else ''}, not {value!r}")


@dataclass(frozen=True)
class SummaryOptions:
    """What to produce.

    Attributes:
        engine: ``"auto"`` (a seq2seq model when one is available, else extractive),
            ``"extractive"`` or ``"abstractive"``. Default ``"auto"``.
        sentences: sentences in the overall summary: ``"auto"`` (the length follows the
            article's: at least 3, one per 400 characters of the cleaned text, at most 10; see
            :mod:`kosum.pipeline.length`) or a fixed count, 1 to 50, which every article gets
            (where it has that many sentences). Default ``"auto"``. :attr:`Summary.length
            <kosum.Summary.length>` says which count an article got.
        bullets: the most bullets per policy area (each area gets 1 to this many; the one card of
            a single-topic article up to twice as many), 1 to 10. Default 2.
        bullet_style: ``"noun"`` writes bullets the way Korean reports do (개조식:
            "업무협약 체결"); ``"sentence"`` keeps full sentences. Default ``"noun"``.
        max_chars: the largest article accepted, in characters; larger ones are an
            :class:`~kosum.InputError`. Default :data:`MAX_CHARS` (2,000,000).
        guard: check generated numbers and names against the article (the abstractive
            engine; see :mod:`kosum.engines.guard`). Default on.
    """

    engine: str = "auto"
    sentences: int | str = AUTO_SENTENCES
    bullets: int = 2
    bullet_style: str = "noun"
    max_chars: int = MAX_CHARS
    guard: bool = True

    def __post_init__(self) -> None:
        _choice("engine", self.engine, ENGINES)
        check_sentences(self.sentences)
        _count("bullets", self.bullets, 1, MAX_BULLETS)
        _choice("bullet_style", self.bullet_style, BULLET_STYLES)
        _count("max_chars", self.max_chars, 1)
        _flag("guard", self.guard)


@dataclass(frozen=True)
class GenerationOptions:
    """How the seq2seq model writes (beam search, the same in every backend).

    Attributes:
        beams: beam size. Default 4.
        no_repeat_ngram_size: no n-gram of this size is generated twice (0: off). Default 3.
        repetition_penalty: >1 discourages repeating tokens. Default 1.2.
        length_penalty: beam scores are divided by length ** this. Default 1.0.
        tokens_per_sentence: the most new tokens per requested summary sentence or bullet. Default 48.
        min_tokens_per_sentence: the fewest new tokens per requested sentence. Default 8.
        min_tokens, max_tokens: fixed lengths in new tokens, overriding the two above
            (``None``: derived from the requested summary size). Default ``None``.
        batch_size: inputs per generation call (inputs are grouped by length). Default 8.
    """

    beams: int = 4
    no_repeat_ngram_size: int = 3
    repetition_penalty: float = 1.2
    length_penalty: float = 1.0
    tokens_per_sentence: int = 48
    min_tokens_per_sentence: int = 8
    min_tokens: int | None = None
    max_tokens: int | None = None
    batch_size: int = 8

    def __post_init__(self) -> None:
        _count("beams", self.beams, 1)
        _count("no_repeat_ngram_size", self.no_repeat_ngram_size, 0)
        if not _is_number(self.repetition_penalty) or self.repetition_penalty <= 0:
            raise UsageError(f"repetition_penalty must be a positive number, not {self.repetition_penalty!r}")
        if not _is_number(self.length_penalty):
            raise UsageError(f"length_penalty must be a number, not {self.length_penalty!r}")
        _count("tokens_per_sentence", self.tokens_per_sentence, 1)
        _count("min_tokens_per_sentence", self.min_tokens_per_sentence, 0)
        if self.min_tokens is not None:
            _count("min_tokens", self.min_tokens, 0)
        if self.max_tokens is not None:
            _count("max_tokens", self.max_tokens, 1)
        if self.min_tokens is not None and self.max_tokens is not None and self.min_tokens > self.max_tokens:
            raise UsageError(f"min_tokens ({self.min_tokens}) is over max_tokens ({self.max_tokens})")
        _count("batch_size", self.batch_size, 1)

    def sized(self, sentences: int, window: int | None = None) -> GenerationOptions:
        """These options with ``min_tokens``/``max_tokens`` set for a summary of ``sentences``
        sentences; ``window`` (the model's input window) caps the length at half of it, so
        that partial summaries always fit two to a chunk when they are summarized again."""
        high = self.max_tokens if self.max_tokens is not None else self.tokens_per_sentence * sentences
        if window is not None and self.max_tokens is None:
            high = min(high, max(1, window // 2 - 2))
        low = self.min_tokens if self.min_tokens is not None else self.min_tokens_per_sentence * sentences
        return replace(self, min_tokens=min(low, high), max_tokens=high)


def check_device(device: object) -> None:
    """``device`` is one of :data:`DEVICES` or ``"cuda:N"``, else a :class:`~kosum.UsageError`."""
    if isinstance(device, str) and (device in DEVICES or (device.startswith("cuda:") and device[5:].isdigit())):
        return
    raise UsageError(f"device must be one of {', '.join(DEVICES)} or cuda:N, not {device!r}")


@dataclass(frozen=True)
class ModelOptions:
    """Which seq2seq model the abstractive engine uses, and how it runs.

    Attributes:
        model: a folder, a name under ``models/``, or a hub id; ``None`` (default): the default
            model, :data:`kosum.DEFAULT_MODEL`, where it is installed.
        backend: ``"auto"`` (CTranslate2 for a converted folder, else transformers),
            ``"transformers"`` or ``"ctranslate2"``. Default ``"auto"``.
        device: ``"auto"`` (CUDA where present), ``"cpu"``, ``"cuda"`` or ``"cuda:N"``. Default ``"auto"``.
        generation: how the model writes (:class:`GenerationOptions`).
        download: download a hub model that is not on disk; ``None`` (default): only with
            ``engine="abstractive"``. Never when ``HF_HUB_OFFLINE`` is set.
    """

    model: str | None = None
    backend: str = "auto"
    device: str = "auto"
    generation: GenerationOptions = field(default_factory=GenerationOptions)
    download: bool | None = None

    def __post_init__(self) -> None:
        if self.model is not None and (not isinstance(self.model, str) or not self.model.strip()):
            raise UsageError(f"model must be a model's name, folder or hub id, not {self.model!r}")
        _choice("backend", self.backend, BACKENDS)
        check_device(self.device)
        if not isinstance(self.generation, GenerationOptions):
            raise UsageError(f"generation must be GenerationOptions, not {self.generation!r}")
        _flag("download", self.download, optional=True)


@dataclass(frozen=True)
class RayOptions:
    """How a batch runs on Ray (:func:`kosum.summarize_files` with ``ray=RayOptions(...)``).

    Attributes:
        address: the cluster to join (``"HOST:6379"``; ``"auto"``: ``$RAY_ADDRESS`` or the cluster
            ``ray start`` started last on this machine); ``None`` (default) starts a local Ray
            instance for the run. A process that already called ``ray.init`` is used as it is. A
            cluster with token authentication needs ``RAY_AUTH_MODE=token`` and its token in this
            process (see :mod:`kosum.batch.ray_join`).
        actors: summarizing actors (one :class:`~kosum.Summarizer` each); ``None`` (default): the
            batch's ``workers`` on a local instance; on a cluster, as many as it has CPUs (GPU
            actors: GPUs / ``gpus_per_actor``) unless ``workers`` asks for more than one. A local
            instance gets ``actors`` CPUs.
        gpus_per_actor: GPUs for each actor (``0.5``: two actors share one); 0 (default): CPU actors.
        progress: show Ray Data's progress bars (default on); off also quiets Ray Data's log lines.
        window: articles read ahead and handed to Ray at a time; default 4,000 per actor.
    """

    address: str | None = None
    actors: int | None = None
    gpus_per_actor: float = 0.0
    progress: bool = True
    window: int | None = None

    def __post_init__(self) -> None:
        if self.address is not None and (not isinstance(self.address, str) or not self.address.strip()):
            raise UsageError(f"address must be a Ray address (HOST:PORT or auto), not {self.address!r}")
        if self.actors is not None:
            _count("actors", self.actors, 1)
        if not _is_number(self.gpus_per_actor) or self.gpus_per_actor < 0:
            raise UsageError(f"gpus_per_actor must be a number, 0 or more, not {self.gpus_per_actor!r}")
        _flag("progress", self.progress)
        if self.window is not None:
            _count("window", self.window, 1)


_SUMMARY_FIELDS = frozenset(f.name for f in fields(SummaryOptions))
_MODEL_FIELDS = frozenset(f.name for f in fields(ModelOptions))


def split_overrides(
    summary: SummaryOptions, model: ModelOptions, overrides: Mapping[str, Any]
) -> tuple[SummaryOptions, ModelOptions]:
    """``summary`` and ``model`` with ``overrides`` (fields of either) replaced; an override that is
    no field of them is a :class:`~kosum.UsageError`, a wrong value one from its dataclass."""
    unknown = sorted(set(overrides) - _SUMMARY_FIELDS - _MODEL_FIELDS)
    if unknown:
        known = ", ".join(sorted(_SUMMARY_FIELDS | _MODEL_FIELDS))
        raise UsageError(f"unknown option {', '.join(unknown)} (options: {known})")
    ours = {k: v for k, v in overrides.items() if k in _SUMMARY_FIELDS}
    theirs = {k: v for k, v in overrides.items() if k in _MODEL_FIELDS}
    if "generation" in theirs and theirs["generation"] is None:
        theirs["generation"] = GenerationOptions()
    return (replace(summary, **ours) if ours else summary), (replace(model, **theirs) if theirs else model)
