"""``kosum serve``: the web UI and HTTP API on a local port."""

from __future__ import annotations

import click

from .webui import DEFAULT_HOST, DEFAULT_PORT

__all__ = ["serve"]


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to bind (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True)
@click.option(
    "--allow-download",
    is_flag=True,
    help="Let web users ask for hub models, downloaded by the server [default: only the installed models].",
)
@click.option("--allow-urls", is_flag=True, help="Let web users give an article's link, fetched by the server.")
@click.option(
    "--allow-private-urls",
    is_flag=True,
    help="With --allow-urls, also fetch hosts on loopback, private and link-local addresses (tests, intranets).",
)
def serve(host: str, port: int, allow_download: bool, allow_urls: bool, allow_private_urls: bool) -> None:
    """Serve the web UI and the /summarize HTTP API (Gradio).

    Kiwi and the default model are loaded before the server starts listening.
    """
    from .webui import build_demo, launch

    if allow_private_urls and not allow_urls:
        raise click.UsageError("--allow-private-urls needs --allow-urls")
    demo = build_demo(allow_download=allow_download, allow_urls=allow_urls, allow_private_urls=allow_private_urls)
    launch(demo, host=host, port=port)
