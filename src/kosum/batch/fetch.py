"""Links: fetching one web page over HTTP(S), safely, as the text of an article.

:func:`fetch_page` reads a page with httpx (imported on first use) within the bounds of
:class:`FetchOptions`: connect, read and total timeouts; a size cap (the body is streamed and
dropped past it); at most ``max_redirects`` redirects, followed hop by hop; http and https only; a
``text/html`` or ``text/plain`` page. The charset comes from a byte order mark, the headers, the
page's ``<meta>``, or detection (EUC-KR is read as CP949, as browsers do). Each failure is a
:class:`FetchError` (an :class:`~kosum.InputError`) whose message says in Korean what happened.

Addresses: unless ``allow_private``, a host that resolves to a loopback, private, link-local
(cloud metadata), shared, reserved, multicast or unspecified address is refused. The check sits in
the connection itself: every connection (the first and each redirect's) resolves its host once,
checks every address, and connects to a checked address, so a name that resolves elsewhere a
moment later (DNS rebinding) cannot slip through. No proxy from the environment is used.

:func:`summarize_url` is the Python face of it: ``kosum.summarize_url("https://…")``.
"""

from __future__ import annotations

import codecs
import hashlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .._version import __version__
from ..errors import BackendUnavailableError, InputError, KosumError, UsageError
from ..options import BATCH_MAX_CHARS
from ..pipeline.vocab.markup import META_CHARSET
from ..summarizer import shared_summarizer
from ..types import Summary
from .encodings import decode_bytes
from .formats import input_kind

if TYPE_CHECKING:
    from httpcore._backends.base import SOCKET_OPTION

__all__ = [
    "FetchError",
    "FetchOptions",
    "FetchedPage",
    "PrivateAddressError",
    "fetch_page",
    "link_article",
    "read_url_list",
    "summarize_url",
]

#: The schemes read.
SCHEMES = ("http", "https")
#: Content types read, and the input kind (:data:`~kosum.batch.formats.INPUT_KINDS`) each is read as.
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
#: The largest page body, in bytes: what the batch readers accept of a saved ``.html`` file.
MAX_PAGE_BYTES = input_kind("html").bytes_per_char * BATCH_MAX_CHARS
#: The bytes looked at for a ``<meta>`` charset.
_META_BYTES = 4096
#: Charset labels read as another codec, as browsers do (WHATWG Encoding): EUC-KR is CP949.
_CODEC_FOR = {"euc_kr": "cp949", "ks_c_5601_1987": "cp949", "latin_1": "cp1252", "iso8859_1": "cp1252"}
#: Networks refused besides those :mod:`ipaddress` does not call global (NAT64 embeds an IPv4 address).
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class FetchOptions:
    """How links are fetched.

    Attributes:
        connect_seconds: the longest wait for a connection (and for DNS).
        read_seconds: the longest wait for the next bytes of the response.
        total_seconds: the longest a whole fetch may take, redirects included.
        max_bytes: the largest body read (after decompression); a larger page fails.
        max_redirects: the most redirects followed.
        allow_private: also fetch hosts on loopback, private and link-local addresses (the command
            line, tests, intranets); off for servers.
        user_agent: the ``User-Agent`` header sent.
    """

    connect_seconds: float = 10.0
    read_seconds: float = 20.0
    total_seconds: float = 60.0
    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = f"kosum/{__version__} (Korean article summarizer)"

    def __post_init__(self) -> None:
        for name in ("connect_seconds", "read_seconds", "total_seconds", "max_bytes", "max_redirects"):
            value, low = getattr(self, name), 0 if name == "max_redirects" else 1e-3
            whole = name.startswith("max_")
            if isinstance(value, bool) or not isinstance(value, int if whole else int | float) or not value >= low:
                wanted = "a whole number" if whole else "a positive number of seconds"
                raise UsageError(f"{name} must be {wanted}, at least {low:g}, not {value!r}")
        if not isinstance(self.allow_private, bool):
            raise UsageError(f"allow_private must be True or False, not {self.allow_private!r}")
        if not isinstance(self.user_agent, str) or not self.user_agent.strip():
            raise UsageError(f"user_agent must be a non-empty string, not {self.user_agent!r}")


@dataclass(frozen=True)
class FetchedPage:
    """A page read from a link: its final address, its decoded text, and the input kind it is read
    as (``"html"`` or ``"text"``)."""

    url: str
    text: str
    kind: str


class FetchError(InputError):
    """A link that could not be read; the message says why (timeout, HTTP status, type, size...)."""


class PrivateAddressError(FetchError):
    """A link whose host is on a loopback, private, link-local or other non-public address."""


def _forbidden(address: str) -> bool:
    """Whether ``address`` (an IP) is not a public unicast address, e.g. ``_forbidden("10.0.0.1")``."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and _forbidden(str(embedded)):
            return True
    return not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_link_local or ip.is_unspecified


def _resolve(host: str, port: int, seconds: float) -> list[str]:
    """The addresses of ``host``, waiting at most ``seconds`` for DNS."""
    found: list[Any] = []

    def look_up() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            found.append(exc)

    thread = threading.Thread(target=look_up, daemon=True, name="kosum-dns")
    thread.start()
    thread.join(seconds)
    if not found:
        raise FetchError(f"주소를 찾는 데 {seconds:g}초를 넘겼습니다: {host} (DNS timed out).")
    if isinstance(found[0], OSError):
        raise FetchError(f"주소를 찾을 수 없습니다: {host} (host not found).")
    return list(dict.fromkeys(str(info[4][0]) for info in found[0]))


def _checked_backend(options: FetchOptions) -> Any:
    """An httpcore network backend that resolves each host once, refuses non-public addresses
    (unless ``options.allow_private``) and connects to the address it checked."""
    import httpcore

    class CheckedBackend(httpcore.SyncBackend):
        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[SOCKET_OPTION] | None = None,
        ) -> httpcore.NetworkStream:
            addresses = _resolve(host, port, timeout or options.connect_seconds)
            refused = [a for a in addresses if _forbidden(a)]
            if refused and not options.allow_private:
                where = host if host == refused[0] else f"{host} → {refused[0]}"
                raise PrivateAddressError(
                    f"내부망·사설 주소라서 읽지 않았습니다: {where} "
                    "(loopback, private, link-local or reserved address refused)."
                )
            error: Exception | None = None
            for address in addresses:
                try:
                    return super().connect_tcp(address, port, timeout, local_address, socket_options)
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                    error = exc
            assert error is not None, "getaddrinfo gives at least one address"
            raise error

    return CheckedBackend()


def _httpx() -> Any:
    try:
        import httpx
    except ImportError as exc:
        raise BackendUnavailableError("httpx", "web", "Reading links") from exc  # a dependency: reinstall kosum
    return httpx


def _client(options: FetchOptions) -> Any:
    httpx = _httpx()
    transport = httpx.HTTPTransport(trust_env=False, retries=0)
    pool: Any = getattr(transport, "_pool", None)
    if not hasattr(pool, "_network_backend"):  # httpx offers no public hook: never fetch unchecked
        raise KosumError(
            f"httpx {httpx.__version__} has no transport kosum can check each address in: links are not "
            "fetched. Install the httpx kosum names: pip install 'httpx>=0.27,<1'"
        )
    pool._network_backend = _checked_backend(options)
    timeout = httpx.Timeout(options.read_seconds, connect=options.connect_seconds)
    headers = {"User-Agent": options.user_agent, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"}
    return httpx.Client(transport=transport, timeout=timeout, headers=headers, follow_redirects=False, trust_env=False)


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        shown = parts.scheme or "없음"
        raise FetchError(
            f"http·https 링크만 읽습니다: {shown!r} 링크는 읽지 않습니다 (only http and https links are read)."
        )
    if not parts.hostname:
        raise FetchError(f"링크에 호스트 이름이 없습니다: {url} (no host in the link).")


def _charset(label: str | None) -> str | None:
    """The codec for a charset label, or ``None`` if it is unknown."""
    try:
        name = codecs.lookup(label.strip()).name if label else None
    except LookupError:
        return None
    return _CODEC_FOR.get(name.replace("-", "_"), name) if name else None


def _decode(data: bytes, header_charset: str | None) -> str:
    """The page's text: a byte order mark first, then the header's charset, the ``<meta>`` one, then detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        meta = META_CHARSET.search(data[:_META_BYTES])
        for label in (header_charset, meta.group(1).decode("ascii") if meta else None):
            codec = _charset(label)
            if codec is not None:
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:
                    pass
    return decode_bytes(data)


def _kind(response: Any) -> str:
    media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media in PAGE_TYPES:
        return PAGE_TYPES[media]
    raise FetchError(
        f"웹 페이지가 아닙니다: {media or '형식 없음'} (not a page: only text/html and text/plain are read)."
    )


def _body(response: Any, options: FetchOptions, deadline: float) -> bytes:
    """The body, streamed: at most ``max_bytes``, before the deadline."""
    too_large = FetchError(f"페이지가 너무 큽니다: {options.max_bytes:,}바이트 넘음 (page too large).")
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > options.max_bytes:
        raise too_large
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            raise too_large
        if time.monotonic() > deadline:
            raise _timed_out(options.total_seconds)
        chunks.append(chunk)
    return b"".join(chunks)


def _timed_out(seconds: float) -> FetchError:
    return FetchError(f"응답 시간이 초과되었습니다: {seconds:g}초 (timed out).")


def _status_error(response: Any) -> FetchError:
    status = response.status_code
    known = {404: "페이지가 없습니다", 403: "접근이 거부되었습니다", 410: "페이지가 삭제되었습니다"}
    what = known.get(status, "서버 오류입니다" if status >= 500 else "페이지를 가져오지 못했습니다")
    return FetchError(f"{what}: HTTP {status} {response.reason_phrase} (HTTP {status}).")


def _responses(client: Any, url: str, options: FetchOptions, deadline: float) -> Iterator[Any]:
    """The responses of ``url`` and of each redirect it leads to, each hop's scheme checked."""
    for _hop in range(options.max_redirects + 1):
        _check_scheme(url)
        if time.monotonic() > deadline:
            raise _timed_out(options.total_seconds)
        with client.stream("GET", url) as response:
            if not response.is_redirect:
                yield response
                return
            location = response.headers.get("location")
            if not location:
                raise FetchError(
                    f"리디렉션에 새 주소가 없습니다: HTTP {response.status_code} (redirect without location)."
                )
            url = str(response.url.join(location))
    raise FetchError(f"리디렉션이 너무 많습니다: {options.max_redirects}번 넘음 (too many redirects).")


def fetch_page(url: str, options: FetchOptions | None = None) -> FetchedPage:
    """The page at ``url`` (see the module docstring for the bounds), e.g.
    ``fetch_page("https://www.korea.kr/…").text``.

    Raises:
        FetchError: the link cannot be read; the message names why (scheme, private address,
            timeout, HTTP status, not a page, too large, too many redirects, encoding).
        BackendUnavailableError: httpx is not installed.
    """
    if not isinstance(url, str):
        raise UsageError(f"url must be a link (str), not {url!r}")
    if options is not None and not isinstance(options, FetchOptions):
        raise UsageError(f"fetch must be FetchOptions or None, not {options!r}")
    options = options or FetchOptions()
    httpx = _httpx()
    deadline = time.monotonic() + options.total_seconds
    try:
        with _client(options) as client:
            for response in _responses(client, url.strip(), options, deadline):
                if response.status_code >= 400:
                    raise _status_error(response)
                kind = _kind(response)
                data = _body(response, options, deadline)
                return FetchedPage(str(response.url), _decode(data, response.charset_encoding), kind)
    except httpx.TimeoutException as exc:
        seconds = options.connect_seconds if isinstance(exc, httpx.ConnectTimeout) else options.read_seconds
        raise _timed_out(seconds) from exc
    except httpx.ConnectError as exc:
        host = urlsplit(url).hostname or url
        raise FetchError(f"서버에 연결할 수 없습니다: {host} (connection failed: {exc}).") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(f"링크 형식이 잘못되었습니다: {exc} (malformed link).") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"링크를 읽지 못했습니다: {type(exc).__name__}: {exc} (fetch failed).") from exc
    raise AssertionError("_responses yields a response or raises")


def link_article(url: str, options: FetchOptions | None = None) -> tuple[str, str | None, str]:
    """The article at ``url``: its text, its title (a page's headline) and the SHA-256 of both, read
    like a saved ``.html`` page (or a ``.txt`` file for ``text/plain``).

    Raises:
        InputError: the link cannot be read (:class:`FetchError`), or the page is a list page or
            has no main text.
    """
    page = fetch_page(url, options)
    reader = input_kind(page.kind).article
    assert reader is not None, "a page is read as one article"
    text, title = reader(page.text)
    digest = hashlib.sha256(f"{title or ''}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()
    return text, title, digest


def read_url_list(path: str | Path) -> list[str]:
    """The links of a ``.txt`` list, one per line (blank lines and ``#`` comments skipped), e.g.
    ``read_url_list("links.txt")``.

    Raises:
        InputError: a line is not a link (``scheme://…``); the message names its number.
        OSError: the file cannot be read.
    """
    links = []
    for number, line in enumerate(decode_bytes(Path(path).read_bytes()).splitlines(), 1):
        link = line.strip()
        if not link or link.startswith("#"):
            continue
        if "://" not in link:
            raise InputError(f"{path}: {number}번째 줄이 링크가 아닙니다: {link[:80]!r} (not a link).")
        links.append(link)
    return links


def summarize_url(
    url: str, *, title: str | None = None, fetch: FetchOptions | None = None, **overrides: Any
) -> Summary:
    """Fetch the page at ``url`` and summarize it like a saved ``.html`` page (its headline is the
    title unless ``title`` is given); ``overrides`` are those of :func:`kosum.summarize`. Hosts on
    non-public addresses are refused unless ``fetch=FetchOptions(allow_private=True)``.

    >>> from kosum import summarize_url
    >>> print(summarize_url("https://www.korea.kr/news/policyNewsView.do?newsId=…").summary)

    Raises:
        InputError: the link cannot be read (:class:`FetchError`: the message says why), the page is
            a list page or has no main text, or its text cannot be summarized.
        UsageError: a wrong or unknown option.
    """
    summarizer = shared_summarizer(**overrides)  # a wrong option fails before anything is fetched
    text, found, _ = link_article(url, fetch)
    return summarizer.summarize(text, title=title or found)
