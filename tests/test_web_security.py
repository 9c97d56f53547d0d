"""Web hardening (issue 8, part B): security headers, no 500 for bad paths or parameters, chunked bodies, CORS.

Flask's test client on the store `fmkg build` makes from the repository; what only a real server shows (its own
headers, a chunked body on the wire) runs against `fmkg serve` on 127.0.0.1.
"""

from __future__ import annotations

import re

import pytest
import requests

from serve_helper import running_server
from web_support import TRACEBACK_MARKERS, built_app

HTML_PAGES = ("/", "/ontology", "/resource/gpt-4o", "/dumps/", "/.well-known/void", "/resource/no-such-thing")


@pytest.fixture(scope="module")
def client(built_settings):
    app = built_app(built_settings)
    yield app.test_client()
    from fmkg.web.store_access import close_store

    close_store(app)


def assert_clean(response, *statuses: int) -> None:
    assert response.status_code in statuses, (response.status_code, response.data[:300])
    body = response.get_data(as_text=True)
    assert not any(marker in body for marker in TRACEBACK_MARKERS), body[:500]


# --- headers --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", HTML_PAGES)
def test_html_pages_have_a_strict_policy_and_no_inline_script(client, path):
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code in (200, 404)
    assert response.mimetype == "text/html"
    policy = response.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    html = response.get_data(as_text=True)
    for script in re.findall(r"<script\b[^>]*>", html):  # every script is a file, or data (JSON), never code
        assert "src=" in script or 'type="application/json"' in script, script
    assert not re.search(r"\son[a-z]+\s*=", html), "inline event handler"
    assert not re.search(r"\sstyle\s*=", html), "inline style attribute"
    assert "javascript:" not in html.lower()


@pytest.mark.parametrize("path", ["/", "/health", "/sparql?query=ASK{}", "/sparql?query=SELEC", "/dumps/void.ttl",
                                  "/static/ui.js", "/-/settings", "/resource/gpt-4o.ttl", "/nothing-here"])
def test_every_response_has_nosniff_and_no_server_banner(client, path):
    response = client.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "Server" not in response.headers


def test_a_sparql_error_that_repeats_the_query_is_not_sniffed(client):
    query = "<script>alert(1)</script> SELECT"
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 400
    assert response.mimetype == "text/plain"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_cors_preflight_allows_only_the_headers_the_app_reads(client):
    response = client.options("/sparql", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "X-Evil, Authorization, Content-Type"})
    allowed = {h.strip().lower() for h in response.headers["Access-Control-Allow-Headers"].split(",")}
    assert "x-evil" not in allowed and "authorization" not in allowed
    assert {"accept", "content-type"} <= allowed


# --- no 500 for client input ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path, accept, expected_type", [
    ("/resource/gpt-4o%00", None, None),
    ("/ontology/x%0a", None, None),
    ("/resource/a%0d%0aSet-Cookie:x=1", None, None),
    ("/document/%ff", "text/turtle", "text/turtle"),
    ("/resource/a%20b", "application/ld+json", "application/ld+json"),
    ("/graph/x%7Cy", "application/n-triples", "application/n-triples"),
    ("/statement/%3Cx%3E", "application/json", "application/json"),
])
def test_bad_paths_get_a_client_error_in_the_format_asked_for(client, path, accept, expected_type):
    response = client.get(path, headers={"Accept": accept} if accept else {})
    assert_clean(response, 400, 404)
    assert "Set-Cookie" not in response.headers
    if expected_type:
        assert response.mimetype == expected_type


def test_raw_invalid_utf8_and_control_characters_are_400(client):
    # What a real server passes on: the path's bytes as latin-1 text (the test client would decode them).
    for raw in ("/document/\xff", "/resource/gpt-4o\x00", "/ontology/x\n", "/resource/\xc3"):
        response = client.get("/", environ_overrides={"PATH_INFO": raw}, headers={"Accept": "text/turtle"})
        assert_clean(response, 400)
        assert response.mimetype == "text/turtle"
        assert response.get_data(as_text=True).startswith("# 400 Bad Request")


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "1e999", "banana"])
def test_a_timeout_that_is_not_a_number_of_seconds_is_400(client, value):
    response = client.get("/sparql", query_string={"query": "ASK {}", "timeout": value})
    assert_clean(response, 400)
    assert "timeout" in response.get_data(as_text=True)


def test_the_path_checks():
    from fmkg.web.security import unsafe_path_reason, valid_iri_path

    assert unsafe_path_reason("/resource/gpt-4o") is None
    assert unsafe_path_reason("/resource/z\xc3\xbcrich") is None  # UTF-8 ü as WSGI passes it
    assert "UTF-8" in unsafe_path_reason("/resource/\xff")
    assert "U+000A" in unsafe_path_reason("/x\n")
    assert valid_iri_path("gpt-4o") and valid_iri_path("zürich") and valid_iri_path("a/b")
    assert not any(valid_iri_path(s) for s in ("a b", "<x>", "100%", "a|b", "", "x" * 3000))


def test_an_unexpected_exception_is_a_plain_500_without_traceback(built_settings):
    app = built_app(built_settings)

    @app.get("/-/boom")
    def boom():
        raise KeyError("internal detail")

    for accept in ("text/html", "application/json", "text/turtle", None):
        response = app.test_client().get("/-/boom", headers={"Accept": accept} if accept else {})
        assert_clean(response, 500)
        assert "internal detail" not in response.get_data(as_text=True)


# --- chunked bodies -------------------------------------------------------------------------------------------

def chunked_post(client, body: bytes):
    """A direct POST with no Content-Length, as a server passes on a chunked body it has de-chunked."""
    import io

    return client.post("/sparql", input_stream=io.BytesIO(body), headers={
        "Content-Type": "application/sparql-query", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True})


def test_a_chunked_body_over_the_limit_is_413_not_cut(built_settings):
    app = built_app(built_settings, FMKG_MAX_BODY_BYTES=1000)
    client = app.test_client()
    query = b"ASK {}"
    padded = query + b" #" + b"x" * 2000  # a comment: run whole it would be a valid query
    assert_clean(chunked_post(client, padded), 413)
    exact = query + b" #" + b"x" * (1000 - len(query) - 2)
    response = chunked_post(client, exact)
    assert response.status_code == 200, response.data
    assert response.get_json()["boolean"] is True


# --- a real server --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def server(built_settings):
    with running_server(built_settings.store, "--workers", "1", "--threads", "2") as url:
        yield url


@pytest.mark.server
def test_the_real_server_sends_no_banner_and_the_security_headers(server):
    for path in ("/", "/health", "/sparql?query=ASK{}", "/no-such-page"):
        response = requests.get(server + path, timeout=30)
        assert not response.headers.get("Server"), response.headers  # absent, or empty where granian needs one
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.server
def test_the_real_server_refuses_a_chunked_body_over_the_limit(server):
    query = b"ASK {} #"

    def chunks(size: int):
        yield query
        sent = len(query)
        while sent < size:
            piece = b"x" * min(65536, size - sent)
            sent += len(piece)
            yield piece

    headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
    response = requests.post(server + "/sparql", data=chunks(1_100_000), headers=headers, timeout=60)
    assert response.status_code == 413, response.text[:300]
    small = requests.post(server + "/sparql", data=chunks(5000), headers=headers, timeout=60)
    assert small.status_code == 200 and small.json()["boolean"] is True


@pytest.mark.server
@pytest.mark.parametrize("path", ["/resource/gpt-4o%00", "/ontology/x%0a", "/resource/a%0d%0aSet-Cookie:x=1",
                                  "/document/%ff", "/resource/price-%E2%82%AC", "/sparql?query=ASK%7B%7D&timeout=nan"])
def test_the_real_server_answers_bad_input_with_a_client_error(server, path):
    response = requests.get(server + path, headers={"Accept": "text/turtle"}, timeout=30)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    assert "Set-Cookie" not in response.headers
    assert not any(marker in response.text for marker in TRACEBACK_MARKERS)


def test_the_style_hashes_of_the_policy_are_those_of_the_vendored_table():
    """The two <style> texts YASR's column resizer adds are what the policy's hashes allow (no other inline CSS)."""
    import base64
    import hashlib
    from pathlib import Path

    from fmkg.web.security import VENDOR_STYLE_HASHES

    vendored = Path(__file__).resolve().parents[1] / "src/fmkg/web/static/vendor/yasr.min.js"
    if not vendored.exists():
        pytest.skip("the query page's viewer is not installed (make install)")
    script = vendored.read_text(encoding="utf-8")
    grip_css = re.search(r"createStyle\(\w+,`( \.grip-resizable\{[^`]*)`\)", script).group(1)
    drag_cursor = re.search(r"dragCursor:`([-\w]+)`", script).group(1)
    assert "*{cursor:`+n.opt.dragCursor+`!important}" in script
    texts = (grip_css, f"*{{cursor:{drag_cursor}!important}}")
    assert tuple("sha256-" + base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in texts) == \
        VENDOR_STYLE_HASHES


def test_pages_link_only_http_iris(tmp_path):
    """A stored `javascript:` or `data:` IRI shows as text on the linked-data pages, never as a link."""
    from serve_helper import build_store, make_app

    data = tmp_path / "schemes.trig"
    data.write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/fmkg/graph/curated> {\n"
        "  <https://w3id.org/fmkg/resource/thing> rdfs:label \"Thing\"@en ;\n"
        "    rdfs:seeAlso <javascript:alert(document.domain)>, <data:text/html,hi>, <mailto:a@example.org>,\n"
        "      <https://example.org/ok>, <https://w3id.org/fmkg///evil.example> .\n"
        "  <javascript:alert(1)> rdfs:seeAlso <https://w3id.org/fmkg/resource/thing> .\n}\n", encoding="utf-8")
    client = make_app(build_store(tmp_path / "store", data)).test_client()
    html = client.get("/resource/thing", headers={"Accept": "text/html"}).get_data(as_text=True)
    hrefs = re.findall(r'(?:href|cite)="([^"]*)"', html)
    assert "https://example.org/ok" in hrefs
    for href in hrefs:
        assert href.startswith(("/", "#", "https://", "http://")) and not href.startswith("//"), href
    assert "javascript:alert(document.domain)" in html  # shown, as text
