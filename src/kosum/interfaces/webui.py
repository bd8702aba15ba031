"""kosum's web UI and HTTP API, built with Gradio on kosum's public API.

``build_demo()`` returns the ``gr.Blocks`` app (``app.py`` at the repository root calls it
and names it ``demo``); ``launch(demo)`` loads Kiwi and the default model, then serves it
on 127.0.0.1 with the queue and the page styles set. The named endpoint ``/summarize``
takes the article text first, every other parameter with a default, and returns
``Summary.to_dict()``.

The server never downloads unless it was built with ``allow_download=True``
(``kosum serve --allow-download``): the page and the API offer the models installed under
the models folders (what ``kosum models list`` shows) and the default; any other name is
refused without looking at the disk. Links (the link field, or a link alone in the text box) are
fetched only by a server built with ``allow_urls=True`` (``kosum serve --allow-urls``), and hosts
on non-public addresses are refused unless ``allow_private_urls``. Messages shown over the web
carry no server paths, and everything user-written that is rendered as Markdown or HTML is
escaped. Uploads are limited to the largest file the readers accept (:data:`MAX_UPLOAD_BYTES`),
and every file the server sends back (an upload, a download) comes as an attachment that no
browser renders or runs (:func:`serve_options`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from ..backends.resolve import is_hub_id, local_models
from ..batch.discovery import is_url
from ..batch.fetch import FetchOptions, link_article
from ..batch.formats import INPUT_KINDS, SUMMARY_VIEWS
from ..errors import BackendUnavailableError, InputError, KosumError, UsageError
from ..options import AUTO_SENTENCES, BATCH_MAX_CHARS, WEB_MAX_CHARS
from ..pipeline.tuning import LENGTH
from ..summarizer import Summarizer, shared_summarizer
from ..types import Summary, md_escape
from .webui_render import NO_MODEL_NOTE, public_message, render_result, status_line

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "MAX_UI_CHARS",
    "MAX_UPLOAD_BYTES",
    "build_demo",
    "check_model",
    "launch",
    "serve_options",
    "warm_up",
]

logger = logging.getLogger("kosum")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
#: The largest article the web page and its API accept, in characters (see kosum.options).
MAX_UI_CHARS = WEB_MAX_CHARS
#: Requests summarized at once; a burst beyond this waits in the queue.
CONCURRENCY = 2
#: Requests that may wait in the queue before new ones are turned away.
QUEUE_SIZE = 64
#: Seconds a download (a summary view, a zip) stays in the server's cache.
DOWNLOAD_SECONDS = 3600
#: The largest upload, in bytes: the largest file of one article the batch readers accept
#: (``bytes_per_char`` of the input kinds times their article limit; an ``.html`` page: 10 MB).
MAX_UPLOAD_BYTES = max(kind.bytes_per_char for kind in INPUT_KINDS.values()) * BATCH_MAX_CHARS

#: The "요약 문장 수" control's choices: auto (the default: the length follows the article's), or
#: a fixed count; the API (``/summarize``) takes the same values.
SENTENCE_CHOICES: list[tuple[str, str | int]] = [
    ("자동 (기사 길이에 맞춤)", AUTO_SENTENCES),
    *((f"{n}문장", n) for n in range(1, 11)),
]
#: What the control says "auto" does.
AUTO_INFO = (
    f"자동: 기사 {LENGTH.chars_per_sentence}자마다 한 문장 "
    f"(최소 {LENGTH.min_sentences}문장, 최대 {LENGTH.max_sentences}문장)"
)
EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "data" / "examples"
#: Summarized by :func:`warm_up` when no bundled example is there.
_WARM_UP_TEXT = "새솔시는 올해 공공 도서관 두 곳을 새로 짓는다. 시는 도서관에 청년 창업 공간도 함께 마련하기로 했다."

_JS = """
function pick(target) {
  const src = target.closest('[data-src]');
  if (!src || !element.contains(src)) return;
  element.querySelectorAll('.ks-hl').forEach(e => e.classList.remove('ks-hl'));
  element.querySelectorAll('.ks-selected').forEach(e => e.classList.remove('ks-selected'));
  src.classList.add('ks-selected');
  let first = null;
  for (const id of (src.dataset.src || '').split(' ').filter(Boolean)) {
    const s = element.querySelector('[data-s="' + id + '"]');
    if (s) { s.classList.add('ks-hl'); first = first || s; }
  }
  if (first) first.scrollIntoView({block: 'nearest', behavior: 'smooth'});
}
element.addEventListener('click', e => pick(e.target));
element.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') pick(e.target); });
"""

# On a phone the result sits below the form: bring its first line to the top of the screen.
_SCROLL_TO_RESULT = "() => document.getElementById('ks-status')?.scrollIntoView({block: 'start', behavior: 'smooth'})"

_CSS = """
.ks { font-size: 15px; line-height: 1.65; word-break: keep-all; overflow-wrap: anywhere; }
.ks h2.ks-title { font-size: 1.25em; margin: 0 0 .6em; }
.ks h3 { font-size: 1.05em; margin: 1.1em 0 .5em; }
.ks h3 small { font-weight: normal; color: #6b7280; font-size: .8em; margin-left: .4em; }
.ks-summary-text { background: #f1f5f9; border-radius: 8px; padding: .8em 1em; margin: 0; cursor: pointer; }
.ks-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: .8em; }
.ks-card { border: 1px solid #d1d5db; border-radius: 10px; padding: .7em .9em; background: #fff; }
.ks-area { margin: 0 0 .2em; font-size: 1em; color: #1d4ed8; cursor: pointer; }
.ks-heading { margin: 0 0 .4em; color: #6b7280; font-size: .85em; }
.ks-card-head { display: flex; align-items: baseline; gap: .5em; flex-wrap: wrap; }
.ks-tag { font-size: .75em; color: #374151; background: #e5e7eb; border-radius: 999px; padding: 0 .6em; }
.ks-card ul { margin: 0; padding-left: 1.1em; }
.ks-bullet { cursor: pointer; border-radius: 4px; padding: .1em .2em; margin: .25em 0; }
.ks-bullet:hover, .ks-area:hover { background: #eff6ff; }
.ks-selected { outline: 2px solid #2563eb; background: #eff6ff; }
.ks-warn { color: #b45309; font-size: .85em; margin-top: .2em; }
.ks-article-body { max-height: 32em; overflow-y: auto; border: 1px solid #e5e7eb; border-radius: 8px;
  padding: .6em .9em; }
.ks-p { margin: 0 0 .7em; }
.ks-s { border-radius: 3px; transition: background .2s; }
.ks-s.ks-hl { background: #fde68a; box-shadow: 0 0 0 2px #fde68a; }
.ks-empty { color: #6b7280; }
@media (max-width: 640px) { .ks { font-size: 14px; } .ks-cards { grid-template-columns: 1fr; } }
"""

_INTRO = (
    "# kosum · 한국어 기사 요약\n"
    "기사를 붙여 넣거나 파일을 올리면 짧은 요약과 정책 분야별 핵심 항목을 만들어 드립니다. "
    "사이트 이름, 기자 정보, 저작권 문구 같은 군더더기는 알아서 걷어 냅니다."
)


def _whole(value: Any) -> Any:
    """A slider's float as the whole number it stands for; anything else as it came (the options
    say what is wrong with it)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def get_summarizer(
    sentences: Any = AUTO_SENTENCES,
    bullets: Any = 2,
    bullet_style: Any = "noun",
    engine: Any = "auto",
    model: Any = "",
    download: bool = False,
) -> Summarizer:
    """The shared :class:`Summarizer` for these options (see :func:`kosum.shared_summarizer`: the
    model loads once), with the web's article limit. It downloads only with ``download`` and
    engine ``"abstractive"`` (the web passes what the server allows), never otherwise.

    Raises:
        UsageError: a wrong option; the message names it.
    """
    if isinstance(model, str):
        model = model.strip() or None
    server: dict[str, Any] = {}
    if engine == "abstractive":  # the library downloads for this engine by default: the server decides
        server["download"] = download
    return shared_summarizer(
        engine=engine,
        sentences=_whole(sentences),
        bullets=_whole(bullets),
        bullet_style=bullet_style,
        max_chars=MAX_UI_CHARS,
        model=model,
        **server,
    )


def check_model(model: Any, *, allow_download: bool = False) -> Any:
    """``model`` if this server may use it: ``""`` (the default), a model installed under the
    models folders, or (only with ``allow_download``) a hub id. Nothing else is looked up, so
    the answer never depends on which folders exist. A value that is not a string is returned
    as it came, for the options to say what is wrong with it.

    Raises:
        UsageError: any other name or path.
    """
    if model is not None and not isinstance(model, str):
        return model
    name = (model or "").strip()
    installed = [found[0] for found in local_models()]
    if not name or name in installed or (allow_download and is_hub_id(name)):
        return name
    offered = ", ".join(installed) if installed else "없음 (none)"
    raise UsageError(
        f"이 서버에서 쓸 수 없는 모델입니다: {name!r} (not available on this server; installed models: {offered})."
    )


#: What a server that reads no links answers a link with.
LINKS_OFF = (
    "이 서버는 링크를 읽지 않습니다: 기사 본문을 복사해 붙여 넣거나 저장한 파일을 올려 주세요 "
    "(links are not read on this server: paste the article's text)."
)


def read_link(text: str, link: str, *, allow_urls: bool, allow_private: bool = False) -> tuple[str, str | None]:
    """The article to summarize: ``text`` as it is, or the page at ``link`` (or at a link that is all
    of ``text``) when the server reads links, with its headline as the title.
    ``read_link("https://…", "", allow_urls=False)`` raises.

    Raises:
        InputError: a link on a server that reads none (:data:`LINKS_OFF`), or one that cannot be read.
    """
    link = (link or "").strip() if isinstance(link, str) else ""
    alone = text.strip() if isinstance(text, str) else ""
    if not link and is_url(alone) and not any(ch.isspace() for ch in alone):
        link = alone
    if not link:
        return text, None
    if not allow_urls:
        raise InputError(LINKS_OFF)
    found, title, _ = link_article(link, FetchOptions(allow_private=allow_private))
    return found, title


def warm_up() -> None:
    """Load Kiwi and the default model (if one is installed) by summarizing a bundled example,
    so that the first request does not wait for them."""
    try:
        get_summarizer().summarize(next(iter(_examples()), _WARM_UP_TEXT))
    except KosumError as exc:
        logger.warning("warm-up: %s", exc)
    logger.info("kosum: warmed up")


def _write_downloads(summary: Summary, cache: str) -> list[str]:
    """The downloads of ``summary``, one per summary view (JSON, Markdown), written into the server's cache."""
    from .batchui import cache_file

    return [
        cache_file(cache, f"kosum-summary.{view.name}", view.render(summary).encode("utf-8"))
        for view in SUMMARY_VIEWS.values()
    ]


def _upload_types() -> list[str]:
    """The extensions the page takes: those of the input kinds that hold one article per file."""
    return [ext for kind in INPUT_KINDS.values() if kind.article is not None for ext in kind.extensions]


def _model_choices() -> list[tuple[str, str]]:
    """The model dropdown: the default, then each installed model."""
    return [("기본값 (설치된 기본 모델, 없으면 추출 요약)", "")] + [
        (f"{name} ({fmt})", name) for name, _path, fmt in local_models()
    ]


def _examples() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(EXAMPLES_DIR.glob("*.txt"))]


def build_demo(*, allow_download: bool = False, allow_urls: bool = False, allow_private_urls: bool = False) -> Any:
    """Build the Gradio app (see the module's docstring). ``allow_download``: hub ids may be
    asked for, and downloaded with the abstractive engine (off by default); ``allow_urls``: links
    are fetched, and with ``allow_private_urls`` also those of private addresses (both off)."""
    try:
        import gradio as gr
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise BackendUnavailableError("gradio", "web", "The web UI") from exc
    from .batchui import read_upload, summarize_uploads

    def on_summarize(
        text: str,
        files: list[str] | None,
        sentences: str | float,
        bullets: float,
        style: str,
        engine: str,
        model: str,
        link: str = "",
        progress: gr.Progress = gr.Progress(),  # noqa: B008 - Gradio's way of asking for progress
    ) -> tuple[Any, ...]:
        hidden = [gr.DownloadButton(visible=False) for _ in downloads]
        nothing = (gr.File(visible=False), *hidden)
        title = None
        try:
            model = check_model(model, allow_download=allow_download)
            summarizer = get_summarizer(sentences, bullets, style, engine, model, allow_download)
            if files and len(files) > 1:
                progress(0, desc="일괄 요약 준비 중")
                report, archive = summarize_uploads(
                    files, summarizer, lambda f, d: progress(f, desc=d), demo.GRADIO_CACHE
                )
                return (report, "", gr.File(value=archive, visible=True), *hidden)
            if files and not (text or "").strip() and not (link or "").strip():
                article = read_upload(files[0])
                text, title = article.text, article.title
            else:
                text, title = read_link(text, link, allow_urls=allow_urls, allow_private=allow_private_urls)
            progress(0.1, desc="요약 중")
            summary = summarizer.summarize(text or "", title=title)
        except InputError as exc:
            return (f"⚠ {md_escape(public_message(exc))}", "", *nothing)
        except KosumError as exc:
            return (f"⚠ 요약하지 못했습니다: {md_escape(public_message(exc))}", "", *nothing)
        paths = _write_downloads(summary, demo.GRADIO_CACHE)
        quiet = NO_MODEL_NOTE if summary.engine == "extractive" and engine == "auto" and not local_models() else ""
        return (
            status_line(summary, engine, quiet),
            render_result(summary),
            gr.File(visible=False),
            *(gr.DownloadButton(value=path, visible=True) for path in paths),
        )

    def api_summarize(
        text: str,
        sentences: int | str = AUTO_SENTENCES,
        bullets: int = 2,
        bullet_style: str = "noun",
        engine: str = "auto",
        model: str = "",
    ) -> dict[str, Any]:
        """Summarize a Korean article; returns the Summary as JSON (see kosum's README)."""
        try:  # the values come as the client sent them: the options check them
            model = check_model(model, allow_download=allow_download)
            summarizer = get_summarizer(sentences, bullets, bullet_style, engine, model, allow_download)
            text, title = read_link(text, "", allow_urls=allow_urls, allow_private=allow_private_urls)
            return summarizer.summarize(text, title=title).to_dict()
        except KosumError as exc:
            raise gr.Error(public_message(exc), print_exception=False) from None

    with gr.Blocks(
        title="kosum · 한국어 기사 요약", analytics_enabled=False, delete_cache=(DOWNLOAD_SECONDS, DOWNLOAD_SECONDS)
    ) as demo:
        gr.Markdown(_INTRO, elem_id="ks-intro")
        with gr.Row(equal_height=False):
            with gr.Column(scale=5, min_width=300):
                text = gr.Textbox(
                    label="기사 본문",
                    lines=12,
                    max_lines=30,
                    placeholder="뉴스 사이트에서 기사를 통째로 복사해 붙여 넣으세요.",
                    elem_id="ks-text",
                )
                # the link field only where links are read: elsewhere the page takes the same inputs as before
                links = (
                    [gr.Textbox(label="또는 기사 링크", placeholder="https://… (기사 한 편의 주소)", elem_id="ks-link")]
                    if allow_urls
                    else []
                )
                files = gr.File(
                    label=f"또는 파일 올리기 ({' '.join(_upload_types())}, 여러 개면 일괄 요약)",
                    file_count="multiple",
                    file_types=_upload_types(),
                    elem_id="ks-files",
                )
                gr.Examples(examples=[[t] for t in _examples()], inputs=[text], label="예시 기사")
                with gr.Accordion("설정", open=False):
                    sentences = gr.Dropdown(
                        choices=SENTENCE_CHOICES,
                        value=AUTO_SENTENCES,
                        label="요약 문장 수",
                        info=AUTO_INFO,
                        elem_id="ks-sentences",
                    )
                    bullets = gr.Slider(1, 5, value=2, step=1, label="분야별 항목 수")
                    style = gr.Radio([("개조식", "noun"), ("문장", "sentence")], value="noun", label="항목 문체")
                    engine = gr.Radio(
                        [("자동", "auto"), ("추출 요약", "extractive"), ("생성 요약 (모델 필요)", "abstractive")],
                        value="auto",
                        label="요약 엔진",
                        info="자동: 요약 모델이 있으면 생성 요약, 없으면 추출 요약",
                    )
                    model = gr.Dropdown(
                        choices=_model_choices(),
                        value="",
                        label="요약 모델",
                        info="이 서버에 설치된 모델" + (" 또는 허브 ID" if allow_download else ""),
                        allow_custom_value=allow_download,
                        elem_id="ks-model",
                    )
                button = gr.Button("요약하기", variant="primary", elem_id="ks-run")
            with gr.Column(scale=7, min_width=300):
                status = gr.Markdown(elem_id="ks-status")
                result = gr.HTML("", js_on_load=_JS, css_template=_CSS, elem_id="ks-result", apply_default_css=True)
                archive = gr.File(
                    label="일괄 요약 결과 (zip, 분야별 요약 모음)",
                    file_count="multiple",
                    visible=False,
                    elem_id="ks-zip",
                )
                with gr.Row():
                    downloads = [
                        gr.DownloadButton(f"{view.label} 내려받기", visible=False, elem_id=f"ks-{view.name}")
                        for view in SUMMARY_VIEWS.values()
                    ]
        button.click(
            on_summarize,
            inputs=[text, files, sentences, bullets, style, engine, model, *links],
            outputs=[status, result, archive, *downloads],
            api_name="summarize_ui",
            api_visibility="undocumented",
        ).then(None, js=_SCROLL_TO_RESULT)
        gr.api(api_summarize, api_name="summarize")  # type: ignore[attr-defined]
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    return demo


class _FilesAsAttachments:
    """ASGI middleware: every file the server sends back (``…/file=PATH``, an upload or a download)
    is an attachment, with ``nosniff`` and a sandbox policy, so that an uploaded page is never
    shown, nor its script run, on this server's origin."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if "/file=" not in path and "/file/" not in path:
            await self.app(scope, receive, send)
            return

        async def send_as_attachment(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _ATTACHMENT_HEADERS]
                disposition = dict(message.get("headers", [])).get(b"content-disposition", b"")
                name = disposition.partition(b";")[2].strip()
                headers += [
                    (b"content-disposition", b"attachment" + (b"; " + name if name else b"")),
                    (b"content-type", b"application/octet-stream"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"content-security-policy", b"sandbox"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_as_attachment)


_ATTACHMENT_HEADERS = {b"content-disposition", b"content-type", b"x-content-type-options", b"content-security-policy"}


def serve_options() -> dict[str, Any]:
    """What every server of the app is launched with (``demo.launch(**serve_options(), …)``):
    uploads limited to :data:`MAX_UPLOAD_BYTES`, and files sent back as attachments."""
    from starlette.middleware import Middleware

    return {"max_file_size": MAX_UPLOAD_BYTES, "app_kwargs": {"middleware": [Middleware(_FilesAsAttachments)]}}


def launch(demo: Any, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, **kwargs: Any) -> Any:
    """Warm up (:func:`warm_up`), then serve ``demo`` on ``host:port`` (127.0.0.1 by default),
    with no analytics and with :func:`serve_options`: the server reports that it is listening
    once it is ready."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    warm_up()
    return demo.launch(server_name=host, server_port=port, footer_links=["api"], **serve_options(), **kwargs)
