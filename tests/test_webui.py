"""The web app's HTTP API, through gradio_client against the app on a local port."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from budget_article import LONG
from kosum.errors import InputError, UsageError
from kosum.interfaces.webui import MAX_UI_CHARS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def client(web_app: str) -> Client:
    return Client(web_app, verbose=False)


def example(name: str) -> str:
    return (EXAMPLES / f"{name}.txt").read_text("utf-8")


def test_summarize_endpoint(client: Client) -> None:
    result = client.predict(example("bada-county-welfare"), api_name="/summarize")
    assert result["title"] == "바다군, 어르신 돌봄·교통·관광 3대 분야에 예산 집중"
    assert result["engine"] == "extractive"
    assert [s["area"] for s in result["sections"]] == ["어르신 돌봄", "농어촌 교통", "해양 관광"]
    assert result["sections"][1]["bullets"][0]["text"] == (
        "버스가 하루 두 번 이하로 다니는 마을 34곳에는 부르면 오는 수요응답형 버스 운행"
    )
    assert len(result["summary_sources"]) == 3


def test_every_parameter_but_the_text_has_a_default(client: Client) -> None:
    api = client.view_api(print_info=False, return_format="dict")
    params = api["named_endpoints"]["/summarize"]["parameters"]
    assert params[0]["parameter_name"] == "text" and not params[0]["parameter_has_default"]
    assert all(p["parameter_has_default"] for p in params[1:])
    result = client.predict(example("bada-county-welfare"), 1, 1, "sentence", "extractive", api_name="/summarize")
    assert len(result["summary_sources"]) == 1
    assert result["sections"][0]["bullets"][0]["text"].endswith("냉난방비를 지원한다.")


def test_uploaded_file(client: Client, tmp_path: Path) -> None:
    upload = tmp_path / "기사.txt"
    upload.write_text(example("hanbit-city-jobs"), "utf-8")
    status, html, _zip, json_file, md_file = client.predict(
        "", [handle_file(str(upload))], 3, 2, "noun", "auto", "", api_name="/summarize_ui"
    )
    assert status.startswith("**추출 요약** 엔진으로 요약했습니다") and "관리자 안내" in status
    assert "⚠" not in status  # no model installed: the designed default, no alarm
    assert "기업 유치" in html and "청년일자리" in html and "여성일자리" in html
    # the download buttons come back as updates that make them visible, with the file as value
    assert json_file["visible"] and md_file["visible"]
    data = json.loads(Path(json_file["value"]).read_text("utf-8"))
    assert data["title"] == "한빛시, 올해 청년·여성 일자리 3천 개 창출…'일자리 으뜸도시' 선포"
    assert Path(md_file["value"]).read_text("utf-8").startswith("# 한빛시, 올해 청년·여성 일자리 3천 개 창출")


def test_empty_input_is_a_clear_message(client: Client) -> None:
    with pytest.raises(AppError) as info:
        client.predict("   ", api_name="/summarize")
    assert str(info.value) == "요약할 텍스트가 비어 있습니다 (empty input)."
    status, html, *_ = client.predict("", None, 3, 2, "noun", "auto", "", api_name="/summarize_ui")
    assert status == "⚠ 요약할 텍스트가 비어 있습니다 (empty input)." and html == ""


def test_a_wrong_argument_is_named(client: Client) -> None:
    with pytest.raises(AppError) as info:
        client.predict(example("bada-county-welfare"), "abc", api_name="/summarize")
    assert str(info.value) == "sentences must be 'auto' or a whole number between 1 and 50, not 'abc'"
    with pytest.raises(AppError) as info:
        client.predict(example("bada-county-welfare"), 0, api_name="/summarize")
    assert str(info.value) == "sentences must be 'auto' or a whole number between 1 and 50, not 0"
    with pytest.raises(AppError) as info:
        client.predict(example("bada-county-welfare"), 3, 2, "noun", "magic", api_name="/summarize")
    assert str(info.value) == "engine must be one of auto, extractive, abstractive, not 'magic'"


def test_summary_length_auto_by_default_or_fixed(client: Client) -> None:
    assert client.predict(LONG, api_name="/summarize")["length"] == 5  # auto: about 1,850 characters
    assert client.predict(LONG, "auto", api_name="/summarize")["length"] == 5
    fixed = client.predict(LONG, 2, api_name="/summarize")
    assert fixed["length"] == 2 and len(fixed["summary_sources"]) == 2
    status, *_ = client.predict(LONG, None, "auto", 2, "noun", "extractive", "", api_name="/summarize_ui")
    assert "요약 5문장" in status
    status, *_ = client.predict(LONG, None, 4, 2, "noun", "extractive", "", api_name="/summarize_ui")
    assert "요약 4문장" in status
    with pytest.raises(AppError, match="not in the list of choices"):  # the control offers auto and 1 to 10
        client.predict(LONG, None, "many", 2, "noun", "extractive", "", api_name="/summarize_ui")


def test_oversized_input(client: Client) -> None:
    huge = "시는 올해 예산을 늘렸다. " * (MAX_UI_CHARS // 10)
    with pytest.raises(AppError, match="기사가 너무 깁니다"):
        client.predict(huge, api_name="/summarize")


def test_eight_concurrent_requests(client: Client) -> None:
    names = ["bada-county-welfare", "hanbit-city-jobs", "science-battery"]
    jobs = [(names[i % 3], 1 + i % 3) for i in range(8)]

    def call(job: tuple[str, int]) -> dict[str, object]:
        return client.predict(example(job[0]), job[1], api_name="/summarize")  # type: ignore[no-any-return]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(call, jobs))
    for (name, sentences), result in zip(jobs, results, strict=True):
        assert result["title"] in example(name)
        assert len(result["summary_sources"]) == sentences  # type: ignore[arg-type]
    assert {r["title"] for r in results} == {
        "바다군, 어르신 돌봄·교통·관광 3대 분야에 예산 집중",
        "한빛시, 올해 청년·여성 일자리 3천 개 창출…'일자리 으뜸도시' 선포",
        "국내 연구진, 10분 만에 충전되는 리튬금속 배터리 개발",
    }


def test_kosum_serve_starts_the_app(tmp_path: Path) -> None:
    import urllib.request

    from serving import serve

    proc, url = serve(tmp_path)
    try:
        with urllib.request.urlopen(url, timeout=120) as page:
            assert page.status == 200
            assert "kosum" in page.read().decode("utf-8")
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def test_several_uploads_are_a_batch_with_a_zip(client: Client, tmp_path: Path) -> None:
    import tempfile
    import zipfile

    import app

    (tmp_path / "bada.txt").write_text(example("bada-county-welfare"), "utf-8")
    (tmp_path / "hanbit.txt").write_bytes(example("hanbit-city-jobs").replace("•", "-").encode("cp949"))
    (tmp_path / "battery.html").write_text(
        "<html><head><title>배터리</title></head><body><article>"
        + "".join(f"<p>{line}</p>" for line in example("science-battery").splitlines()[2:])
        + "</article></body></html>",
        "utf-8",
    )
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    uploads = [handle_file(str(tmp_path / n)) for n in ("bada.txt", "hanbit.txt", "battery.html", "empty.txt")]
    report, html, archive, *_ = client.predict("", uploads, 3, 2, "noun", "extractive", "", api_name="/summarize_ui")
    assert report.startswith("**일괄 요약**: 3개 완료, 1개 실패")
    assert "| empty.txt | ⚠ " in report and "한빛시, 올해 청년·여성 일자리 3천 개 창출" in report
    assert html == ""
    zipped, page = archive["value"]  # the zip, and the digest by policy area beside it (issue 22)
    assert Path(page).name == "kosum-digest.html" and "empty.txt" in Path(page).read_text("utf-8")
    names = sorted(zipfile.ZipFile(zipped).namelist())
    assert names == ["bada.json", "battery.json", "errors.jsonl", "hanbit.json"]
    hanbit = json.loads(zipfile.ZipFile(zipped).read("hanbit.json"))
    assert [s["area"] for s in hanbit["summary"]["sections"]] == ["기업 유치", "청년일자리", "여성일자리"]
    # each upload is named as it was uploaded, never by its path on the server (issue 21, item 14)
    with zipfile.ZipFile(zipped) as zf:
        contents = {name: zf.read(name).decode("utf-8") for name in names}
    assert hanbit["source"] == "hanbit.txt" and json.loads(contents["battery.json"])["source"] == "battery.html"
    assert [json.loads(line)["path"] for line in contents["errors.jsonl"].splitlines()] == ["empty.txt"]
    server_folders = {str(Path(app.demo.GRADIO_CACHE).resolve()), app.demo.GRADIO_CACHE, tempfile.gettempdir()}
    assert not [name for name, text in contents.items() for folder in server_folders if folder in text]


# The server never downloads, shows no server paths, escapes what users wrote, leaves no
# temporary folders behind and warms up before it listens (issue 12, items 10-12 and warm-up).


class HubRecorder:
    """Stands in for ``huggingface_hub.snapshot_download``: records calls; caches nothing, and
    downloads ``files`` (a model folder) when given, else nothing."""

    def __init__(self, files: Path | None = None, cache: Path | None = None) -> None:
        self.calls: list[dict[str, object]] = []
        self.files, self.cache = files, cache

    def __call__(self, repo_id: str, **kwargs: object) -> str:
        import shutil

        from huggingface_hub.errors import LocalEntryNotFoundError

        self.calls.append({"repo_id": repo_id, **kwargs})
        if kwargs.get("local_files_only") or self.files is None or self.cache is None:
            raise LocalEntryNotFoundError(f"{repo_id} is not cached")
        target = self.cache / repo_id.replace("/", "--")
        shutil.copytree(self.files, target, dirs_exist_ok=True)
        return str(target)


@pytest.fixture()
def hub(monkeypatch: pytest.MonkeyPatch) -> HubRecorder:
    import huggingface_hub

    recorder = HubRecorder()
    monkeypatch.setattr(huggingface_hub, "snapshot_download", recorder)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return recorder


def test_the_api_never_makes_the_server_download(client: Client, hub: HubRecorder) -> None:
    article = example("bada-county-welfare")
    with pytest.raises(AppError) as info:
        client.predict(article, 3, 2, "noun", "abstractive", "someone/any-repo", api_name="/summarize")
    assert str(info.value).startswith(
        "이 서버에서 쓸 수 없는 모델입니다: 'someone/any-repo' (not available on this server"
    )
    assert hub.calls == []
    # the default model with the abstractive engine: looked for in the cache only, never downloaded
    with pytest.raises(AppError) as info:
        client.predict(article, 3, 2, "noun", "abstractive", "", api_name="/summarize")
    assert str(info.value) == "요약 모델을 찾을 수 없습니다: 'gogamza/kobart-summarization' (model not found)"
    assert hub.calls and all(call["local_files_only"] for call in hub.calls)
    assert client.predict(article, 3, 2, "noun", "auto", "", api_name="/summarize")["engine"] == "extractive"


def test_paths_are_refused_alike_whether_they_exist_or_not(client: Client, tmp_path: Path) -> None:
    messages = []
    for path in (str(tmp_path), "/nonexistent/kosum-model", "../models/x", "models/kobart-summarization"):
        with pytest.raises(AppError) as info:
            client.predict(example("bada-county-welfare"), 3, 2, "noun", "auto", path, api_name="/summarize")
        messages.append(re.sub(r"'[^']*'", "NAME", str(info.value)))
    assert len(set(messages)) == 1 and str(tmp_path) not in messages[0]


def test_only_installed_models_are_offered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_bart: Path) -> None:
    import shutil

    from kosum.interfaces.webui import _model_choices, check_model, get_summarizer

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KOSUM_MODELS_DIR", str(tmp_path / "shared-models"))
    assert _model_choices() == [("기본값 (설치된 기본 모델, 없으면 추출 요약)", "")]
    shutil.copytree(tiny_bart, tmp_path / "models" / "tiny-kobart")
    assert _model_choices()[1:] == [("tiny-kobart (transformers)", "tiny-kobart")]
    assert check_model(" tiny-kobart ") == "tiny-kobart" and check_model(None) == ""
    for refused in ("someone/any-repo", str(tmp_path / "models" / "tiny-kobart"), "models/tiny-kobart"):
        with pytest.raises(UsageError, match=r"installed models: tiny-kobart\)\.$"):
            check_model(refused)
    # kosum serve --allow-download: hub ids too (downloaded with the abstractive engine only), never paths
    assert check_model("someone/any-repo", allow_download=True) == "someone/any-repo"
    with pytest.raises(UsageError):
        check_model("/etc", allow_download=True)
    assert get_summarizer(engine="abstractive", model="someone/x", download=True).download
    assert not get_summarizer(engine="auto", model="someone/x", download=True).download
    assert not get_summarizer(engine="abstractive", model="someone/x").download


def test_a_server_allowed_to_download_does_so_for_the_abstractive_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_bart: Path
) -> None:
    import socket

    import huggingface_hub

    from kosum.interfaces.webui import build_demo

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KOSUM_MODELS_DIR", str(tmp_path / "shared-models"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    hub = HubRecorder(tiny_bart, tmp_path / "downloads")
    monkeypatch.setattr(huggingface_hub, "snapshot_download", hub)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    demo = build_demo(allow_download=True)
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        remote = Client(f"http://127.0.0.1:{port}/", verbose=False)
        article = example("bada-county-welfare")
        assert (
            remote.predict(article, 3, 2, "noun", "auto", "someone/tiny-kobart", api_name="/summarize")["engine"]
            == "extractive"
        )  # engine auto never downloads
        assert all(call["local_files_only"] for call in hub.calls)
        result = remote.predict(article, 3, 2, "noun", "abstractive", "someone/tiny-kobart", api_name="/summarize")
        assert (result["engine"], result["model"]) == ("abstractive", "someone/tiny-kobart")
        assert not hub.calls[-1]["local_files_only"]
        with pytest.raises(AppError, match="이 서버에서 쓸 수 없는 모델입니다"):
            remote.predict(article, 3, 2, "noun", "abstractive", str(tiny_bart), api_name="/summarize")
    finally:
        demo.close()


def test_serve_has_the_download_flag_off_by_default() -> None:
    from click.testing import CliRunner

    from kosum.interfaces.cli import cli

    shown = CliRunner().invoke(cli, ["serve", "--help"])
    assert "--allow-download" in shown.output and "only the installed models" in shown.output


def test_web_messages_carry_no_server_paths() -> None:
    from kosum.errors import ModelNotFoundError
    from kosum.interfaces.webui_render import public_message

    missing = ModelNotFoundError("kobart", ("/srv/kosum/models/kobart", "/home/me/models/kobart"), "hint")
    assert public_message(missing) == "요약 모델을 찾을 수 없습니다: 'kobart' (model not found)"
    failure = InputError("/tmp/gradio/3f2a/기사.txt: 읽을 수 없습니다 (see /srv/kosum/models/x; 3/4, kosum/models)")
    assert public_message(failure) == "기사.txt: 읽을 수 없습니다 (see x; 3/4, kosum/models)"


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("/srv/My Data/kosum uploads/기사.txt: 없습니다", "기사.txt: 없습니다"),
        ("/tmp/gradio/3f2a/기사 원문.txt: 비어 있습니다", "기사 원문.txt: 비어 있습니다"),
        ("~/models/kobart/config.json 없음", "config.json 없음"),
        ("~kosum/models/x.bin 없음", "x.bin 없음"),
        ("file:///srv/kosum data/a.txt: 오류", "a.txt: 오류"),
        ("FILE:///srv/a.txt", "a.txt"),
        ("'/srv/x/a.txt'와 /tmp/b 를", "'a.txt'와 b 를"),
        ("https://huggingface.co/gogamza/kobart 모델", "https://huggingface.co/gogamza/kobart 모델"),
        ("gogamza/kobart-summarization 3/4", "gogamza/kobart-summarization 3/4"),
    ],
)
def test_the_path_scrubber_takes_spaces_home_and_file_urls(message: str, shown: str) -> None:
    from kosum.interfaces.webui_render import public_message

    assert public_message(InputError(message)) == shown


def test_uploads_are_limited_and_served_back_as_attachments(web_app: str) -> None:
    import httpx

    from kosum.interfaces.webui import MAX_UPLOAD_BYTES

    upload = f"{web_app}gradio_api/upload"
    too_big = httpx.post(upload, files={"files": ("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1))}, timeout=60)
    assert too_big.status_code == 413
    page = b"<html><body><script>fetch('http://127.0.0.1:9/t')</script>\xea\xb0\x80</body></html>"
    (path,) = httpx.post(upload, files={"files": ("page.html", page)}, timeout=60).json()
    served = httpx.get(f"{web_app}gradio_api/file={path}", timeout=60)
    assert served.status_code == 200 and served.content == page
    assert served.headers["content-disposition"].startswith("attachment")
    assert served.headers["content-type"] == "application/octet-stream"
    assert served.headers["x-content-type-options"] == "nosniff"
    assert served.headers["content-security-policy"] == "sandbox"


def test_user_text_is_escaped_in_the_status_line_and_the_report() -> None:
    from dataclasses import replace

    from kosum import summarize
    from kosum.interfaces.webui_render import status_line
    from kosum.types import md_escape

    pixel = "<img src=http://127.0.0.1:9/pixel> ![x](http://127.0.0.1:9/p2) [a](b) *굵게* `코드` a|b $$x$$ &amp;"
    assert md_escape(pixel) == (
        r"\<img src=http\://127.0.0.1\:9/pixel\> !\[x\](http\://127.0.0.1\:9/p2) \[a\](b) \*굵게\* \`코드\` a\|b "
        r"\$\$x\$\$ \&amp;"
    )
    summary = replace(summarize(example("bada-county-welfare")), model=pixel, warnings=(pixel,))
    line = status_line(summary, "auto", "관리자 안내 <b>")
    assert not re.search(r"(?<!\\)(<img|<b>|!\[)", line)
    assert line.count(md_escape(pixel)) == 2 and line.endswith('<small class="ks-note">관리자 안내 \\<b\\></small>')


def test_no_model_installed_is_a_quiet_note(client: Client) -> None:
    from kosum.interfaces.webui_render import NO_MODEL_NOTE
    from kosum.types import md_escape

    status, *_ = client.predict(example("hanbit-city-jobs"), None, 3, 2, "noun", "auto", "", api_name="/summarize_ui")
    assert status.startswith("**추출 요약** 엔진으로 요약했습니다")
    assert status.endswith(f'<small class="ks-note">{md_escape(NO_MODEL_NOTE)}</small>')
    assert "관리자 안내\\: 서버에서 kosum models download 명령으로 모델을 받고" in status


def test_requests_leave_no_temporary_folders(client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    import app

    made: list[str] = []
    mkdtemp = tempfile.mkdtemp

    def recording_mkdtemp(*args: Any, **kwargs: Any) -> str:
        folder = mkdtemp(*args, **kwargs)
        made.append(folder)
        return folder

    monkeypatch.setattr(tempfile, "mkdtemp", recording_mkdtemp)
    (tmp_path / "a.txt").write_text(example("bada-county-welfare"), "utf-8")
    (tmp_path / "b.txt").write_text(example("science-battery"), "utf-8")
    single = client.predict(example("hanbit-city-jobs"), None, 3, 2, "noun", "auto", "", api_name="/summarize_ui")
    uploads = [handle_file(str(tmp_path / "a.txt")), handle_file(str(tmp_path / "b.txt"))]
    batch = client.predict("", uploads, 3, 2, "noun", "auto", "", api_name="/summarize_ui")
    assert single[3]["visible"] and batch[2]["visible"]
    kosum_made = [folder for folder in made if Path(folder).name.startswith("kosum")]
    assert kosum_made and not any(Path(folder).exists() for folder in kosum_made)
    # the downloads are in the server's own cache, which it cleans
    cache = Path(app.demo.GRADIO_CACHE)
    assert list(cache.rglob("kosum-summary.json")) and list(cache.rglob("kosum-results.zip"))


class FakeDemo:
    """Records what was loaded when ``launch`` asked it to start listening."""

    GRADIO_CACHE = "/nowhere/gradio"

    def __init__(self) -> None:
        self.at_launch: dict[str, object] = {}

    def launch(self, **kwargs: object) -> None:
        from kosum import _kiwi
        from kosum.interfaces.webui import get_summarizer

        self.at_launch = {"kiwi": _kiwi._kiwi is not None, "model": get_summarizer()._model, **kwargs}


def test_the_server_warms_up_before_it_listens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_bart: Path
) -> None:
    import shutil

    from kosum import _kiwi
    from kosum import summarizer as summarizer_module
    from kosum.interfaces import webui

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KOSUM_MODELS_DIR", str(tmp_path / "shared-models"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    shutil.copytree(tiny_bart, tmp_path / "models" / "kobart-summarization")
    monkeypatch.setattr(_kiwi, "_kiwi", None)
    summarizer_module._cached.cache_clear()
    demo = FakeDemo()
    try:
        webui.launch(demo, port=7999)
    finally:
        summarizer_module._cached.cache_clear()
    assert demo.at_launch["kiwi"] is True and demo.at_launch["server_port"] == 7999
    # nothing is served inline from the cache (uploads live there), and uploads are limited
    assert "allowed_paths" not in demo.at_launch and demo.at_launch["max_file_size"] == 10_000_000
    model = demo.at_launch["model"]
    assert model is not None and model.name == "gogamza/kobart-summarization"  # type: ignore[attr-defined]
