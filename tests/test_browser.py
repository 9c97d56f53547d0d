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
        if query.kind in ("CONSTRUCT", "DESCRIBE"):  # graphs open in the graph view (issue 13)
            page.locator("#ui-results .fmkg-graph canvas").first.wait_for()
        else:
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


# --- issue 13: search, errors, views, pages at laptop and phone widths -------------------------------------

WIDTHS = {"laptop": (1366, 768), "phone": (390, 844)}


@pytest.fixture(params=list(WIDTHS))
def sized(request, browser, base_url: str) -> Iterator[tuple[object, PageWatch, str]]:
    """A watched page at a laptop's or a phone's size."""
    width, height = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=request.param == "phone")
    page = context.new_page()
    watch = PageWatch()

    def guard(route) -> None:
        if route.request.url.startswith(("data:", "blob:")) or urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            watch.outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(f"uncaught: {e}"))
    page.set_default_timeout(15_000)
    try:
        yield page, watch, request.param
    finally:
        context.close()


PAGES = {
    "query": "/",
    "entity-gpt-4": "/resource/gpt-4",
    "entity-eu-ai-act": "/resource/eu-ai-act",
    "entity-index": "/resource/",
    "search": "/search?q=gpt",
    "document": "/document/000_ba35988695bcde2e",
    "ontology": "/ontology",
    "not-found": "/resource/gpt4",
    "not-found-statement": "/statement/",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_at_laptop_and_phone_width(sized, base_url: str, name: str) -> None:
    """Each page renders without console errors, has the header search box, and on a phone nothing is wider
    than the screen; screenshots for a reviewer."""
    page, watch, size = sized
    response = page.goto(base_url + PAGES[name])
    assert response.status == (404 if name.startswith("not-found") else 200)
    page.wait_for_load_state("networkidle")
    assert page.locator("header form.site-search input[name=q]").count() == 1
    if size == "phone":
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name} is {overflow}px wider than a phone's screen"
    shoot(page, f"issue13-{name}-{size}")
    if name.startswith("not-found"):  # Chromium logs the page's own 404 status
        watch.errors = [e for e in watch.errors if "status of 404" not in e]
    watch.assert_clean()


def test_the_editor_is_above_the_fold(sized, base_url: str) -> None:
    page, watch, size = sized
    open_page(page, base_url)
    box = page.locator(".CodeMirror").bounding_box()
    assert box["y"] + 120 < WIDTHS[size][1], f"the editor starts at {box['y']}px"
    assert page.locator("#ui-run").bounding_box()["y"] < WIDTHS[size][1]
    assert page.locator(".yasqe_queryButton, .yasqe_share").count() == 0  # one set of controls
    watch.assert_clean()


def test_header_search_suggests_with_classes_and_opens(sized, base_url: str) -> None:
    page, watch, size = sized
    page.goto(base_url + "/ontology")
    box = page.locator("#site-search-q")
    box.fill("gpt4")
    first = page.locator("#site-search-list li").first
    first.wait_for()
    assert first.inner_text().startswith("GPT-4") and "foundation model" in first.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"issue13-search-suggestions-{size}.png"))
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == "/resource/gpt-4"
    watch.assert_clean()


def test_entity_completion_in_the_editor(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url)
    page.evaluate("() => { const y = window.fmkgQueryPage.yasqe; y.setValue('SELECT * WHERE {\\n  ?s ?p \\n}');"
                  " y.focus(); y.setCursor({line: 1, ch: 8}); }")
    page.keyboard.type("fmr:gpt4", delay=30)
    hint = page.locator(".CodeMirror-hints li", has_text="GPT-4 (foundation model)")
    hint.first.wait_for()
    shoot(page, "issue13-entity-completion", ".ui-query")
    page.keyboard.press("Enter")
    assert "fmr:gpt-4" in page.evaluate("() => window.fmkgQueryPage.yasqe.getValue()")
    watch.assert_clean()


def test_unknown_prefix_is_named_with_one_marker_where_it_is(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url)
    page.evaluate("() => window.fmkgQueryPage.yasqe.setValue('SELECT * WHERE {\\n  ?s foo:bar ?o .\\n}')")
    run_and_wait(page)
    page.locator("#ui-error").wait_for(state="visible")
    message = page.inner_text("#ui-error .ui-error-message")
    assert message.startswith("Unknown prefix `foo:` at line 2, column 6: add `PREFIX foo: <...>`")
    assert page.locator(".CodeMirror .ui-error-line").count() == 1
    assert page.locator(".CodeMirror .ui-error-char").inner_text() == "f"
    assert page.locator(".CodeMirror .error, .CodeMirror .gutterErrorBar .parseErrorIcon").count() == 0
    box = page.locator("#ui-error").bounding_box()
    assert box["y"] < 1000, "the message is in view"
    shoot(page, "issue13-unknown-prefix", ".ui-query")
    watch.errors = [e for e in watch.errors if "status of 400" not in e]
    watch.assert_clean()


def test_predeclared_prefixes_run_without_declarations(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url)
    page.evaluate("() => window.fmkgQueryPage.yasqe.setValue("
                  "'SELECT ?label WHERE { fmr:gpt-4 rdfs:label ?label ; a fm:FoundationModel }')")
    status = run_and_wait(page)
    assert status.startswith("1 result"), status
    cell = page.locator("#ui-results table tbody td", has_text="GPT-4").first
    assert cell.inner_text().strip() == "GPT-4"  # no quotes, no @en
    watch.assert_clean()


def test_describe_opens_in_the_graph_view_and_ask_after_a_chart_answers(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url, "/?example=13-describe-gpt-4")
    run_and_wait(page)
    page.locator("#ui-results .fmkg-graph canvas").first.wait_for()
    shoot(page, "issue13-graph-view", "#ui-results")
    page.evaluate("() => window.fmkgQueryPage.choose('14-models-by-kind')")
    run_and_wait(page)
    page.locator(".yasr .select_chart").click()
    page.locator("#ui-results svg.ui-chart").wait_for()
    page.evaluate("() => window.fmkgQueryPage.choose('17-ask-gpt-4-by-openai')")
    run_and_wait(page)
    assert "Could not render" not in page.inner_text("#ui-results")
    assert page.locator("#ui-results table").count() == 0 or page.locator("#ui-results svg.ui-chart").count() == 0
    watch.assert_clean()


def test_permalinks_are_short(watched, base_url: str) -> None:
    page, watch = watched
    open_page(page, base_url, "/?example=09-class-counts")
    run_and_wait(page)
    assert page.url.endswith("/?example=09-class-counts")
    page.evaluate("() => { const y = window.fmkgQueryPage.yasqe; y.setValue(y.getValue() + '\\n# edited'); }")
    run_and_wait(page)
    link = page.get_attribute("#ui-share", "href")
    query = page.evaluate("() => new URL(document.getElementById('ui-share').href).searchParams.get('query')")
    assert "# title" not in query and "PREFIX fm:" not in query and "SELECT ?class" in query
    assert len(link) < 400, link
    page.goto(link)
    page.wait_for_function("() => /^\\d+ results in/.test(document.getElementById('ui-status').textContent)")
    watch.assert_clean()


def test_a_browser_following_a_sparql_link_sees_the_results(watched, base_url: str) -> None:
    page, watch = watched
    page.goto(base_url + "/sparql?query=" + playwright_quote("ASK { fmr:gpt-4 fm:developedBy fmr:openai }"))
    page.wait_for_function("() => document.getElementById('ui-status').textContent.startsWith('Answer')")
    assert urlsplit(page.url).path == "/"
    watch.assert_clean()


def test_entity_page_summary_evidence_and_neighbourhood(sized, base_url: str) -> None:
    page, watch, size = sized
    page.goto(base_url + "/resource/gpt-4")
    assert page.inner_text(".summary-line").startswith("GPT-4: a foundation model")
    page.locator("#entity-graph[data-ready=true] canvas").first.wait_for()
    quotes = page.locator("ol.evidence > li blockquote").all_inner_texts()
    assert len(quotes) == len(set(quotes)), "each sentence once"
    assert page.locator("ol.evidence mark", has_text="GPT-4").count() >= 1
    shoot(page, f"issue13-entity-graph-{size}", ".neighbourhood")
    watch.assert_clean()
