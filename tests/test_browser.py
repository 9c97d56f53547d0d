"""The query page in a real browser: Debian's Chromium driven by Playwright, against a live server on a free port.

No request may leave 127.0.0.1 (every other one is aborted and fails the test), and the page must log no
console error. Screenshots go to ``test-output/screenshots/`` for a reviewer to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from fmkg.queries import load_queries
from ui_support import REPO, BuiltGraph, built_graph, live_server

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO / "test-output" / "screenshots"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUERIES = load_queries(REPO / "queries")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (`apt-get install chromium`)"),
]


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> BuiltGraph:
    return built_graph(tmp_path_factory)


@pytest.fixture(scope="module")
def base_url(graph: BuiltGraph) -> Iterator[str]:
    with live_server(graph) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class PageWatch:
    """What a page did that a test forbids: console errors, uncaught exceptions, requests to other hosts."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []

    def assert_clean(self) -> None:
        assert self.outside == [], f"requests left 127.0.0.1: {self.outside}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture()
def watched(browser, base_url: str) -> Iterator[tuple[object, PageWatch]]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    watch = PageWatch()

    def guard(route) -> None:
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            watch.outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(f"uncaught: {e}"))
    page.set_default_timeout(15_000)
    try:
        yield page, watch
    finally:
        context.close()


def open_page(page, base_url: str, path: str = "/") -> None:
    page.goto(base_url + path)
    page.wait_for_selector("body[data-ready='true']")


def run_and_wait(page) -> str:
    """Run the editor's query; the status line once it has finished (or the error box is shown)."""
    page.click("#ui-run")
    page.wait_for_function(
        "() => !document.body.classList.contains('ui-busy') && "
        "(document.getElementById('ui-status').textContent !== 'Running…')")
    return page.inner_text("#ui-status")


def shoot(page, name: str, selector: str | None = None) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if selector:
        page.locator(selector).screenshot(path=str(path))
    else:
        page.screenshot(path=str(path), full_page=True)
    return path


def test_page_loads_without_console_errors(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url)
    page.wait_for_selector(".CodeMirror")
    page.wait_for_load_state("networkidle")
    assert page.locator(".ui-example").count() == len(QUERIES)
    assert "fm:" in page.evaluate("() => window.fmkgQueryPage.yasqe.getValue()")
    assert page.locator(".ui-counts li").count() > 3
    shoot(page, "query-page")
    watch.assert_clean()


def test_an_example_runs_and_shows_linked_entities(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url)
    page.click("a[data-example='01-models-by-provider']")
    assert "fm:developedBy" in page.evaluate("() => window.fmkgQueryPage.yasqe.getValue()")
    assert "example=01-models-by-provider" in page.url
    status = run_and_wait(page)
    assert re.match(r"\d+ results in \d+ ms", status), status
    link = page.locator("#ui-results table a.fmkg-entity", has_text=re.compile(r"^GPT-4$")).first
    link.wait_for()
    assert link.get_attribute("href") == "/resource/gpt-4"
    assert link.get_attribute("title") == "https://w3id.org/fmkg/resource/gpt-4"
    assert page.locator("#ui-results table a.fmkg-entity", has_text="OpenAI").count() >= 1
    shoot(page, "results-table", "#ui-results")
    shoot(page, "query-page-with-results")
    watch.assert_clean()


def test_an_entity_link_opens_its_page(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url, "/?example=01-models-by-provider")
    run_and_wait(page)
    link = page.locator("#ui-results table a.fmkg-entity", has_text=re.compile(r"^GPT-4$")).first
    with page.expect_navigation():
        link.click()
    assert urlsplit(page.url).path == "/resource/gpt-4"
    response = page.request.get(page.url, headers={"Accept": "text/html"})
    if response.status == 404 and "resource" not in page.content().lower():
        pytest.skip("the linked-data pages (/resource/...) are not served yet")
    assert response.status == 200
    assert "html" in response.headers["content-type"]
    assert "GPT-4" in page.inner_text("body")
    shoot(page, "entity-page")


def test_a_broken_query_shows_the_error_and_its_position(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url)
    page.evaluate("() => window.fmkgQueryPage.yasqe.setValue('SELECT * WHERE {\\n  ?s ?p\\n}')")
    run_and_wait(page)
    error = page.locator("#ui-error")
    error.wait_for(state="visible")
    assert "400" in page.inner_text("#ui-error .ui-error-title")
    assert re.search(r"line \d+, column \d+", page.inner_text("#ui-error .ui-error-position"))
    assert page.locator(".CodeMirror .ui-error-line").count() == 1
    assert page.locator("#ui-results").is_hidden()
    shoot(page, "query-error", ".ui-query")
    # the endpoint's 400 is the only console message Chromium logs for it
    watch.errors = [e for e in watch.errors if "status of 400" not in e]
    watch.assert_clean()


@pytest.mark.parametrize("query", QUERIES, ids=[q.slug for q in QUERIES])
def test_every_canned_query_runs_in_the_browser(watched, base_url: str, query) -> None:
    page, watch = watched
    open_page(page, base_url)
    page.click(f"a[data-example='{query.slug}']")
    status = run_and_wait(page)
    assert page.locator("#ui-error").is_hidden(), page.inner_text("#ui-error")
    if query.kind == "ASK":
        assert status.startswith("Answer: yes")
    else:
        assert re.match(r"[1-9]\d* (results?|triples?) in \d+ ms", status), status
        page.locator("#ui-results table tbody tr").first.wait_for()
    watch.assert_clean()


def test_a_query_in_the_url_is_preloaded_and_run(watched, base_url: str) -> None:
    page, watch = watched
    query = "PREFIX fm: <https://w3id.org/fmkg/ontology#>\nASK { ?m a fm:FoundationModel }"
    page.goto(base_url + "/?query=" + playwright_quote(query))
    page.wait_for_function("() => document.getElementById('ui-status').textContent.startsWith('Answer')")
    assert page.evaluate("() => window.fmkgQueryPage.yasqe.getValue()") == query
    assert page.inner_text("#ui-status").startswith("Answer: yes")
    watch.assert_clean()


def test_aggregates_have_a_chart(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url, "/?example=14-models-by-kind")
    run_and_wait(page)
    page.locator(".yasr .select_chart, .yasr button:has-text('Chart')").first.click()
    chart = page.locator("#ui-results svg.ui-chart")
    chart.wait_for()
    assert chart.locator("rect.ui-bar").count() >= 2
    assert "language model" in (chart.text_content() or "")
    shoot(page, "results-chart", "#ui-results")
    watch.assert_clean()


@pytest.mark.parametrize(("slug", "button", "check"), [
    ("01-models-by-provider", "CSV", lambda text: text.splitlines()[0].startswith("provider,")),
    ("01-models-by-provider", "TSV", lambda text: text.splitlines()[0].startswith("?provider\t")),
    ("01-models-by-provider", "JSON", lambda text: '"bindings"' in text),
    ("12-model-neighbourhood", "Turtle", lambda text: "gpt-4o" in text and "@prefix" in text.lower() or "<" in text),
])
def test_results_download(watched, base_url: str, slug: str, button: str, check) -> None:
    page, watch = watched
    open_page(page, base_url, f"/?example={slug}")
    run_and_wait(page)
    with page.expect_download() as info:
        page.click(f"#ui-download-buttons button:has-text('{button}')")
    download = info.value
    text = Path(download.path()).read_text(encoding="utf-8")
    assert check(text), text[:300]
    watch.assert_clean()


def playwright_quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def test_prefix_and_class_completion_are_local(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url)
    page.evaluate("() => { const y = window.fmkgQueryPage.yasqe; y.setValue('PREFIX fm'); y.focus();"
                  " y.setCursor({line: 0, ch: 9}); }")
    page.keyboard.press("Control+Space")
    hint = page.locator(".CodeMirror-hints li", has_text="fm: <https://w3id.org/fmkg/ontology#>")
    hint.first.wait_for()
    page.keyboard.press("Escape")
    # an undeclared fmkg prefix gets its declaration as it is typed
    page.evaluate("() => { const y = window.fmkgQueryPage.yasqe; y.setValue('SELECT * WHERE {\\n  ?m a '); y.focus();"
                  " y.setCursor({line: 1, ch: 7}); }")
    page.keyboard.type("fm:")
    page.wait_for_function("() => window.fmkgQueryPage.yasqe.getValue().includes("
                           "'PREFIX fm: <https://w3id.org/fmkg/ontology#>')")
    page.keyboard.type("Langu")
    page.keyboard.press("Control+Space")
    page.locator(".CodeMirror-hints li", has_text="fm:LanguageModel").first.wait_for()
    watch.assert_clean()


def test_a_related_query_of_an_entity_page_runs_on_the_query_page(watched, base_url: str) -> None:
    page, watch = watched
    page.goto(base_url + "/resource/gpt-4")
    links = page.locator("a[href^='/?query=']")
    if links.count() == 0:
        pytest.skip("the entity pages link to no query yet")
    with page.expect_navigation():
        links.first.click()
    page.wait_for_selector("body[data-ready='true']")
    page.wait_for_function("() => /^(\\d+ (results?|triples?) in|Answer)/.test("
                           "document.getElementById('ui-status').textContent)")
    assert page.locator("#ui-error").is_hidden()
    watch.assert_clean()


NON_HTTP_IRIS = ("javascript:alert(document.domain)", "JavaScript:alert(2)", "data:text/html,<b>x</b>",
                 "mailto:someone@example.org", "vbscript:msgbox(1)")


def test_no_iri_of_another_scheme_becomes_a_link(watched, base_url: str) -> None:
    """A result IRI that is not http(s) shows as text in the table and the chart, never as a link (issue 8).

    The page also runs under the server's Content-Security-Policy: a violation is a console error.
    """
    page, watch = watched
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    rows = " ".join(f"(<{iri.replace('<', '%3C').replace('>', '%3E')}> {n})"
                    for n, iri in enumerate(NON_HTTP_IRIS, start=2))
    query = (f"SELECT ?thing ?n WHERE {{ VALUES (?thing ?n) {{ {rows} "
             "(<https://w3id.org/fmkg/resource/gpt-4o> 1) (<https://example.org/x> 7) } } ORDER BY ?n")
    response = page.goto(base_url + "/?query=" + playwright_quote(query))
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_function("() => /\\d+ results/.test(document.getElementById('ui-status').textContent)")
    hrefs_js = "(root) => Array.from(document.querySelectorAll(root + ' a[href], ' + root + ' [*|href]'))" \
               ".map(a => a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))"

    def linked_schemes(root: str) -> set[str]:
        schemes = (re.match(r"^([a-zA-Z][\w+.-]*):", h) for h in page.evaluate(hrefs_js, root))
        return {m.group(1).lower() for m in schemes if m}

    table = page.locator("#ui-results table")
    table.wait_for()
    for iri in NON_HTTP_IRIS:
        assert page.locator("#ui-results table .fmkg-unlinked", has_text=iri.split(":")[1][:8]).count() >= 1, iri
    assert linked_schemes("#ui-results table") <= {"http", "https"}
    assert page.locator("#ui-results table a[href='/resource/gpt-4o']").count() == 1
    assert page.locator("#ui-results table a[href='https://example.org/x']").count() == 1
    page.locator("#ui-results table .fmkg-unlinked").first.click()

    page.locator(".yasr .select_chart, .yasr button:has-text('Chart')").first.click()
    chart = page.locator("#ui-results svg.ui-chart")
    chart.wait_for()
    assert linked_schemes("#ui-results svg.ui-chart") <= {"http", "https"}
    assert chart.locator("a").count() == 2  # the two http(s) IRIs
    chart.locator("text", has_text="javascript").first.click()
    page.wait_for_timeout(300)
    assert dialogs == []
    shoot(page, "non-http-iris", "#ui-results")
    watch.assert_clean()


def test_ctrl_enter_runs_the_query(watched, base_url: str) -> None:
    """Issue 13: Ctrl+Enter in the editor sent nothing (YASQE's own binding never fired)."""
    page, watch = watched
    open_page(page, base_url)
    page.click(".CodeMirror")
    page.keyboard.press("Control+Enter")
    page.wait_for_function("() => /^\\d+ results in/.test(document.getElementById('ui-status').textContent)")
    assert page.locator("#ui-results").is_visible()
    watch.assert_clean()
