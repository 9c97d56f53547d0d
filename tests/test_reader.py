"""The document reader view (issue 13): the text by paragraph, evidence sentences marked and linked to their facts,
facts linked back; shown only when the file is the one the graph's offsets refer to."""

from __future__ import annotations

import re
import shutil
from html import unescape

import pytest

from fmkg.web import create_app
from ui_support import DOCUMENTS, BuiltGraph, built_graph

DOC = "000_ba35988695bcde2e"


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> BuiltGraph:
    return built_graph(tmp_path_factory)


def page(graph: BuiltGraph, documents=DOCUMENTS) -> str:
    s = graph.settings
    app = create_app({"FMKG_STORE": s.store, "FMKG_DIST": s.dist, "FMKG_DOCUMENTS": documents, "TESTING": True})
    return app.test_client().get(f"/document/{DOC}", headers={"Accept": "text/html"}).get_data(as_text=True)


def test_sentences_are_marked_and_linked_both_ways(graph: BuiltGraph) -> None:
    html = page(graph)
    assert 'id="h-reader"' in html
    anchors = re.findall(r'<a class="evidence-mark" id="(char=\d+,\d+)" href="#facts-\1">', html)
    assert len(anchors) > 10
    for anchor in anchors[:5]:
        assert f'href="#{anchor}" class="back"' in html
    text = (DOCUMENTS / f"{DOC}.txt").read_text(encoding="utf-8")
    start, end = map(int, anchors[0].removeprefix("char=").split(","))
    marked = re.search(rf'id="{anchors[0]}" href="#facts-{anchors[0]}"><mark>(.*?)</mark>', html, re.S).group(1)
    assert unescape(marked) == text[start:end]
    assert "Evidence sentences in this document" not in html  # one place for the sentences, not two


def test_a_changed_file_is_not_shown_against_old_offsets(graph: BuiltGraph, tmp_path) -> None:
    changed = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, changed)
    (changed / f"{DOC}.txt").write_text("Something else entirely.\n", encoding="utf-8")
    html = page(graph, changed)
    assert 'id="h-reader"' not in html and "Evidence sentences in this document" in html


def test_markdown_marks_are_blanked_so_offsets_still_point_into_the_file():
    from fmkg.extract.document import without_markup

    page = "**Fenn 3** is under the [Apache 2.0](https://example.org/licence) licence; see `fenn-3`."
    plain = without_markup(page)
    assert len(plain) == len(page)
    assert "*" not in plain and "(" not in plain and "`" not in plain
    for name in ("Fenn 3", "Apache 2.0", "fenn-3"):
        assert plain.index(name) == page.index(name)
    assert without_markup("between 10**25 and 10**26 operations") == "between 10**25 and 10**26 operations"
