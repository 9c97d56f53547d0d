"""No client input gives a 5xx (issue 8): hypothesis over every route of the app, on the store `fmkg build` makes.

Every rule of ``app.url_map`` is filled with generated path segments (any Unicode, control characters, raw
bytes that are not UTF-8, percent signs, long strings), sent with a generated ``Accept`` header, method and
query parameters (NaN, infinities, negative and huge numbers among them). A real server passes the path's
bytes as latin-1 text in ``PATH_INFO``: so does this test. Every answer must be below 500, hold no traceback,
and have header values a server can send (latin-1, no line breaks).

``FMKG_FUZZ_EXAMPLES`` sets the number of requests (default 400: a few seconds).
"""

from __future__ import annotations

import os
import re
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from web_support import TRACEBACK_MARKERS, built_app

EXAMPLES = int(os.environ.get("FMKG_FUZZ_EXAMPLES", "400"))
NASTY = ["", ".", "..", "%", "%00", "%zz", "\x00", "\n", "\r\nSet-Cookie: x=1", "\x7f", "\x85", "\u2028", "\ufffd",
         "\ud800", "<script>", "a b", "a|b", "{}", "\\", "^", "`", '"', "'", "#", "?", "gpt-4o", "gpt-4o.ttl",
         "x.html", "x.", ".ttl", "0.1.0", "document/x", "../../etc/passwd", "javascript:alert(1)", "é" * 300,
         "a" * 5000, "\u202e", "😀"]
NUMBERS = ["nan", "NaN", "inf", "-inf", "Infinity", "-1", "0", "-0", "1e308", "1e999", "0x10", "1_000", "", " 5 ",
           "9" * 400, "0.0000001"]
ACCEPTS = ["text/html", "text/turtle", "application/ld+json", "application/json", "application/n-triples",
           "application/rdf+xml", "application/trig", "application/n-quads", "text/plain", "*/*", "image/png",
           "text/csv", "application/sparql-results+json", "application/sparql-results+xml", "text/*;q=0.5",
           "*/*;q=0", "text/turtle;q=nan", "text/html;q=-1, */*;q=inf", ";;;", "a/b/c", ",", "*"]
PARAMETERS = ["query", "format", "output", "timeout", "default-graph-uri", "named-graph-uri", "example", "update",
              "x"]
QUERIES = ["ASK {}", "SELECT * WHERE { ?s ?p ?o } LIMIT 2", "SELECT (1/0 AS ?x) {}", "CONSTRUCT WHERE { ?s ?p ?o }",
           "DESCRIBE <x:y>", "SELECT * WHERE { BIND(xsd:double('NaN') AS ?x) }", "INSERT DATA { <a:b> <a:b> <a:b> }",
           "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SELECT ?x WHERE { VALUES ?x { 1e308 } }"]


def _latin1(text: str) -> str:
    """``text`` as WSGI passes a path: its UTF-8 bytes as latin-1 characters (surrogates as '?')."""
    return text.encode("utf-8", "replace").decode("latin-1")


segment = st.one_of(
    st.sampled_from(NASTY).map(_latin1),
    st.text(max_size=40).map(_latin1),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),  # raw bytes: invalid UTF-8 too
    st.from_regex(r"[a-z0-9-]{1,30}(\.(ttl|html|jsonld|nt|rdf|trig|nq|rq|x))?", fullmatch=True),
)
value = st.one_of(st.sampled_from(NUMBERS), st.sampled_from(QUERIES), st.sampled_from(NASTY), st.text(max_size=60))
parameters = st.lists(st.tuples(st.sampled_from(PARAMETERS), value), max_size=4)
accept = st.one_of(st.none(), st.sampled_from(ACCEPTS), st.text(st.characters(min_codepoint=32, max_codepoint=255),
                                                                     max_size=60))
method = st.sampled_from(["GET", "GET", "GET", "HEAD", "POST", "OPTIONS", "PUT", "TRACE"])


@pytest.fixture(scope="module")
def app(built_settings):
    application = built_app(built_settings, FMKG_QUERY_TIMEOUT=2)
    yield application
    from fmkg.web.store_access import close_store

    close_store(application)


@pytest.fixture(scope="module")
def routes(app) -> list[tuple[str, list[str]]]:
    """Each rule as its literal parts and variable parts: ``/resource/<iri:name>`` -> (["/resource/", ""], ...)."""
    found = []
    for rule in app.url_map.iter_rules():
        parts = re.split(r"<(?:[^>:]+:)?[^>]+>", rule.rule)
        found.append((rule.rule, parts))
    assert len(found) >= 20, [r for r, _ in found]
    return found


def _assert_sendable(response) -> None:
    for name, header in response.headers.items():
        assert "\r" not in header and "\n" not in header, (name, header)
        header.encode("latin-1")  # a WSGI server sends header values as latin-1


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), accept_header=accept, http_method=method, params=parameters, extra=st.lists(segment,
                                                                                                      max_size=2))
def test_no_route_answers_5xx(app, routes, data, accept_header, http_method, params, extra):
    rule, parts = data.draw(st.sampled_from(routes), label="rule")
    fillers = [data.draw(segment, label="segment") for _ in parts[1:]]
    path = parts[0] + "".join(filler + literal for filler, literal in zip(fillers, parts[1:], strict=True))
    if extra:
        path = path.rstrip("/") + "/" + "/".join(extra)
    query_string = "&".join(f"{quote(k)}={quote(v, safe='', errors='replace')}" for k, v in params)
    headers = {"Accept": accept_header} if accept_header is not None else {}
    body = {}
    if http_method == "POST":
        body = {"data": "&".join(f"{quote(k)}={quote(v, safe='', errors='replace')}" for k, v in params),
                "content_type": "application/x-www-form-urlencoded"}
    response = app.test_client().open("/", method=http_method, headers=headers, **body,
                                      environ_overrides={"PATH_INFO": path, "QUERY_STRING": query_string})
    text = response.get_data(as_text=True)
    assert response.status_code < 500, (rule, repr(path), query_string, accept_header, response.status_code,
                                        text[:500])
    assert not any(marker in text for marker in TRACEBACK_MARKERS), text[:500]
    _assert_sendable(response)
