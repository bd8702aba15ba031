"""Engines by name (:mod:`kosum.engines.registry`): peers behind one interface, extractive the fallback."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from kosum import Summarizer, SummaryOptions, UsageError, summarize
from kosum.engines import registry
from kosum.engines.abstractive import AbstractiveEngine
from kosum.engines.base import Article, Engine, EngineSetup
from kosum.engines.registry import engine_names, get_engine, register_engine, uses_model
from kosum.engines.result import EngineResult

ARTICLE = (
    "바다군, 하반기 돌봄·문화 사업 시작\n\n"
    "바다군이 하반기 돌봄과 문화 사업을 시작한다고 밝혔다. 군은 두 사업에 예산 15억 원을 쓴다.\n\n"
    "■ 어르신 돌봄\n\n"
    "군은 홀로 사는 어르신 800명에게 안부 전화를 건다. 방문 간호사는 6명에서 9명으로 늘어난다.\n\n"
    "■ 마을 문화\n\n"
    "군은 마을회관 12곳에서 영화를 상영한다. 상영은 매달 둘째 주 토요일에 열린다."
)


class Toy:
    """An engine that writes its own summary and takes the cards' bullets from its fallback."""

    name = "toy"

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def summarize(
        self, articles: Sequence[Article], options: SummaryOptions, fallback: Engine | None = None
    ) -> list[EngineResult]:
        self.seen.extend(articles)
        assert fallback is not None
        return [replace(result, summary="장난감 요약") for result in fallback.summarize(articles, options)]


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Toy:
    engine = Toy()
    monkeypatch.setattr(registry, "_ENGINES", dict(registry._ENGINES))  # registered for this test only
    monkeypatch.setattr("kosum.options.ENGINES", ("auto", "extractive", "abstractive", "toy"))
    register_engine("toy", lambda setup: engine)
    return engine


def test_the_built_in_engines_are_registered() -> None:
    assert engine_names()[:2] == ("extractive", "abstractive")
    assert (uses_model("extractive"), uses_model("abstractive")) == (False, True)
    assert get_engine("extractive").name == "extractive"


def test_an_unknown_engine_is_a_clear_error() -> None:
    with pytest.raises(UsageError, match=r"unknown engine 'http'.*extractive, abstractive"):
        get_engine("http")
    with pytest.raises(UsageError, match="unknown engine 'http'"):
        uses_model("http")


def test_a_registered_engine_is_the_one_the_summarizer_runs(toy: Toy) -> None:
    result = Summarizer(engine="toy").summarize(ARTICLE)
    assert result.summary == "장난감 요약"
    assert (result.engine, result.model, result.warnings) == ("toy", None, ())
    assert [s.area for s in result.sections] == ["어르신 돌봄", "마을 문화"]  # the fallback's cards
    assert result.sections == summarize(ARTICLE, engine="extractive").sections
    assert [card.area for card in toy.seen[0].cards.cards] == ["어르신 돌봄", "마을 문화"]  # cards come in found


def test_the_abstractive_engine_needs_a_model() -> None:
    with pytest.raises(ValueError, match="model"):
        AbstractiveEngine(EngineSetup())
