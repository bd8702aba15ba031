"""``kosum serve``: the web UI and HTTP API on a local port."""

from __future__ import annotations

import click

from .webui import DEFAULT_HOST, DEFAULT_PORT

__all__ = ["serve"]


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to bind (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True)
def serve(host: str, port: int) -> None:
    """Serve the web UI and the /summarize HTTP API (Gradio)."""
    from .webui import build_demo, launch

    launch(build_demo(), host=host, port=port)
