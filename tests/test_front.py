"""The front of ``fmkg serve`` (``fmkg.front``, granian's RSGI interface) and its start-up checks, without a server."""

from __future__ import annotations

import asyncio
import os
from types import SimpleNamespace

import pytest

from fmkg.config import Settings
from fmkg.front import Front, _environ


class _Headers:
    """What granian's RSGI scope gives as headers: a list of pairs, duplicates kept, names in lower case."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs

    def items(self) -> list[tuple[str, str]]:
        return list(self.pairs)

    def get(self, name: str, default=None):
        return next((v for k, v in self.pairs if k == name), default)

    def __contains__(self, name: str) -> bool:
        return any(k == name for k, _ in self.pairs)


def _scope(method: str = "POST", path: str = "/", query: str = "", headers=(), client: str = "127.0.0.5:4000"):
    return SimpleNamespace(proto="http", http_version="1.1", scheme="http", method=method, path=path,
                           query_string=query, server="127.0.0.1:8000", client=client, headers=_Headers(list(headers)))


class _Protocol:
    """granian's RSGI HTTP protocol as the front uses it: the body in chunks, then one response."""

    def __init__(self, chunks: list[bytes], forever: bool = False) -> None:
        self.chunks, self.forever = chunks, forever
        self.status: int | None = None
        self.headers: list[tuple[str, str]] = []
        self.body = b""

    def __aiter__(self):
        return self._chunks()

    async def _chunks(self):
        for chunk in self.chunks:
            yield chunk
        if self.forever:
            await asyncio.sleep(3600)

    def response_bytes(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    def response_empty(self, status: int, headers: list[tuple[str, str]]) -> None:
        self.status, self.headers = status, headers


def test_path_info_is_the_decoded_path_as_latin_1_text():
    scope = _scope("GET", "/document/caf\u00e9/x", "a=%ff",
                   [("content-type", "text/plain"), ("accept", "a"), ("accept", "b")])
    environ = _environ(scope, b"body")
    assert environ["PATH_INFO"] == "/document/caf\u00e9/x".encode().decode("latin-1")
    assert environ["QUERY_STRING"] == "a=%ff" and environ["REMOTE_ADDR"] == "127.0.0.5"
    assert environ["REMOTE_PORT"] == "4000" and environ["SERVER_PORT"] == "8000"
    assert environ["CONTENT_TYPE"] == "text/plain" and environ["CONTENT_LENGTH"] == "4"
    assert environ["HTTP_ACCEPT"] == "a,b" and environ["wsgi.input"].read() == b"body"


def test_an_ipv6_client_address_is_split_from_its_port():
    environ = _environ(_scope("GET", client="[::1]:5000"), b"")
    assert environ["REMOTE_ADDR"] == "::1" and environ["REMOTE_PORT"] == "5000"


def _app(environ, start_response):
    body = environ["wsgi.input"].read()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


def _run(front: Front, scope, protocol: _Protocol) -> _Protocol:
    asyncio.run(front.__rsgi__(scope, protocol))
    return protocol


def test_the_body_is_read_whole_before_the_app_runs_and_counted_against_the_limit():
    front = Front(_app, 2, body_timeout=5, send_timeout=5, max_body_bytes=10)
    sent = _run(front, _scope(headers=[("content-length", "6")]), _Protocol([b"abc", b"def"]))
    assert sent.status == 200 and sent.body == b"abcdef"
    chunked = _scope(headers=[("transfer-encoding", "chunked")])  # no length given
    sent = _run(front, chunked, _Protocol([b"x" * 8, b"x" * 8]))
    assert sent.status == 413 and b"10 bytes" in sent.body
    front.close()


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_read():
    front = Front(_app, 2, body_timeout=5, send_timeout=5, max_body_bytes=10)
    sent = _run(front, _scope(headers=[("content-length", "11")]), _Protocol([], forever=True))
    assert sent.status == 413
    sent = _run(front, _scope(headers=[("content-length", "ten")]), _Protocol([]))
    assert sent.status == 400 and b"Content-Length" in sent.body
    front.close()


def test_a_body_that_does_not_arrive_in_time_gets_408():
    front = Front(_app, 2, body_timeout=0.2, send_timeout=5, max_body_bytes=10)
    sent = _run(front, _scope(headers=[("content-length", "6")]), _Protocol([b"abc"], forever=True))
    assert sent.status == 408 and b"FMKG_BODY_TIMEOUT" in sent.body
    front.close()


def test_a_head_answer_keeps_the_length_of_the_get_answer_and_names_no_server():
    front = Front(_app, 2, body_timeout=5, send_timeout=5, max_body_bytes=10)
    sent = _run(front, _scope("HEAD", headers=[("content-length", "3")]), _Protocol([b"abc"]))
    assert sent.status == 200 and sent.body == b""
    assert ("Content-Length", "3") in sent.headers and ("server", "") in sent.headers
    front.close()


def test_serve_warns_when_query_processes_cannot_be_kept_off_the_network(monkeypatch, capsys, tmp_path):
    import granian

    from fmkg import server
    from fmkg.store import sandbox

    started = []

    class NoServer:
        def __init__(self, **options):
            started.append(options)

        def serve(self):
            pass

    monkeypatch.setattr(os, "environ", dict(os.environ))  # serve() exports the settings for its workers
    monkeypatch.setattr(sandbox, "probe", lambda: "no seccomp on this test machine")
    monkeypatch.setattr(granian, "Granian", NoServer)
    assert server.serve(Settings(store=tmp_path / "store")) == 0
    err = capsys.readouterr().err
    assert "cannot be kept off the network" in err and "no seccomp on this test machine" in err
    assert started and started[0]["interface"] == "rsgi"


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="seccomp is Linux's")
def test_the_network_filter_installs_here():
    from fmkg.store import sandbox

    assert sandbox.probe() is None
