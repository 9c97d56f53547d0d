"""The ASGI front of ``fmkg serve`` (``fmkg.front``) and its start-up checks, without a server."""

from __future__ import annotations

import asyncio
import os

import pytest

from fmkg.config import Settings
from fmkg.front import AsgiFront, _environ


def test_path_info_is_the_percent_decoded_bytes_as_latin_1():
    scope = {"method": "GET", "path": "/document/\ufffd", "raw_path": b"/document/%ff%2F", "query_string": b"a=%ff",
             "headers": [(b"content-type", b"text/plain"), (b"accept", b"a"), (b"accept", b"b")],
             "client": ("127.0.0.5", 4000), "server": ("127.0.0.1", 8000)}
    environ = _environ(scope, b"body")
    assert environ["PATH_INFO"] == "/document/\xff/"
    assert environ["QUERY_STRING"] == "a=%ff" and environ["REMOTE_ADDR"] == "127.0.0.5"
    assert environ["CONTENT_TYPE"] == "text/plain" and environ["CONTENT_LENGTH"] == "4"
    assert environ["HTTP_ACCEPT"] == "a,b" and environ["wsgi.input"].read() == b"body"


def _run(front: AsgiFront, scope: dict, messages: list[dict]) -> list[dict]:
    sent: list[dict] = []

    async def receive():
        if messages:
            return messages.pop(0)
        await asyncio.sleep(3600)

    async def send(message):
        sent.append(message)

    asyncio.run(front(scope, receive, send))
    return sent


def _app(environ, start_response):
    body = environ["wsgi.input"].read()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


HTTP = {"type": "http", "method": "POST", "path": "/", "raw_path": b"/", "query_string": b"", "headers": []}


def test_the_body_is_read_whole_before_the_app_runs_and_counted_against_the_limit():
    front = AsgiFront(_app, 2, body_timeout=5, send_timeout=5, max_body_bytes=10)
    sent = _run(front, HTTP, [{"type": "http.request", "body": b"abc", "more_body": True},
                              {"type": "http.request", "body": b"def", "more_body": False}])
    assert sent[0]["status"] == 200 and sent[1]["body"] == b"abcdef"
    sent = _run(front, HTTP, [{"type": "http.request", "body": b"x" * 8, "more_body": True},
                              {"type": "http.request", "body": b"x" * 8, "more_body": False}])  # no length given
    assert sent[0]["status"] == 413 and b"10 bytes" in sent[1]["body"]
    front.close()


def test_a_body_that_does_not_arrive_in_time_gets_408():
    front = AsgiFront(_app, 2, body_timeout=0.2, send_timeout=5, max_body_bytes=10)
    sent = _run(front, HTTP, [{"type": "http.request", "body": b"abc", "more_body": True}])
    assert sent[0]["status"] == 408 and b"FMKG_BODY_TIMEOUT" in sent[1]["body"]
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
    assert started and started[0]["interface"] == "asgi"


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="seccomp is Linux's")
def test_the_network_filter_installs_here():
    from fmkg.store import sandbox

    assert sandbox.probe() is None
