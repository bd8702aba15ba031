"""The batch's Ray backend: the same outputs and error report as the local backend, resume after a
killed driver, a lost worker retried by Ray. One local Ray instance (2 CPUs), started and shut down
here, serves the whole module."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from batch_tree import FISHING, STARTUP, build_archive, build_tree, check_outputs_parse, contents, kill_when
from kosum import BackendUnavailableError, RayOptions, Summarizer, SummaryOptions, UsageError, summarize_files
from kosum.batch.writers import TMP_SUFFIX
from kosum.interfaces.cli import cli

TESTS = Path(__file__).resolve().parent
#: An article holding this sentence kills the first Ray worker that summarizes it (see crash_once).
CRASH_MARK = "이 문장이 든 기사를 처음 요약하는 작업 프로세스는 멈춘다."


def crash_once() -> None:
    """Ray worker set-up hook: the first worker to prepare an article holding CRASH_MARK dies on the
    spot (``os._exit``), once per module: the flag file says it has happened."""
    from kosum.summarizer import Summarizer

    prepare, flag = Summarizer.prepare, Path(os.environ["KOSUM_TEST_CRASH_FLAG"])

    def crashing(self: Summarizer, text: str, *, title: str | None = None) -> Any:
        if CRASH_MARK in text and not flag.exists():
            flag.touch()
            os._exit(1)
        return prepare(self, text, title=title)

    Summarizer.prepare = crashing  # type: ignore[method-assign]


@dataclass(frozen=True)
class RayInstance:
    address: str
    crash_flag: Path


@pytest.fixture(scope="module")
def ray_instance(tmp_path_factory: pytest.TempPathFactory, ray_test_config: dict[str, int]) -> Iterator[RayInstance]:
    import ray

    flag = tmp_path_factory.mktemp("ray") / "crashed"
    python_path = [str(TESTS), *filter(None, [os.environ.get("PYTHONPATH")])]  # workers import crash_once
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        object_store_memory=200 * 2**20,
        _system_config=ray_test_config,
        runtime_env={
            "worker_process_setup_hook": crash_once,
            "env_vars": {"KOSUM_TEST_CRASH_FLAG": str(flag), "PYTHONPATH": os.pathsep.join(python_path)},
        },
    )
    try:
        yield RayInstance(ray.get_runtime_context().gcs_address, flag)
    finally:
        ray.shutdown()


def kosum(*args: str) -> Result:
    return CliRunner().invoke(cli, ["summarize", "-e", "extractive", *args])


def outcome(result: Any) -> Any:
    return (type(result).__name__, str(result)) if isinstance(result, Exception) else result.to_dict()


def test_outputs_and_errors_equal_the_local_backend(ray_instance: RayInstance, tmp_path: Path) -> None:
    tree = build_tree(tmp_path)
    local = kosum(str(tree), "-o", str(tmp_path / "local"))
    assert local.output.startswith("kosum: 10 done, 0 skipped, 4 failed")
    remote = kosum(str(tree), "-o", str(tmp_path / "ray"), "--backend", "ray", "--quiet")
    assert (remote.exit_code, remote.output) == (1, "")
    assert contents(tmp_path / "ray") == contents(tmp_path / "local")  # errors.jsonl included
    assert len(contents(tmp_path / "ray")) == 9
    again = kosum(str(tree), "-o", str(tmp_path / "ray"), "--backend", "ray")  # resume: nothing left for Ray
    errors, ignored = tmp_path / "ray" / "errors.jsonl", f"1 not read (unknown type): {tree / 'ignored.log'}"
    assert again.output == f"kosum: 0 done, 10 skipped, 4 failed; errors: {errors}; {ignored}\n"

    options = SummaryOptions(engine="extractive", sentences=2, bullet_style="sentence")
    expected = [(s, outcome(r)) for s, r in summarize_files(tree, options=options)]
    run = summarize_files(tree, options=options, ray=RayOptions(actors=2, progress=False))
    assert [(s, outcome(r)) for s, r in run] == expected
    assert (run.stats.done, run.stats.failed) == (10, 4)


def test_single_jsonl_output_and_seq2seq_model(ray_instance: RayInstance, tmp_path: Path, tiny_ct2: Path) -> None:
    tree = build_tree(tmp_path)
    common = (str(tree / "utf8.txt"), str(tree / "feed.jsonl"), "-e", "abstractive", "-m", str(tiny_ct2), "-q")
    assert kosum(*common, "--output", str(tmp_path / "local.jsonl")).exit_code == 1
    remote = kosum(*common, "--output", str(tmp_path / "ray.jsonl"), "--backend", "ray", "--ray-actors", "1")
    assert remote.exit_code == 1, remote.output
    ray_lines = (tmp_path / "ray.jsonl").read_bytes()
    assert ray_lines == (tmp_path / "local.jsonl").read_bytes()
    assert [json.loads(line)["summary"]["engine"] for line in ray_lines.splitlines()] == ["abstractive"] * 3
    assert (tmp_path / "ray.errors.jsonl").read_bytes() == (tmp_path / "local.errors.jsonl").read_bytes()


def test_resume_after_the_driver_is_killed(ray_instance: RayInstance, tmp_path: Path) -> None:
    tree, out = tmp_path / "tree", tmp_path / "out"
    articles = build_archive(tree, files=5, rows=300)
    command = [sys.executable, "-m", "kosum", "summarize", "-e", "extractive", str(tree), "-o", str(out)]
    kill_when([*command, "--backend", "ray", "--ray-address", ray_instance.address, "-q"], 20)
    check_outputs_parse(out)
    finished = len(list(out.glob("*.json"))) + len(list((out / "m.jsonl.parts").glob("*.json")))
    assert 20 <= finished < articles and not (out / "m.jsonl").exists()

    rerun = kosum(str(tree), "-o", str(out), "--backend", "ray")
    assert rerun.output.endswith(f"kosum: {articles - finished} done, {finished} skipped, 0 failed\n")
    assert not (out / "m.jsonl.parts").exists() and not [p for p in out.rglob("*") if p.name.endswith(TMP_SUFFIX)]
    assert kosum(str(tree), "-o", str(tmp_path / "fresh"), "-q").exit_code == 0
    assert contents(out) == contents(tmp_path / "fresh")


def test_a_lost_worker_is_retried(ray_instance: RayInstance, tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    articles = build_archive(tree, files=2, rows=40)
    with (tree / "m.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow(["crash", f"{STARTUP} {CRASH_MARK}"])
    assert not ray_instance.crash_flag.exists()
    summarizer = Summarizer(engine="extractive")
    run = summarize_files(tree, out_dir=tmp_path / "ray", summarizer=summarizer, ray=RayOptions(progress=False))
    results = list(run)
    assert ray_instance.crash_flag.exists()  # a worker died on the marked article, and Ray ran it again
    assert (run.stats.done, run.stats.failed, len(results)) == (articles + 1, 0, articles + 1)
    rows = [json.loads(line) for line in (tmp_path / "ray" / "m.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in rows] == [*(f"r{i}" for i in range(40)), "crash"]  # each output exactly once
    local = summarize_files(tree, out_dir=tmp_path / "local", summarizer=summarizer)
    assert [s for s, _ in local] == [s for s, _ in results]
    assert contents(tmp_path / "ray") == contents(tmp_path / "local")


def test_backend_usage_errors(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FISHING, "utf-8")
    for args, message in [
        (("--ray-address", "127.0.0.1:6379"), "need --backend ray"),
        (("--backend", "ray", "--ray-actors", "0"), "0 is not in the range x>=1"),
        (("--backend", "ctranslate2"), "'ctranslate2' is not one of 'local', 'ray'"),
        (("--model-backend", "ray"), "'ray' is not one of 'auto', 'transformers', 'ctranslate2'"),
    ]:
        result = kosum(str(tmp_path / "a.txt"), *args)
        assert result.exit_code == 2 and message in result.output, (args, result.output)
    with pytest.raises(UsageError, match="ray must be RayOptions or None, not 'spark'"):
        summarize_files(tmp_path, ray="spark")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="actors must be at least 1, not 0"):
        RayOptions(actors=0)
    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    with pytest.raises(BackendUnavailableError, match=r"pip install 'kosum\[ray\]'"):
        summarize_files(tmp_path, ray=RayOptions())
    assert kosum(str(tmp_path / "a.txt"), "--backend", "ray").output.startswith("kosum: The Ray backend needs")
