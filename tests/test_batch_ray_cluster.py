"""The Ray backend on a real cluster started the documented way: ``ray start --head``, a second node
with ``ray start --address`` (two raylets on this machine), token authentication on, kosum joining
with ``--ray-address``. Everything stays on loopback: no address but 127.0.0.1 is contacted.

What keeps it there (Ray 2.60): Ray takes ``127.0.0.1`` given to ``ray start --node-ip-address`` or
to the driver for the machine's routable address, unless ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0``;
with it the head advertises 127.0.0.1 and its GCS and raylet listen on 127.0.0.1 only. ``ray start
--address`` refuses to run under that setting, so the second node joins through the same loopback
address spelled ``[::ffff:127.0.0.1]`` (which Ray leaves as it is) and advertises it.

The cluster (one CPU per node, so two actors run one on each node) lives in a private temp dir and
is stopped by killing its own process groups, never with ``ray stop``, which would stop every Ray
process of the user (other test runs' instances included).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_tree import FISHING, build_archive, build_tree, contents
from kosum.batch import ray_join
from kosum.errors import UsageError
from kosum.interfaces.cli import cli
from serving import free_port

ray_constants = pytest.importorskip("ray._private.ray_constants")  # runs wherever Ray is installed

SRC = Path(__file__).resolve().parent.parent / "src"
RAY = Path(sys.executable).with_name("ray")
#: The second node joins through this spelling of 127.0.0.1, which Ray does not rewrite.
MAPPED_LOOPBACK = "::ffff:127.0.0.1"
#: Ports Ray's own components take by default whatever the GCS port is (the dashboard and its
#: agent's HTTP server): a GCS port drawn from the free ones must not be one of them, or `ray start`
#: refuses ("dashboard_agent_http is trying to use a port number 52365 that is used by other
#: components"), as it did once in CI.
RAY_DEFAULT_PORTS = frozenset({ray_constants.DEFAULT_DASHBOARD_PORT, ray_constants.DEFAULT_DASHBOARD_AGENT_LISTEN_PORT})


def gcs_port() -> int:
    """A free port for the head's GCS that none of Ray's default ports collides with."""
    while (port := free_port()) in RAY_DEFAULT_PORTS:
        continue
    return port


@dataclass(frozen=True)
class Cluster:
    address: str
    env: Mapping[str, str]  # the driver's: token auth on, loopback kept on loopback
    root: Path


def _ray_start(args: list[str], env: Mapping[str, str]) -> int:
    """``ray start ARGS`` in a session of its own; returns the process group of the daemons it leaves."""
    proc = subprocess.Popen(
        [str(RAY), "start", "--disable-usage-stats", "--object-store-memory", str(100 * 2**20), *args],
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, output
    return proc.pid


def _stop(groups: list[int]) -> None:
    """Our cluster's processes only: SIGTERM to each group, SIGKILL to what is left after 3 s."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for group in groups:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, sig)
        if sig == signal.SIGTERM:
            time.sleep(3)


@pytest.fixture(scope="module")
def cluster(ray_test_config: dict[str, int]) -> Iterator[Cluster]:
    root = Path(tempfile.mkdtemp(prefix="kosum-ray-"))  # short: Ray's socket paths must fit 107 bytes
    token = root / "token"
    token.write_text(secrets.token_hex(32), "utf-8")
    token.chmod(0o600)
    port = gcs_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAY_ADDRESS", "RAY_AUTH", "RAY_ENABLE_"))}
    pythonpath = os.pathsep.join([str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])])
    env.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN_PATH=str(token), RAY_USAGE_STATS_ENABLED="0")
    env.update({f"RAY_{name}": str(value) for name, value in ray_test_config.items()})  # read by `ray start`
    env["PYTHONPATH"] = pythonpath
    loopback = {**env, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}
    groups: list[int] = []
    try:
        head = ["--head", "--node-ip-address", "127.0.0.1", "--port", str(port), "--include-dashboard", "false"]
        groups.append(_ray_start([*head, "--num-cpus", "1", "--temp-dir", str(root / "head")], loopback))
        node = ["--address", f"[{MAPPED_LOOPBACK}]:{port}", "--num-cpus", "1", "--temp-dir", str(root / "node")]
        groups.append(_ray_start(node, env))
        yield Cluster(f"127.0.0.1:{port}", loopback, root)
    finally:
        _stop(groups)
        shutil.rmtree(root, ignore_errors=True)


def kosum_process(env: Mapping[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``kosum summarize -e extractive ARGS`` as its own process: the Ray driver, as a user runs it."""
    command = [sys.executable, "-m", "kosum", "summarize", "-e", "extractive", *args]
    return subprocess.run(command, env=dict(env), capture_output=True, text=True, timeout=300)


def local(*args: str) -> str:
    return CliRunner().invoke(cli, ["summarize", "-e", "extractive", *args]).output


def loopback(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
    return ip.is_loopback or bool(mapped and mapped.is_loopback)


def test_the_cluster_has_two_nodes_and_advertises_loopback_only(cluster: Cluster) -> None:
    script = (
        "import json, ray; ray.init(address='auto', log_to_driver=False); print(json.dumps(["
        "ray.get_runtime_context().gcs_address, [[n['NodeManagerAddress'], n['Alive'], n['Resources'].get('CPU')] "
        "for n in ray.nodes()]]))"
    )
    env = {**cluster.env, "RAY_ADDRESS": cluster.address}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    gcs, nodes = json.loads(done.stdout.splitlines()[-1])
    assert gcs == cluster.address
    assert sorted(map(tuple, nodes)) == [("127.0.0.1", True, 1.0), (MAPPED_LOOPBACK, True, 1.0)]
    assert all(loopback(address) for address, _, _ in nodes)


def test_joined_cluster_writes_what_the_local_backend_writes(cluster: Cluster, tmp_path: Path) -> None:
    tree = build_tree(tmp_path)
    build_archive(tree / "archive", files=2, rows=40)  # 58 articles in 4 blocks: one actor on each node
    expected = local(str(tree), "-o", str(tmp_path / "local"))
    assert expected.startswith("kosum: 54 done, 0 skipped, 4 failed")
    out = tmp_path / "cluster"
    joined = kosum_process(cluster.env, str(tree), "-o", str(out), "--backend", "ray", "--ray-address", cluster.address)
    assert joined.returncode == 1, joined.stderr
    assert expected.replace(str(tmp_path / "local"), str(out)) in joined.stderr  # the count line
    assert contents(out) == contents(tmp_path / "local")  # byte for byte, errors.jsonl included
    for node in ("head", "node"):  # each node's raylet ran a summarizing actor
        logs = (cluster.root / node / "session_latest" / "logs").glob("worker-*.out")
        assert any("SummarizeActor" in log.read_text("utf-8", "replace") for log in logs), node


def test_auto_joins_the_cluster_named_by_ray_address(cluster: Cluster, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(FISHING, "utf-8")
    env = {**cluster.env, "RAY_ADDRESS": cluster.address}
    args = (str(tmp_path / "in"), "-o", str(tmp_path / "auto"), "--backend", "ray", "--ray-address", "auto")
    joined = kosum_process(env, *args)
    assert joined.returncode == 0, joined.stderr
    assert "kosum: 1 done, 0 skipped, 0 failed\n" in joined.stderr
    local(str(tmp_path / "in"), "-o", str(tmp_path / "local"))
    assert contents(tmp_path / "auto") == contents(tmp_path / "local")


def test_a_wrong_address_names_the_advertised_one(cluster: Cluster, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FISHING, "utf-8")
    wrong = f"127.0.0.1:{free_port()}"
    failed = kosum_process(cluster.env, str(tmp_path / "a.txt"), "--backend", "ray", "--ray-address", wrong)
    assert failed.returncode == 1
    assert f"nothing accepts connections at {wrong}" in failed.stderr
    assert "Ray clusters on this machine advertise" in failed.stderr and cluster.address in failed.stderr
    assert "--node-ip-address" in failed.stderr


def test_a_driver_without_the_token_is_told_how_to_pass_it(cluster: Cluster, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FISHING, "utf-8")
    env = {k: v for k, v in cluster.env.items() if k != "RAY_AUTH_MODE"}  # Ray sends no token to an address
    env["RAY_gcs_server_port_wait_time_s"] = "2"  # Ray's own retries: 2 s, not 20
    failed = kosum_process(env, str(tmp_path / "a.txt"), "--backend", "ray", "--ray-address", cluster.address)
    assert failed.returncode == 1
    assert f"{cluster.address} answers but refused this process, which sends no token" in failed.stderr
    assert "set RAY_AUTH_MODE=token" in failed.stderr and "RAY_AUTH_TOKEN_PATH=FILE" in failed.stderr
    env.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN="not-the-cluster-token")  # wins over RAY_AUTH_TOKEN_PATH
    refused = kosum_process(env, str(tmp_path / "a.txt"), "--backend", "ray", "--ray-address", cluster.address)
    assert refused.returncode == 1
    assert "answers but it refused the token this process sends (from RAY_AUTH_TOKEN)" in refused.stderr


def test_a_malformed_address_is_a_usage_error(tmp_path: Path) -> None:
    from kosum.batch.ray import import_ray

    with pytest.raises(UsageError, match="a Ray cluster address is HOST:PORT or auto, not 'head-node'"):
        ray_join.join(import_ray(), "head-node", {})


def test_advice_names_what_ray_did_with_the_address(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    advice = ray_join.address_advice("127.0.0.1:6390", "192.0.2.7:6390", ["192.0.2.7:6390"])
    assert "nothing accepts connections at 192.0.2.7:6390 (Ray took 127.0.0.1:6390 for this machine's" in advice
    assert "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0" in advice and "advertise 192.0.2.7:6390." in advice
    assert "no cluster started with `ray start` was found" in ray_join.address_advice("auto", None, [])
    for name in ("RAY_AUTH_MODE", "RAY_AUTH_TOKEN", "RAY_AUTH_TOKEN_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert (ray_join.token_source(), ray_join.sends_token("auto")) == (None, False)
    (tmp_path / ".ray").mkdir()
    (tmp_path / ".ray" / "auth_token").write_text("t", "utf-8")
    assert (ray_join.sends_token("auto"), ray_join.sends_token("10.0.0.1:6379")) == (True, False)
    monkeypatch.setenv("RAY_AUTH_TOKEN_PATH", "/secret/token")
    monkeypatch.setenv("RAY_AUTH_MODE", "token")
    assert "refused the token this process sends (from RAY_AUTH_TOKEN_PATH=/secret/token)" in ray_join.auth_advice(
        "10.0.0.1:6379", "10.0.0.1:6379"
    )
