"""The web app's HTTP API, through gradio_client against the app on a local port."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

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
    assert "추출 요약" in status and "⚠" not in status  # no model installed: the designed default, no alarm
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
    assert str(info.value) == "sentences must be a whole number, not 'abc'"
    with pytest.raises(AppError) as info:
        client.predict(example("bada-county-welfare"), 3, 2, "noun", "magic", api_name="/summarize")
    assert str(info.value) == "engine must be one of auto, extractive, abstractive, not 'magic'"


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
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kosum", "serve", "--port", str(port)], cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                    assert page.status == 200
                    assert "kosum" in page.read().decode("utf-8")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.5)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_several_uploads_are_a_batch_with_a_zip(client: Client, tmp_path: Path) -> None:
    import zipfile

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
    names = sorted(zipfile.ZipFile(archive["value"]).namelist())
    assert names == ["bada.json", "battery.json", "errors.jsonl", "hanbit.json"]
    hanbit = json.loads(zipfile.ZipFile(archive["value"]).read("hanbit.json"))
    assert [s["area"] for s in hanbit["summary"]["sections"]] == ["기업 유치", "청년일자리", "여성일자리"]
