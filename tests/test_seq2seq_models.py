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
from kosum.errors import ModelLoadError
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


# A broken model folder never breaks engine "auto": every way of failing to load becomes one
# ModelLoadError sentence (an error with "abstractive", a fallback warning with "auto").


class Payload:
    """Pickled into fake weights: loading it would make the folder ``marker``; it must be refused."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        import os

        return (os.mkdir, (str(self.marker),))


def _break_config(folder: Path) -> None:
    (folder / "config.json").write_text("{ 이건 JSON이 아니다", "utf-8")


def _pickle_only(folder: Path) -> None:
    import pickle

    (folder / "model.safetensors").unlink()
    payload = {"model.shared.weight": Payload(folder.parent / "pickle-ran")}
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(payload, protocol=2))


def _custom_code(folder: Path) -> None:
    config = json.loads((folder / "config.json").read_text("utf-8"))
    config.update(model_type="hanbit-seq2seq", auto_map={"AutoModelForSeq2SeqLM": "modeling_hanbit.HanbitModel"})
    (folder / "config.json").write_text(json.dumps(config), "utf-8")


def _unknown_type(folder: Path) -> None:
    config = json.loads((folder / "config.json").read_text("utf-8"))
    config["model_type"] = "hanbit-seq2seq"
    (folder / "config.json").write_text(json.dumps(config), "utf-8")


def _truncated_weights(folder: Path) -> None:
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])


BROKEN = {
    "garbage config": (
        _break_config,
        "config.json 파일이 올바른 JSON 형식이 아닙니다 (config.json is not valid JSON).",
    ),
    "pickle only": (_pickle_only, "PyTorch 가중치 파일(pickle)에 텐서가 아닌 객체가 들어 있어 불러오지 않습니다"),
    "custom code": (_custom_code, "the model type needs the model's own code (auto_map), which kosum never runs"),
    "unknown type": (_unknown_type, "지원하지 않는 모델 종류입니다: hanbit-seq2seq (unsupported model_type)."),
    "truncated weights": (_truncated_weights, "모델 파일이 손상되었거나 읽을 수 없는 형식입니다"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_model_is_one_sentence_and_auto_falls_back(isolated: Path, tiny_bart: Path, case: str) -> None:
    breaking, reason = BROKEN[case]
    breaking(_place(tiny_bart, isolated / "models" / "kobart-summarization"))
    with pytest.raises(ModelLoadError) as info:
        Summarizer(engine="abstractive").load()
    message = str(info.value)
    assert message.startswith("요약 모델을 불러올 수 없습니다 (gogamza/kobart-summarization): ")
    assert reason in message and "\n" not in message
    assert str(isolated) not in message and "weights_only" not in message
    fallback = Summarizer().summarize(ARTICLE)
    assert fallback.engine == "extractive" and fallback.model is None
    assert fallback.warnings == (
        message.replace("요약 모델을 불러올 수 없습니다", "요약 모델을 불러오지 못해 추출 요약으로 요약했습니다"),
    )
    assert not (isolated / "models" / "pickle-ran").exists()


def test_pickle_weights_of_plain_tensors_still_load(isolated: Path, tiny_bart: Path) -> None:
    import torch
    from safetensors.torch import load_file

    folder = _place(tiny_bart, isolated / "models" / "pickled")
    torch.save(load_file(str(folder / "model.safetensors")), folder / "pytorch_model.bin")
    (folder / "model.safetensors").unlink()
    assert load_model("pickled").backend == "transformers"


def test_a_ct2_folder_without_its_tokenizer(isolated: Path, tiny_ct2: Path) -> None:
    (_place(tiny_ct2, isolated / "models" / "kobart-summarization-ct2") / "tokenizer.json").unlink()
    with pytest.raises(ModelLoadError, match=r"CTranslate2 모델 폴더에 tokenizer\.json 파일이 없습니다"):
        load_model()
    assert Summarizer().summarize(ARTICLE).engine == "extractive"


def test_the_cli_reports_a_broken_model_without_a_traceback(isolated: Path, tiny_bart: Path) -> None:
    _break_config(_place(tiny_bart, isolated / "models" / "kobart-summarization"))
    (isolated / "article.txt").write_text(ARTICLE, "utf-8")
    runner = CliRunner()
    failed = runner.invoke(cli, ["summarize", "article.txt", "-e", "abstractive"])
    assert failed.exit_code == 2 and "Traceback" not in failed.output
    assert failed.output.startswith("kosum: 요약 모델을 불러올 수 없습니다 (gogamza/kobart-summarization): config.json")
    assert len(failed.output.strip().splitlines()) == 1
    auto = runner.invoke(cli, ["summarize", "article.txt", "-f", "json"])
    assert auto.exit_code == 0, auto.output
    assert json.loads(auto.stdout)["engine"] == "extractive"
    # converting the broken folder: the same sentence, exit 2
    converted = runner.invoke(cli, ["models", "convert", "kobart-summarization", "--to", "out"])
    assert converted.exit_code == 2 and "Traceback" not in converted.output
    assert converted.output.startswith("kosum: 요약 모델을 불러올 수 없습니다 (kobart-summarization): config.json")
    assert not (isolated / "out").exists()


def test_converting_corrupt_weights_is_one_sentence(isolated: Path, tiny_bart: Path) -> None:
    _truncated_weights(_place(tiny_bart, isolated / "models" / "broken"))
    converted = CliRunner().invoke(cli, ["models", "convert", "broken", "--to", "out"])
    assert converted.exit_code == 2 and "Traceback" not in converted.output
    assert converted.output.startswith("kosum: 요약 모델을 불러올 수 없습니다 (broken): 모델 파일이 손상되었거나")


@pytest.mark.parametrize(
    ("spec", "hint"),
    [
        ("/nonexistent", "copy a model folder into models/, or check the path"),
        ("./no-such-folder", "copy a model folder into models/, or check the path"),
        ("no-such-name", "copy a model folder into models/, or check the path"),
        ("someone/some-model", "`kosum models download someone/some-model`"),
        ("kobart-summarization", f"`kosum models download {DEFAULT_MODEL}`"),
    ],
)
def test_the_not_found_hint_suggests_a_download_only_for_hub_ids(spec: str, hint: str) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        resolve_model(spec)
    assert hint in str(info.value).splitlines()[-1]
    if "download" not in hint:
        assert "kosum models download" not in str(info.value)
