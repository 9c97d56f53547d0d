"""The event-driven front of ``fmkg serve``: the Flask app behind an ASGI adapter, run by granian.

A slow client must cost nothing (issue 8). granian (Rust, hyper, tokio) reads request headers without a Python
thread and stops at ``header_timeout``. This adapter then reads the whole body on the event loop, with its own
limit (``body_timeout``) and size bound (``max_body_bytes``, chunked bodies included), and only then hands the
request to one of ``threads`` threads, which run the WSGI app. The response goes back the same way: each chunk
is produced on a thread and sent from the event loop, and a client that does not take a chunk within
``send_timeout`` is disconnected (its TCP connection reset: granian itself has no write timeout and would keep
what it buffered for the client), which closes the response.

So a request holds a thread only while Flask or the query engine works for it, never while a client dribbles
its headers or body or stops reading.
"""

from __future__ import annotations

import asyncio
import gc
import io
import os
import socket
import stat
import struct
import sys
import threading
import urllib.parse
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fmkg.config import Settings

__all__ = ["AsgiFront", "create"]

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade"}
_BUFFER = 1 << 20  # a response up to this size is produced in one go on a thread, then written by the loop


class _Abort(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _plain(status: int, message: str) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    body = (message.rstrip("\n") + "\n").encode()
    return status, [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                    (b"cache-control", b"no-store"), (b"connection", b"close")], body


class AsgiFront:
    """An ASGI application that runs a WSGI application on a bounded thread pool, reading and writing on the loop."""

    def __init__(self, wsgi_app: Callable, threads: int, body_timeout: float, send_timeout: float,
                 max_body_bytes: int, on_shutdown: Callable[[], None] | None = None) -> None:
        self.wsgi_app = wsgi_app
        self.threads = threads
        self.body_timeout, self.send_timeout, self.max_body_bytes = body_timeout, send_timeout, max_body_bytes
        self.on_shutdown = on_shutdown
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    @property
    def pool(self) -> ThreadPoolExecutor:
        if self._pool is None:
            with self._lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="fmkg-request")
        return self._pool

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)

    async def _lifespan(self, receive: Callable, send: Callable) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def close(self) -> None:
        if self.on_shutdown is not None:
            self.on_shutdown()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    async def _read_body(self, scope: dict[str, Any], receive: Callable) -> bytes:
        declared = None
        for name, value in scope["headers"]:
            if name.lower() == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    raise _Abort(400, "The Content-Length header is not a number.") from None
        if declared is not None and declared > self.max_body_bytes:
            raise _Abort(413, f"The request body is larger than {self.max_body_bytes} bytes, the limit "
                              "(FMKG_MAX_BODY_BYTES).")
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise asyncio.CancelledError
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body_bytes:
                raise _Abort(413, f"The request body is larger than {self.max_body_bytes} bytes, the limit "
                                  "(FMKG_MAX_BODY_BYTES).")
            chunks.append(body)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _http(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        try:
            try:
                async with asyncio.timeout(self.body_timeout):  # a timer, not a task per request as wait_for
                    body = await self._read_body(scope, receive)
            except TimeoutError:
                raise _Abort(408, f"The request body did not arrive within {self.body_timeout:g} s, the limit "
                                  "(FMKG_BODY_TIMEOUT).") from None
        except _Abort as abort:
            status, headers, data = _plain(abort.status, abort.message)
            await self._send_all(send, status, headers, [data])
            return
        except asyncio.CancelledError:
            return
        environ = _environ(scope, body)
        started: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable:
            started["status"] = int(status.split(" ", 1)[0])
            started["headers"] = headers
            return _no_write

        def call() -> tuple[Any, Any, list[bytes], bool]:
            """Run the app and take its first ``_BUFFER`` bytes; a response that ends there is closed at once."""
            result = self.wsgi_app(environ, start_response)
            iterator = iter(result)
            chunks, size = [], 0
            for chunk in iterator:
                if chunk:
                    chunks.append(chunk)
                    size += len(chunk)
                    if size >= _BUFFER:
                        return result, iterator, chunks, False
            close = getattr(result, "close", None)
            if close is not None:
                close()
            return result, iterator, chunks, True

        result, iterator, chunks, complete = await self._in_thread(call)
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in started["headers"]
                   if k.lower() not in _HOP_BY_HOP] + [_NO_BANNER]
        head = scope.get("method") == "HEAD"
        if complete:  # the common case: one hop to a thread, then the loop writes
            try:
                await self._timed(send({"type": "http.response.start", "status": started["status"],
                                        "headers": headers}))
                await self._timed(send({"type": "http.response.body", "body": b"" if head else b"".join(chunks),
                                        "more_body": False}))
            except (TimeoutError, OSError, asyncio.CancelledError):
                pass
            return
        stalled = False
        try:
            await self._timed(send({"type": "http.response.start", "status": started["status"],
                                    "headers": headers}))
            chunk = None if head else b"".join(chunks)
            while chunk is not None:
                await self._timed(send({"type": "http.response.body", "body": chunk, "more_body": True}))
                chunk = await self._in_thread(_next_chunk, iterator)
            await self._timed(send({"type": "http.response.body", "body": b"", "more_body": False}))
        except TimeoutError:
            stalled = True  # the client stopped reading: close the response (below), then drop the connection
        except (OSError, asyncio.CancelledError):
            pass  # the client left
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                await self._in_thread(close)
        if stalled:
            # granian would keep the connection, and what it has buffered for it, until the client reads: cut it
            _drop_connection(scope.get("client"))

    async def _timed(self, awaitable) -> None:
        async with asyncio.timeout(self.send_timeout):
            await awaitable

    async def _in_thread(self, function: Callable, *args: Any) -> Any:
        """``function(*args)`` on a request thread. Cheaper than ``loop.run_in_executor``, which chains a second
        future to the pool's and costs a tenth of the event loop's time under load."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()

        def run() -> None:
            try:
                result = function(*args)
            except BaseException as error:  # noqa: BLE001 - handed to the awaiting coroutine
                loop.call_soon_threadsafe(_settle, future, None, error)
            else:
                loop.call_soon_threadsafe(_settle, future, result, None)

        self.pool.submit(run)
        return await future

    async def _send_all(self, send: Callable, status: int, headers: list, chunks: list[bytes]) -> None:
        headers = [*headers, _NO_BANNER]
        try:
            await self._timed(send({"type": "http.response.start", "status": status, "headers": headers}))
            await self._timed(send({"type": "http.response.body", "body": b"".join(chunks), "more_body": False}))
        except (TimeoutError, OSError):
            pass


# granian writes "server: granian" unless the response has a Server header of its own, and cannot be told not
# to: an empty one names no software (OWASP: "remove this header or set non-informative values").
_NO_BANNER = (b"server", b"")


def _drop_connection(peer: tuple[str, int] | None) -> bool:
    """Reset the TCP connection to ``peer``, found among this process's sockets; whether it was found.

    The server owns the socket, so it is found by its peer address (unique while the connection lives), shut
    down through a duplicate of its descriptor, with linger 0 so that the kernel frees its buffers at once. The
    server's next write fails and it drops the connection with what it had buffered for it.
    """
    if not peer or not str(peer[1]).isdigit():
        return False
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return False
    for name in names:
        try:
            fd = int(name)
            if not stat.S_ISSOCK(os.fstat(fd).st_mode):
                continue
            sock = socket.socket(fileno=os.dup(fd))
        except (OSError, ValueError):
            continue
        try:
            if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM \
                    and tuple(sock.getpeername()[:2]) == (str(peer[0]), int(peer[1])):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RDWR)
                return True
        except OSError:
            pass
        finally:
            sock.close()  # the duplicate only: the server's descriptor stays as it is
    return False


def _settle(future: asyncio.Future, result: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


def _no_write(data: bytes) -> None:
    raise RuntimeError("the write() callable of WSGI is not supported")


def _next_chunk(iterator) -> bytes | None:
    for chunk in iterator:
        if chunk:
            return chunk
    return None


def _environ(scope: dict[str, Any], body: bytes) -> dict[str, Any]:
    """A PEP 3333 environ for an ASGI HTTP scope, with the body already read."""
    server = scope.get("server") or ("127.0.0.1", 80)
    client = scope.get("client") or ("", 0)
    # PEP 3333: PATH_INFO is the percent-decoded bytes as latin-1, as gunicorn and werkzeug give it (granian's
    # decoded ``path`` would have replaced invalid UTF-8 such as %ff).
    raw = scope.get("raw_path")
    path = (urllib.parse.unquote_to_bytes(raw).decode("latin-1") if raw is not None
            else scope.get("path", "/").encode("utf-8", "surrogateescape").decode("latin-1"))
    root = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root):]
    environ: dict[str, Any] = {
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": root.encode("utf-8").decode("latin-1"),
        "PATH_INFO": path,
        "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1]),
        "SERVER_PROTOCOL": f"HTTP/{scope.get('http_version', '1.1')}",
        "REMOTE_ADDR": str(client[0]),
        "REMOTE_PORT": str(client[1]),
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "wsgi.input": io.BytesIO(body),
        "wsgi.input_terminated": True,
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for name, value in scope.get("headers", []):
        key = name.decode("latin-1").upper().replace("-", "_")
        text = value.decode("latin-1")
        if key == "CONTENT_TYPE":
            environ["CONTENT_TYPE"] = text
        elif key == "CONTENT_LENGTH":
            continue  # the body's real length (a chunked body has none declared)
        else:
            key = "HTTP_" + key
            environ[key] = f"{environ[key]},{text}" if key in environ else text
    return environ


def create() -> AsgiFront:
    """The app for one granian worker, from the ``FMKG_*`` variables ``fmkg serve`` set."""
    from fmkg.web import create_app
    from fmkg.web.store_access import close_store, get_store

    settings = Settings.from_env()
    app = create_app()
    get_store(app).warm()  # the query processes open the store while the server starts, not on first queries
    # What the app made so far lives as long as the worker: the collector need not scan it again and again
    # (fewer and shorter collections under load, and so a lower p99).
    gc.collect()
    gc.freeze()
    return AsgiFront(app, max(settings.threads, 1), settings.body_timeout,
                     settings.send_timeout, settings.max_body_bytes, on_shutdown=lambda: close_store(app))
