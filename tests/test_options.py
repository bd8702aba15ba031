"""Options: one frozen dataclass per concern, every argument checked in one place (UsageError
naming it, whatever the type), one cache of summarizers, and a light ``import kosum``."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

import huggingface_hub
import huggingface_hub.constants
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import kosum
from kosum import (
    GenerationOptions,
    InputError,
    ModelOptions,
    RayOptions,
    Summarizer,
    SummaryOptions,
    UsageError,
    load_model,
    shared_summarizer,
    summarize,
)
from kosum.batch.readers import ReadOptions
from kosum.interfaces.cli import cli
from kosum.interfaces.webui import MAX_UI_CHARS, get_summarizer
from kosum.options import BATCH_MAX_CHARS, MAX_CHARS, WEB_MAX_CHARS

ARTICLE = "새봄구는 올해 작은도서관 열 곳을 새로 짓는다고 밝혔다. 구는 예산 45억 원을 들여 빈 건물을 고쳐 쓴다."


def test_import_kosum_loads_no_heavy_package() -> None:
    heavy = ["torch", "transformers", "gradio", "ray", "ctranslate2", "trafilatura"]
    code = f"import sys, kosum; print([m for m in {heavy!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_web_ui_is_served_lazily_from_the_package() -> None:
    from kosum.interfaces import webui

    assert kosum.build_demo is webui.build_demo and kosum.launch is webui.launch
    with pytest.raises(AttributeError):
        kosum.no_such_thing  # noqa: B018


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: summarize(ARTICLE, sentences="3"), "sentences"),
        (lambda: summarize(ARTICLE, sentences=True), "sentences"),
        (lambda: summarize(ARTICLE, bullets=2.5), "bullets"),
        (lambda: summarize(ARTICLE, title=123), "title"),
        (lambda: summarize(ARTICLE, model=5), "model"),
        (lambda: summarize(ARTICLE, device=None), "device"),
        (lambda: summarize(ARTICLE, device="tpu"), "device"),
        (lambda: summarize(ARTICLE, guard="yes"), "guard"),
        (lambda: Summarizer(model=5), "model"),
        (lambda: Summarizer(device=None), "device"),
        (lambda: Summarizer(SummaryOptions(), backend="onnx"), "backend"),
        (lambda: Summarizer(summary="extractive"), "summary"),
        (lambda: Summarizer().summarize(ARTICLE, title=["제목"]), "title"),
        (lambda: ModelOptions(generation={"beams": 2}), "generation"),
        (lambda: GenerationOptions(batch_size="8"), "batch_size"),
        (lambda: RayOptions(gpus_per_actor=-1), "gpus_per_actor"),
        (lambda: ReadOptions(max_chars="100"), "max_chars"),
        (lambda: load_model("models/none", device="tpu"), "device"),
        (lambda: load_model("models/none", device="cuda:x"), "device"),
    ],
)
def test_a_wrong_argument_is_a_usage_error_naming_it(call: Any, argument: str) -> None:
    with pytest.raises(UsageError) as info:
        call()
    assert str(info.value).startswith(f"{argument} must be"), str(info.value)
    assert not isinstance(info.value, InputError)


def test_overrides_are_checked_against_the_fields() -> None:
    with pytest.raises(UsageError, match=r"^unknown option colour \(options: backend, bullet_style, bullets"):
        Summarizer(colour="blue")
    with pytest.raises(UsageError, match="unknown option sentence"):
        summarize(ARTICLE, sentence=2)


def test_options_and_overrides_meet() -> None:
    summarizer = Summarizer(SummaryOptions(sentences=2), "models/none", bullets=1, device="cpu")
    assert summarizer.options == SummaryOptions(sentences=2, bullets=1)
    assert summarizer.model_options == ModelOptions(model="models/none", device="cpu")
    same = Summarizer(model=ModelOptions(model="models/none", device="cpu"), sentences=2, bullets=1)
    assert (same.options, same.model_options) == (summarizer.options, summarizer.model_options)


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from([f.name for f in fields(SummaryOptions)]),
    value=st.one_of(st.none(), st.booleans(), st.integers(-5, 80), st.floats(allow_nan=True), st.text(max_size=8)),
)
def test_any_value_builds_options_or_names_the_argument(name: str, value: object) -> None:
    try:
        options = SummaryOptions(**{name: value})
    except UsageError as exc:
        assert str(exc).startswith(f"{name} must be")
    else:
        assert getattr(options, name) == value


def test_one_cache_of_summarizers() -> None:
    first = shared_summarizer(engine="extractive", sentences=2)
    assert shared_summarizer(SummaryOptions(engine="extractive", sentences=2)) is first
    assert shared_summarizer(engine="extractive", sentences=3) is not first
    web = get_summarizer(2, 1, "noun", "extractive", "")
    assert web is shared_summarizer(engine="extractive", sentences=2, bullets=1, max_chars=WEB_MAX_CHARS)
    assert get_summarizer(2.0, 1.0, "noun", "extractive", " ") is web  # slider floats, an empty model


def test_limits_derive_from_the_one_default() -> None:
    assert SummaryOptions().max_chars == MAX_CHARS
    assert ReadOptions().max_chars == BATCH_MAX_CHARS == MAX_CHARS // 10
    assert MAX_UI_CHARS == WEB_MAX_CHARS == MAX_CHARS // 20


@pytest.fixture
def no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh install: no model anywhere, and the network off."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.setenv("KOSUM_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.mark.usefixtures("no_models")
def test_no_model_installed_is_no_alarm() -> None:
    result = Summarizer().summarize(ARTICLE)
    assert (result.engine, result.model, result.warnings) == ("extractive", None, ())
    assert "알림" not in result.to_markdown()


@pytest.mark.usefixtures("no_models")
def test_a_model_asked_for_and_missing_is_said_in_korean() -> None:
    result = Summarizer(model="models/없는-모델").summarize(ARTICLE)
    assert result.engine == "extractive"
    assert result.warnings == ("요청한 요약 모델을 찾지 못해 추출 요약으로 요약했습니다: models/없는-모델",)


def test_one_batching_path_returns_failures_as_values() -> None:
    summarizer = Summarizer(engine="extractive")
    bad, good = summarizer.summarize_batch([("   ", None), (ARTICLE, "도서관 확충")])
    assert isinstance(bad, InputError) and str(bad) == "요약할 텍스트가 비어 있습니다 (empty input)."
    assert good == summarizer.summarize(ARTICLE, title="도서관 확충")
    # summarize_many goes the same way, and raises a failure in its place
    results = []
    with pytest.raises(InputError, match="비어 있습니다"):
        for summary in summarizer.summarize_many([ARTICLE, "   ", ARTICLE], batch_size=3):
            results.append(summary)
    assert results == [summarizer.summarize(ARTICLE)]


def test_the_cli_shows_arguments_as_its_flags(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, "utf-8")
    result = CliRunner().invoke(cli, ["summarize", str(article), "--max-chars", "20"])
    assert result.exit_code == 2
    assert result.output == (
        f"kosum: {article}: 기사가 너무 깁니다: {len(ARTICLE.encode())}바이트 (최대 20자, 한도 설정: --max-chars) "
        "(article too large).\n"
    )
