"""Joining a Ray cluster started with ``ray start``, with errors that say what to do.

Two things stand between a driver and a cluster that ``ray start`` started (Ray 2.5x/2.60):

- **Token authentication.** ``ray start`` turns it on when a token exists (``~/.ray/auth_token``,
  which any local ``ray.init()`` writes); every process then needs ``RAY_AUTH_MODE=token`` and the
  cluster's token, found by Ray in this order: ``RAY_AUTH_TOKEN``, the file ``RAY_AUTH_TOKEN_PATH``
  names, ``~/.ray/auth_token``. Ray sends the token by itself only to a cluster found with ``"auto"``;
  to an address given outright, only with ``RAY_AUTH_MODE=token`` (kosum keeps that rule: the token
  is a secret, and an address is not proof of whose cluster it is).
- **The advertised address.** A node advertises one address, ``ray start --node-ip-address``
  (default: the machine's routable address), and Ray takes ``127.0.0.1``/``localhost`` — given to
  ``ray start`` or to the driver — for the machine's routable address, unless
  ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0`` keeps it on loopback (see the README).

:func:`join` checks, before Ray's own 20-second retries, that something accepts connections where
Ray will connect, and turns Ray's failures into :class:`~kosum.KosumError` messages that name the
address Ray used, the addresses the clusters on this machine advertise, and how to pass the token.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import KosumError, UsageError

__all__ = ["address_advice", "advertised_here", "auth_advice", "join", "sends_token", "target", "token_source"]

logger = logging.getLogger("kosum")

#: Seconds to wait for a TCP connection to the cluster's address before calling it unreachable.
PROBE_TIMEOUT_S = 3.0

_CANNOT_JOIN = "Ray 클러스터에 연결할 수 없습니다"
_TOKEN_HOW = (
    "set RAY_AUTH_MODE=token in the environment of kosum (and of every `ray start`) and give it the "
    "token the cluster was started with (`ray get-auth-token` on the head prints it): copy the head's "
    "~/.ray/auth_token to ~/.ray/auth_token here, or set RAY_AUTH_TOKEN_PATH=FILE or RAY_AUTH_TOKEN=TOKEN"
)


def token_source() -> str | None:
    """Where Ray would take this process's token from, ``None`` when there is none."""
    if os.environ.get("RAY_AUTH_TOKEN"):
        return "RAY_AUTH_TOKEN"
    if path := os.environ.get("RAY_AUTH_TOKEN_PATH"):
        return f"RAY_AUTH_TOKEN_PATH={path}"
    default = Path.home() / ".ray" / "auth_token"
    return str(default) if default.is_file() else None


def sends_token(address: str) -> bool:
    """Whether ``ray.init(address=address)`` sends a token: ``RAY_AUTH_MODE=token``, or ``"auto"``
    with a token available and ``RAY_AUTH_MODE`` unset (Ray's rule)."""
    mode = os.environ.get("RAY_AUTH_MODE")
    if mode is not None:
        return mode.strip().lower() == "token"
    return address == "auto" and token_source() is not None


def target(address: str) -> str | None:
    """The ``HOST:PORT`` Ray connects to for ``address`` (``"auto"``: ``$RAY_ADDRESS`` or the cluster
    ``ray start`` started last on this machine; a loopback host as Ray rewrites it), ``None`` when
    ``"auto"`` finds no cluster."""
    from ray._private import services

    try:
        resolved: str | None = services.canonicalize_bootstrap_address(address)
    except ConnectionError:  # "auto" with several clusters and none recorded as the last one
        return None
    return resolved


def advertised_here() -> list[str]:
    """The GCS addresses of the Ray clusters whose nodes run on this machine (as their raylets were
    told them: the addresses the clusters advertise), sorted."""
    try:
        from ray._private import services

        found: Any = services.find_gcs_addresses
        return sorted(found())
    except Exception:  # a diagnostic only: never hide the error it explains
        return []


def _split(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return host.strip("[]"), int(port)


def _reachable(address: str) -> bool:
    try:
        with socket.create_connection(_split(address), timeout=PROBE_TIMEOUT_S):
            return True
    except (OSError, ValueError):
        return False


def address_advice(given: str, used: str | None, advertised: list[str]) -> str:
    """What to do when nothing answers where Ray connects for ``given`` (``used``)."""
    if used is None:
        where = f"{given}: RAY_ADDRESS is unset and no cluster started with `ray start` was found on this machine"
    else:
        where = f"nothing accepts connections at {used}"
        if _split(used)[0] != _split(given)[0] and given != "auto":
            where += (
                f" (Ray took {given} for this machine's routable address; "
                "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 keeps a loopback address on loopback)"
            )
    here = f"Ray clusters on this machine advertise {', '.join(advertised)}. " if advertised else ""
    return (
        f"{_CANNOT_JOIN} ({where}). {here}Pass the address the cluster advertises: `ray start --head` "
        "prints it (ray start --address='HOST:PORT'), and a node advertises the address set with "
        "`ray start --node-ip-address` (default: its machine's routable address)"
    )


def auth_advice(used: str, address: str) -> str:
    """What to do when the cluster at ``used`` answers but refuses this process."""
    source = token_source()
    if sends_token(address):
        why = f"it refused the token this process sends (from {source})" if source else "this process has no token"
        return f"{_CANNOT_JOIN} ({used} answers but {why}): {_TOKEN_HOW}"
    return (
        f"{_CANNOT_JOIN} ({used} answers but refused this process, which sends no token: the cluster "
        f"most likely uses token authentication, which `ray start` turns on when a token exists): {_TOKEN_HOW}"
    )


def _authentication_error(ray: ModuleType) -> type[Exception]:
    """Ray's error for token authentication on without a token (Ray 2.52 and later)."""
    error: type[Exception] = getattr(ray.exceptions, "AuthenticationError", ConnectionError)
    return error


def join(ray: ModuleType, address: str, init_kwargs: Mapping[str, Any]) -> None:
    """``ray.init(address=address, **init_kwargs)``, with errors that say what to do.

    Raises:
        UsageError: ``address`` is not ``HOST:PORT`` or ``"auto"``.
        KosumError: no cluster at the address Ray uses, a refused connection (token authentication),
            or a cluster with no node on this machine (the driver must run on one of its nodes).
    """
    try:
        used = target(address)
    except ValueError as exc:  # not HOST:PORT
        raise UsageError(f"a Ray cluster address is HOST:PORT or auto, not {address!r}") from exc
    if used is None or not _reachable(used):
        raise KosumError(address_advice(address, used, advertised_here()))
    logger.debug("joining the Ray cluster at %s (given: %s)", used, address)
    try:
        ray.init(address=address, **init_kwargs)
    except (ConnectionError, _authentication_error(ray)) as exc:
        raise KosumError(f"{auth_advice(used, address)}. Ray: {exc}") from exc
    except (RuntimeError, ValueError) as exc:
        if "No node info found" not in str(exc):
            raise KosumError(f"{_CANNOT_JOIN} ({used}): {exc}") from exc
        raise KosumError(
            f"{_CANNOT_JOIN} ({used} answers, but no node of that cluster runs on this machine: kosum, the "
            f"Ray driver, must run on one of its nodes: run it on the head, or start a node here with "
            f"`ray start --address {used}`). Ray: {exc}"
        ) from exc
