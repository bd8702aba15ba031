"""Finding, downloading and converting models: resolution order, offline behaviour, errors,
the auto fallback, and the ``kosum models`` commands (the hub mocked at huggingface_hub only)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import huggingface_hub
import pytest
from click.testing import CliRunner
from huggingface_hub.errors import LocalEntryNotFoundError

from kosum import DEFAULT_MODEL, ModelNotFoundError, Summarizer, load_model, resolve_model
from kosum.interfaces.cli import cli

ARTICLE = "한빛시는 올해 청년 일자리 3천 개를 만들겠다고 밝혔다. 시는 지역 기업 스무 곳과 채용 협약도 맺는다."


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, models dir and Hugging Face cache; the network is off."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.setenv("KOSUM_MODELS_DIR", str(tmp_path / "shared-models"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return tmp_path


class FakeHub:
    """Stands in for ``huggingface_hub.snapshot_download``: serves one repo from a folder."""

    def __init__(self, repo_id: str, files: Path, cache: Path) -> None:
        self.repo_id, self.files, self.cache = repo_id, files, cache
        self.calls: list[dict[str, Any]] = []

    def __call__(self, repo_id: str, **kwargs: Any) -> str:
        self.calls.append({"repo_id": repo_id, **kwargs})
        if kwargs.get("local_files_only") or repo_id != self.repo_id:
            raise LocalEntryNotFoundError(f"{repo_id} is not cached")
        target = Path(kwargs.get("local_dir") or self.cache / repo_id.replace("/", "--"))
        shutil.copytree(self.files, target, dirs_exist_ok=True)
        return str(target)


def _place(model: Path, folder: Path) -> Path:
    shutil.copytree(model, folder)
    return folder


def test_a_folder_resolves_to_its_format(tiny_bart: Path, tiny_ct2: Path) -> None:
    hf = resolve_model(str(tiny_bart))
    assert (hf.format, hf.source, hf.path) == ("transformers", "folder", tiny_bart)
    ct2 = resolve_model(str(tiny_ct2))
    assert (ct2.format, ct2.source) == ("ctranslate2", "folder")
    with pytest.raises(ModelNotFoundError) as info:
        resolve_model(str(tiny_ct2), backend="transformers")
    assert "a ctranslate2 model, not transformers" in str(info.value)


def test_names_resolve_under_models_folders(isolated: Path, tiny_bart: Path, tiny_ct2: Path) -> None:
    _place(tiny_bart, isolated / "models" / "kobart-summarization")
    for name in ("kobart-summarization", "models/kobart-summarization", DEFAULT_MODEL):
        found = resolve_model(name)
        assert (found.source, found.format) == ("models", "transformers")
        assert found.path == isolated / "models" / "kobart-summarization"
    # A converted folder beside it is the fast path: auto prefers it, transformers does not.
    _place(tiny_ct2, isolated / "models" / "kobart-summarization-ct2")
    assert resolve_model(DEFAULT_MODEL).path.name == "kobart-summarization-ct2"
    assert resolve_model(DEFAULT_MODEL, backend="transformers").path.name == "kobart-summarization"
    # $KOSUM_MODELS_DIR is searched after ./models
    _place(tiny_bart, isolated / "shared-models" / "other")
    assert resolve_model("other").path == isolated / "shared-models" / "other"


def test_the_hugging_face_cache_is_used_offline(isolated: Path, tiny_bart: Path) -> None:
    snapshot = isolated / "hf-cache" / "models--someone--tiny-kobart" / "snapshots" / "abc123"
    _place(tiny_bart, snapshot)
    (snapshot.parents[1] / "refs").mkdir()
    (snapshot.parents[1] / "refs" / "main").write_text("abc123")
    found = resolve_model("someone/tiny-kobart")
    assert (found.source, found.format, found.path) == ("cache", "transformers", snapshot)


def test_missing_model_says_where_it_looked_and_how_to_get_it(isolated: Path) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        resolve_model("nobody/no-such-model", download=True)
    message = str(info.value)
    assert message.startswith("요약 모델을 찾을 수 없습니다: 'nobody/no-such-model'")
    assert str(isolated / "models" / "no-such-model") in message
    assert str(isolated / "shared-models" / "no-such-model") in message
    assert "Hugging Face cache: nobody/no-such-model" in message
    assert "skipped, HF_HUB_OFFLINE is set" in message
    assert "kosum models download nobody/no-such-model" in message
    assert info.value.looked and isinstance(info.value, FileNotFoundError)


def test_download_happens_only_where_allowed(isolated: Path, tiny_bart: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hub = FakeHub("someone/remote-kobart", tiny_bart, isolated / "downloads")
    monkeypatch.setattr(huggingface_hub, "snapshot_download", hub)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    # engine "auto" never downloads: it falls back, and says why (the model was asked for)
    result = Summarizer(model="someone/remote-kobart").summarize(ARTICLE)
    assert result.engine == "extractive" and result.model is None
    assert result.warnings == ("요청한 요약 모델을 찾지 못해 추출 요약으로 요약했습니다: someone/remote-kobart",)
    assert all(call["local_files_only"] for call in hub.calls)
    # engine "abstractive" downloads
    summarizer = Summarizer(engine="abstractive", model="someone/remote-kobart", guard=False)
    result = summarizer.summarize(ARTICLE)
    assert result.engine == "abstractive" and result.model == "someone/remote-kobart"
    assert not hub.calls[-1]["local_files_only"] and "*.safetensors" in hub.calls[-1]["allow_patterns"]
    # ... but never with HF_HUB_OFFLINE
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotFoundError):
        Summarizer(engine="abstractive", model="someone/remote-kobart").summarize(ARTICLE)


def test_abstractive_engine_without_a_model_is_an_error() -> None:
    with pytest.raises(ModelNotFoundError):
        Summarizer(engine="abstractive", model="nobody/no-such-model").summarize(ARTICLE)
    fallback = Summarizer(model="nobody/no-such-model").summarize(ARTICLE)
    assert fallback.engine == "extractive"
    assert fallback.warnings == ("요청한 요약 모델을 찾지 못해 추출 요약으로 요약했습니다: nobody/no-such-model",)
    assert Summarizer(engine="extractive", model="nobody/x").summarize(ARTICLE).engine == "extractive"
    assert Summarizer(engine="extractive").summarize(ARTICLE).warnings == ()


def test_cli_download_then_convert_then_summarize(
    isolated: Path, tiny_bart: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = FakeHub("someone/remote-kobart", tiny_bart, isolated / "downloads")
    monkeypatch.setattr(huggingface_hub, "snapshot_download", hub)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    runner = CliRunner()
    done = runner.invoke(cli, ["models", "download", "someone/remote-kobart"])
    assert done.exit_code == 0, done.output
    assert "models/remote-kobart" in done.output
    assert hub.calls[0]["local_dir"] == Path("models/remote-kobart")
    assert (isolated / "models" / "remote-kobart" / "model.safetensors").is_file()

    done = runner.invoke(cli, ["models", "convert", "remote-kobart", "--to", "models/remote-kobart-ct2"])
    assert done.exit_code == 0, done.output
    converted = isolated / "models" / "remote-kobart-ct2"
    for name in ("model.bin", "config.json", "tokenizer.json", "generation_config.json", "kosum.json"):
        assert (converted / name).is_file(), name
    settings = json.loads((converted / "kosum.json").read_text("utf-8"))
    assert settings["quantization"] == "int8" and settings["max_position_embeddings"] == 128
    assert json.loads((tiny_bart / "config.json").read_text("utf-8")).get("normalize_before") is None

    listed = runner.invoke(cli, ["models", "list"])
    assert "remote-kobart\ttransformers" in listed.output and "remote-kobart-ct2\tctranslate2" in listed.output

    (isolated / "article.txt").write_text(ARTICLE, "utf-8")
    summarized = runner.invoke(cli, ["summarize", "article.txt", "-m", "models/remote-kobart-ct2", "-f", "json"])
    assert summarized.exit_code == 0, summarized.output
    data = json.loads(summarized.output)
    assert (data["engine"], data["model"]) == ("abstractive", "remote-kobart")
    assert data["sections"] and all(section["bullets"] for section in data["sections"])

    model = load_model("models/remote-kobart-ct2")  # the folder alone loads: self-contained
    assert (model.backend, model.device, model.max_input_tokens) == ("ctranslate2", "cpu", 128)
    assert model.name == "remote-kobart"
    assert len(model.generate(["청년 일자리를 만든다."])) == 1


def test_cli_errors_are_one_line_messages(isolated: Path, tiny_bart: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["models", "convert", "nobody/no-such-model", "--to", "out"])
    assert missing.exit_code == 2
    assert missing.output.startswith("kosum: 요약 모델을 찾을 수 없습니다: 'nobody/no-such-model'")
    offline = runner.invoke(cli, ["models", "download", "nobody/no-such-model"])
    assert offline.exit_code == 1 and "(HF_HUB_OFFLINE is set)" in offline.output
    (isolated / "out").mkdir()
    (isolated / "out" / "keep.txt").write_text("x")
    taken = runner.invoke(cli, ["models", "convert", str(tiny_bart), "--to", "out"])
    assert taken.exit_code == 1 and "already exists" in taken.output
    empty = runner.invoke(cli, ["models", "list"])
    assert empty.exit_code == 0 and "모델이 없습니다" in empty.output
