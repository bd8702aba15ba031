"""A local HTTP server on 127.0.0.1 for the link tests: own-written pages, redirects, slow answers,
huge bodies, wrong types, a 404 and an EUC-KR page. It never reaches any other address."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TITLE = "새솔시, 공공 도서관 두 곳 새로 짓는다"
PARAGRAPHS = (
    "새솔시는 올해 공공 도서관 두 곳을 새로 짓고 내년 봄에 문을 연다고 밝혔다.",
    "새 도서관에는 청년 창업 공간과 어린이 열람실이 함께 마련되며 모두 120억 원이 들어간다.",
    "시는 도서관이 없는 동쪽 지역 주민 3만 명이 걸어서 도서관을 이용할 수 있게 된다고 설명했다.",
    "또 주말에는 밤 10시까지 문을 열고 스마트 도서 반납함 20곳을 지하철역에 설치하기로 했다.",
)


def article_html(title: str = TITLE, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>{title} - 새솔신문</title></head>'
        f"<body><nav><a href='/'>홈</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
    )


LIST_PAGE = (
    "<html><body><ul>"
    + "".join(
        f"<li><a href='/n/{k}'>새솔시 정책 소식 제{k}호 발표 내용 안내</a> 2026-01-{k:02d}</li>" for k in range(1, 21)
    )
    + "</ul></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    server_version = "kosum-test"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.server.seen.append((self.path, self.headers.get("User-Agent", "")))  # type: ignore[attr-defined]
        path = self.path
        if path == "/article":
            self._send(200, article_html().encode("utf-8"))
        elif path == "/plain":
            self._send(200, "\n".join([TITLE, *PARAGRAPHS]).encode("utf-8"), "text/plain; charset=utf-8")
        elif path == "/euc-kr":  # the charset in the header
            self._send(200, article_html(charset="euc-kr").encode("cp949"), "text/html; charset=EUC-KR")
        elif path == "/euc-kr-meta":  # the charset only in <meta>
            self._send(200, article_html(charset="euc-kr").encode("cp949"), "text/html")
        elif path == "/cp949":  # labelled EUC-KR, with a syllable only CP949 has (as browsers read it)
            page = article_html(charset="euc-kr").replace("</article>", "<p>똠방각하 공연도 열린다.</p></article>")
            self._send(200, page.encode("cp949"), "text/html; charset=euc-kr")
        elif path == "/list":
            self._send(200, LIST_PAGE.encode("utf-8"))
        elif path.startswith("/hop/"):  # /hop/N redirects N more times, then to /article
            left = int(path.rsplit("/", 1)[1])
            self._send(302, b"", Location=f"/hop/{left - 1}" if left > 1 else "/article")
        elif path == "/to-private":
            self._send(302, b"", Location=f"http://127.0.0.1:{self.server.server_port}/article")
        elif path == "/to-ftp":
            self._send(301, b"", Location="ftp://127.0.0.1/article")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, article_html().encode("utf-8"))
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()  # no length: the client must stop reading by itself
            try:
                for _ in range(2_000):
                    self.wfile.write(b"<p>" + "가".encode() * 1000 + b"</p>")
            except OSError:
                pass
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        else:
            self._send(404, "없음".encode(), "text/plain; charset=utf-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that stopped reading (timeouts, the size cap) is what the tests want


@contextmanager
def link_server() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The server on a free port of 127.0.0.1, in a thread: yields its base URL and the requests seen
    (path, User-Agent)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", server.seen  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
