"""The engines by name: :func:`get_engine` builds the one asked for, extractive is the fallback of the others.

An HTTP-backed engine plugs in as ``register_engine("http", lambda setup: HttpEngine(url))``, its
``summarize`` calling the endpoint and ``fallback`` where the endpoint fails (and its name in
:data:`kosum.options.ENGINES`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError
from .abstractive import AbstractiveEngine
from .base import Engine, EngineFactory, EngineSetup
from .extractive import ExtractiveEngine

__all__ = ["FALLBACK", "MODEL_ENGINE", "engine_names", "get_engine", "register_engine", "uses_model"]

#: The engine that needs nothing (no model, no network) and writes what the others cannot.
FALLBACK = "extractive"
#: The engine that ``engine="auto"`` means when a seq2seq model is loaded.
MODEL_ENGINE = "abstractive"


@dataclass(frozen=True)
class _Entry:
    factory: EngineFactory
    uses_model: bool


_ENGINES: dict[str, _Entry] = {}


def register_engine(name: str, factory: EngineFactory, *, uses_model: bool = False) -> None:
    """Register (or replace) the engine ``name``, built by ``factory``; ``uses_model``: it runs the
    seq2seq model, which the summarizer loads first (``register_engine("toy", lambda s: Toy())``)."""
    _ENGINES[name] = _Entry(factory, uses_model)


def _entry(name: str) -> _Entry:
    try:
        return _ENGINES[name]
    except KeyError:
        raise UsageError(f"unknown engine {name!r}: one of {', '.join(_ENGINES)}") from None


def get_engine(name: str, setup: EngineSetup | None = None) -> Engine:
    """The engine ``name`` built with ``setup`` (``get_engine("extractive").name`` → "extractive").

    Raises:
        UsageError: no engine is registered under ``name``.
    """
    return _entry(name).factory(setup or EngineSetup())


def uses_model(name: str) -> bool:
    """Whether the engine ``name`` runs the seq2seq model (``uses_model("abstractive")`` → True).

    Raises:
        UsageError: no engine is registered under ``name``.
    """
    return _entry(name).uses_model


def engine_names() -> tuple[str, ...]:
    """The registered engines' names, in order of registration (``("extractive", "abstractive")``)."""
    return tuple(_ENGINES)


register_engine(FALLBACK, lambda setup: ExtractiveEngine())
register_engine(MODEL_ENGINE, lambda setup: AbstractiveEngine(setup), uses_model=True)
