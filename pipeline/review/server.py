"""The HTTP layer of the review app: the standard library's ``ThreadingHTTPServer``.

Routes map a path to a :class:`~.service.ReviewService` call; nothing else happens here.
Pages are static HTML shells whose script (``static/``) fetches the JSON API and puts
document text into the page with ``textContent`` only, so text from a corpus file is never
parsed as HTML; a ``Content-Security-Policy`` of ``default-src 'self'`` (no inline script)
backs that up.
"""

from __future__ import annotations

import re
import string
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import orjson

from .service import ReviewService
from .store import ReviewError

CSP = ("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml"}
MAX_BODY = 1 << 20
#: each page is the one shell (templates/page.html) with its own script and title
PAGES = {"/": ("documents", "Documents"), "/findings": ("findings", "Findings")}


def _asset(folder: str, name: str) -> bytes | None:
    if not re.fullmatch(r"[a-z][a-z0-9_-]*\.(js|css|html|svg)", name):
        return None
    path = resources.files("pipeline.review").joinpath(folder, name)
    return path.read_bytes() if path.is_file() else None


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values and values[0] else None


class Handler(BaseHTTPRequestHandler):
    """One request; ``service`` is set on the subclass :func:`make_server` builds."""

    service: ReviewService
    server_version = "extract-review"
    quiet = True

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            super().log_message(format, *args)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, value: Any) -> None:
        self._send(status, orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY),
                   "application/json")

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": HTTPStatus(status).phrase, "message": message})

    def _guard(self, call: Callable[[], None]) -> None:
        try:
            self.service.refresh()  # a re-run of extract since the last request
            call()
        except ReviewError as err:
            self._error(err.status, err.message)

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        self._guard(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._guard(self._post)

    def _get(self) -> None:
        url = urlsplit(self.path)
        path, query = unquote(url.path), parse_qs(url.query)
        svc = self.service
        api: dict[str, Callable[[], Any]] = {
            "/api/documents": svc.documents,
            "/api/claims": lambda: svc.claims(_one(query, "doc_id")),
            "/api/entities": lambda: svc.entities(_one(query, "doc_id")),
            "/api/facts": svc.facts,
            "/api/findings": lambda: {"findings": svc.findings(
                _one(query, "doc_id"), _one(query, "kind"), _one(query, "status")),
                "kinds": svc.finding_kinds()},
            "/api/reviews": lambda: [a.to_dict() for a in svc.anchored],
            "/api/reviews/orphans": svc.orphans,
        }
        if path in api:
            return self._json(200, api[path]())
        if m := re.fullmatch(r"/api/documents/([^/]+)", path):
            return self._json(200, svc.document(m[1]))
        if m := re.fullmatch(r"/api/(claims|entities|facts)/([^/]+)", path):
            return self._item(m[1], m[2])
        if m := re.fullmatch(r"/pages/([^/]+)/(\d+)\.png", path):
            return self._send(200, svc.page_image(m[1], int(m[2])), "image/png")
        if path == "/favicon.ico":
            path = "/static/favicon.svg"
        if m := re.fullmatch(r"/static/([^/]+)", path):
            body = _asset("static", m[1])
            if body is None:
                raise ReviewError(f"no asset {m[1]!r}", 404)
            return self._send(200, body, TYPES[Path(m[1]).suffix])
        page = PAGES.get(path) or (("document", "Document")
                                   if re.fullmatch(r"/documents/[^/]+", path) else None)
        if page is None:
            raise ReviewError(f"no page {path!r}", 404)
        if path.startswith("/documents/"):
            svc.document(path.split("/", 2)[2])  # 404 for an unknown document
        shell = _asset("templates", "page.html")
        assert shell is not None
        name, title = page
        html = string.Template(shell.decode("utf-8")).substitute(page=name, title=title)
        self._send(200, html.encode("utf-8"), TYPES[".html"])

    def _item(self, kind: str, item_id: str) -> None:
        target = {"claims": "claim", "entities": "entity", "facts": "fact"}[kind]
        item = self.service.view.item(target, item_id)
        if item is None:
            raise ReviewError(f"no {target} {item_id!r}", 404)
        self._json(200, {**item, "review": self.service.review_of(target, item_id)})

    def _post(self) -> None:
        if urlsplit(self.path).path != "/api/reviews":
            raise ReviewError(f"no {self.path!r} to POST to; POST decisions to /api/reviews",
                              404)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise ReviewError("Content-Length is not a number") from None
        if length > MAX_BODY:
            raise ReviewError(f"body over {MAX_BODY} bytes", 413)
        raw = self.rfile.read(length)
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError as err:
            raise ReviewError(f"the body is not valid JSON ({err})") from None
        self._json(201, self.service.post_review(body))


def make_server(out_dir: Path | str, host: str = "127.0.0.1", port: int = 0,
                corpus: Path | str | None = None, quiet: bool = True) -> ThreadingHTTPServer:
    """A server for the review app over ``out_dir`` (``port`` 0: any free port; read
    the one chosen from ``server.server_address``). Call ``serve_forever`` to run it."""
    service = ReviewService(out_dir, corpus)
    handler = type("ReviewHandler", (Handler,), {"service": service, "quiet": quiet})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    """Run ``server`` in a daemon thread (tests, notebooks); ``server.shutdown()`` stops it."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
