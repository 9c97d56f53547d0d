"""The event-driven front of ``fmkg serve``: the Flask app behind granian's own interface (RSGI).

A slow client must cost nothing (issue 8). granian (Rust, hyper, tokio) reads request headers without a Python
thread and stops at ``header_timeout``. This front then reads the whole body on the event loop, with its own
limit (``body_timeout``) and size bound (``max_body_bytes``, chunked bodies included), and only then hands the
request to one of ``threads`` threads, which run the WSGI app. The response goes back the same way: each chunk
is produced on a thread and sent from the event loop, and a client that does not take a chunk within
``send_timeout`` is disconnected (its TCP connection reset: granian itself has no write timeout and would keep
what it buffered for the client), which closes the response.

So a request holds a thread only while Flask or the query engine works for it, never while a client dribbles
its headers or body or stops reading.

RSGI, not ASGI: the same front over granian's ASGI interface answered an empty Flask route about 1.7 times
slower (a dict per message, two awaited sends, a scope of bytes to decode); RSGI hands a whole answer to granian
in one call. Its ``scope.path`` is already percent-decoded as UTF-8 (``%ff`` arrives as U+FFFD), so a path that is
not UTF-8 reaches the app as the replacement character, not as the bytes (a 404, not the app's 400).
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
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fmkg.config import Settings

__all__ = ["Front", "create"]

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade"}
_BUFFER = 1 << 20  # a response up to this size is produced in one go on a thread, then written by the loop


class _Abort(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _plain(status: int, message: str) -> tuple[int, list[tuple[str, str]], bytes]:
    body = (message.rstrip("\n") + "\n").encode()
    return status, [("content-type", "text/plain; charset=utf-8"), ("content-length", str(len(body))),
                    ("cache-control", "no-store"), ("connection", "close")], body


class _ClientGone(Exception):
    """The client closed the connection while its request was read."""


class Front:
    """An RSGI application that runs a WSGI application on a bounded thread pool, reading and writing on the loop."""

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

    def __rsgi_del__(self, loop: asyncio.AbstractEventLoop) -> None:
        """granian's shutdown hook."""
        self.close()

    async def __rsgi__(self, scope: Any, protocol: Any) -> None:
        if scope.proto == "http":
            await self._http(scope, protocol)

    def close(self) -> None:
        if self.on_shutdown is not None:
            self.on_shutdown()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    async def _read_body(self, scope: Any, protocol: Any) -> bytes:
        declared = scope.headers.get("content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                raise _Abort(400, "The Content-Length header is not a number.") from None
            if size > self.max_body_bytes:
                raise _Abort(413, f"The request body is larger than {self.max_body_bytes} bytes, the limit "
                                  "(FMKG_MAX_BODY_BYTES).")
        chunks, size = [], 0
        try:
            async for chunk in protocol:
                size += len(chunk)
                if size > self.max_body_bytes:
                    raise _Abort(413, f"The request body is larger than {self.max_body_bytes} bytes, the limit "
                                      "(FMKG_MAX_BODY_BYTES).")
                chunks.append(chunk)
        except RuntimeError as error:  # granian's ProtocolClosed: the client left
            raise _ClientGone from error
        return b"".join(chunks)

    async def _http(self, scope: Any, protocol: Any) -> None:
        body = b""
        if "content-length" in scope.headers or "transfer-encoding" in scope.headers:
            # (HTTP/1.1: a request with neither header has no body, RFC 9112 6.3; most GETs skip the timer)
            try:
                try:
                    async with asyncio.timeout(self.body_timeout):  # a timer, not a task per request as wait_for
                        body = await self._read_body(scope, protocol)
                except TimeoutError:
                    raise _Abort(408, f"The request body did not arrive within {self.body_timeout:g} s, the "
                                      "limit (FMKG_BODY_TIMEOUT).") from None
            except _Abort as abort:
                status, headers, data = _plain(abort.status, abort.message)
                protocol.response_bytes(status, [*headers, _NO_BANNER], data)
                return
            except (_ClientGone, asyncio.CancelledError):
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
        headers = [(k, v) for k, v in started["headers"] if k.lower() not in _HOP_BY_HOP] + [_NO_BANNER]
        head = scope.method == "HEAD"
        if complete:  # the common case: one hop to a thread, then granian writes the whole answer
            try:
                if head:
                    protocol.response_empty(started["status"], headers)
                else:
                    protocol.response_bytes(started["status"], headers, b"".join(chunks))
            except RuntimeError:
                pass  # the client left
            return
        stalled = False
        delivery = _Delivery(_address(scope.client))
        try:
            transport = protocol.response_stream(started["status"], headers)
            chunk = None if head else b"".join(chunks)
            while chunk is not None:
                await self._timed(delivery.room())
                await transport.send_bytes(chunk)
                delivery.handed += len(chunk)
                chunk = await self._in_thread(_next_chunk, iterator)
        except TimeoutError:
            stalled = True  # the client stopped reading: close the response (below), then drop the connection
        except (OSError, RuntimeError, asyncio.CancelledError):
            pass  # the client left (granian's ProtocolClosed is a RuntimeError)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                await self._in_thread(close)
            if stalled:
                # granian would keep the connection, and what it has buffered for it, until the client reads
                delivery.drop()
            delivery.close()

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


# granian writes "server: granian" unless the response has a Server header of its own, and cannot be told not
# to: an empty one names no software (OWASP: "remove this header or set non-informative values").
_NO_BANNER = ("server", "")


class _Delivery:
    """How much of a streamed answer the client has taken, from its TCP socket's ``tcpi_bytes_acked`` (Linux).

    granian's RSGI stream has no backpressure: ``send_bytes`` returns at once and granian buffers whatever it is
    given (its ASGI and WSGI streams wait; issue 885 of granian). So before each chunk the front waits until the
    client has acknowledged all but ``WINDOW`` bytes of what it was handed: a client that reads slowly costs at
    most that much memory, and one that stops reading is dropped after ``send_timeout``. The socket is found by
    the client's address among this process's descriptors (unique while the connection lives) and read through a
    duplicate of its descriptor; where it cannot be found or read, chunks go out unpaced.
    """

    WINDOW = 1 << 20
    _ACKED = struct.Struct("=Q")  # struct tcp_info's tcpi_bytes_acked, a u64 at byte 120 (Linux 4.1 and later)
    _ACKED_AT = 120

    def __init__(self, peer: tuple[str, int] | None) -> None:
        self.sock = _client_socket(peer)
        self.handed = 0  # bytes handed to granian; the headers and chunk sizes it adds make this an underestimate
        self.start = self._acked()

    def _acked(self) -> int | None:
        if self.sock is None:
            return None
        try:
            info = self.sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 232)
        except OSError:
            return None
        if len(info) < self._ACKED_AT + self._ACKED.size:
            return None
        return self._ACKED.unpack_from(info, self._ACKED_AT)[0]

    async def room(self) -> None:
        """Return once the client holds all but ``WINDOW`` of the bytes handed so far (call under a timeout)."""
        while self.start is not None and (acked := self._acked()) is not None \
                and self.handed - (acked - self.start) > self.WINDOW:
            await asyncio.sleep(0.01)

    def drop(self) -> None:
        """Reset the connection: granian's next write fails and it drops what it had buffered for the client."""
        if self.sock is not None:
            try:
                self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()  # the duplicate only: the server's descriptor stays as it is


def _client_socket(peer: tuple[str, int] | None) -> socket.socket | None:
    """A duplicate of this process's TCP socket connected to ``peer``, or ``None``."""
    if not peer:
        return None
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return None
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
                return sock
        except OSError:
            pass
        sock.close()
    return None


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


def _address(text: str | None) -> tuple[str, int] | None:
    """RSGI's ``"host:port"`` (``"[::1]:port"`` for IPv6) as a pair, or ``None``."""
    host, _, port = (text or "").rpartition(":")
    if not host or not port.isdigit():
        return None
    return host.strip("[]"), int(port)


def _environ(scope: Any, body: bytes) -> dict[str, Any]:
    """A PEP 3333 environ for an RSGI HTTP scope, with the body already read."""
    server = _address(scope.server) or ("127.0.0.1", 80)
    client = _address(scope.client) or ("", 0)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": scope.method,
        "SCRIPT_NAME": "",
        # PEP 3333: PATH_INFO is the decoded path's bytes as latin-1; RSGI gives the path decoded as UTF-8
        "PATH_INFO": scope.path.encode("utf-8", "surrogateescape").decode("latin-1"),
        "QUERY_STRING": scope.query_string,
        "SERVER_NAME": server[0],
        "SERVER_PORT": str(server[1]),
        "SERVER_PROTOCOL": f"HTTP/{scope.http_version}",
        "REMOTE_ADDR": client[0],
        "REMOTE_PORT": str(client[1]),
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.input_terminated": True,
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for name, value in scope.headers.items():
        key = name.upper().replace("-", "_")
        if key == "CONTENT_TYPE":
            environ["CONTENT_TYPE"] = value
        elif key == "CONTENT_LENGTH":
            continue  # the body's real length (a chunked body has none declared)
        else:
            key = "HTTP_" + key
            environ[key] = f"{environ[key]},{value}" if key in environ else value
    return environ


def create() -> Front:
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
    return Front(app, max(settings.threads, 1), settings.body_timeout,
                     settings.send_timeout, settings.max_body_bytes, on_shutdown=lambda: close_store(app))
