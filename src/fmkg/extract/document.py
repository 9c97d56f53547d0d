"""A plain-text document and its structure: headings, items, paragraphs and sentences, with offsets.

The genre: a title line, short section headings, ``Term — definition`` items (bulleted or not),
``Term. text`` paragraphs, category lists, and plain sentences. Every piece keeps its character offsets
into the original text, so each fact can point at the exact sentence it came from.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

__all__ = ["ExtractionError", "Span", "Block", "SourceDocument", "read_document", "parse_blocks", "sentences",
           "short_form", "SEAT"]


class ExtractionError(ValueError):
    """A document that cannot be read as one of ours (empty, binary, not UTF-8)."""


@dataclass(frozen=True)
class Span:
    """A piece of the document text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Block:
    """One line of the document, classified.

    kind: ``heading``, ``item`` (``Term — definition``), ``term`` (``Term. text`` paragraph), ``bullet``
    (a ``- `` line without a definition), ``paragraph``, ``field`` (``Developer: Meta`` in a run of three such
    lines at least, an infobox: ``term`` the field's name, ``body`` its value), or in a table (cells between bars)
    ``columns`` (its first row, the headers) and ``row`` (a row: ``term`` its first cell, ``header`` the table's
    headers).
    """

    kind: str
    line: Span
    section: str
    term: Span | None = None
    body: Span | None = None
    bulleted: bool = False
    intro: Span | None = None  # the line ending with ':' that this bulleted line belongs to
    cells: tuple[Span, ...] = ()
    header: tuple[str, ...] = ()


@dataclass
class SourceDocument:
    doc_id: str
    text: str
    title: str
    origin: str = ""
    language: str = "en"
    date_added: str | None = None
    path: Path | None = None
    blocks: list[Block] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def block_at(self, offset: int) -> Block | None:
        """The block whose line holds the character at ``offset`` (lines never overlap)."""
        return next((b for b in self.blocks if b.line.start <= offset < b.line.end), None)


# A term is a short phrase: at most six words, no comma (a sentence with a dash inside is not an item).
_DASH_ITEM = re.compile(r"^(?P<term>[^—–,;\s]+(?:\s+[^—–,;\s]+){0,5}?)\s+(?:[—–]|--?)\s+(?P<body>.+)$")
# A bulleted name with its acronym may be longer and hold commas ("- Institute for Computer Science, Artificial
# Intelligence and Technology (INSAIT) — research institute ..."; "... Systems (Fraunhofer IAIS) — ...").
_SHORT_FORM = r"\((?:[A-Z][\w&.-]{1,15}\s)?[A-Z][\w&.-]{1,15}\)"  # "(INSAIT)", "(LoRA)", "(Fraunhofer IAIS)"
_ACRONYM_ITEM = re.compile(rf"^(?P<term>[A-Z][^—–;()]{{2,120}}?\s{_SHORT_FORM})\s+(?:[—–]|--?)\s+(?P<body>.+)$")
# In a bulleted line, "Term: definition" is an item too ("- Hallucination: models state falsehoods").
# "- Commonwealth Scientific and Industrial Research Organisation (CSIRO), Canberra — the national science agency":
# a name (with its short form) and its seat, then the definition
SEAT = r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){0,2}"  # a town's name after an entry's: "Canberra", "Abu Dhabi"
_SEATED_ITEM = re.compile(rf"^(?P<term>[A-Z][^—–;,]{{1,120}}?,\s{SEAT})\s+[—–]\s+(?P<body>.+)$")
_COLON_ITEM = re.compile(r"^(?P<term>(?:(?!\.\s)[^:,;]){1,60}?):\s+(?P<body>.+)$")  # (no full stop: "- X (June
# 2023). A model for video: given a clip ..." is a detailed item)
# "- AssemblyAI (San Francisco, 2017): develops ..."; "- Quorvex (Oslo, founded 2021) — ...": a name with details
_DETAILED_ITEM = re.compile(r"^(?P<term>(?:[A-Z]|[a-z]+[A-Z]|[a-z][\w.-]*(?=\s\([^()]*\b(?:founded|established|"
                            r"(?:19|20)\d\d)\b))[^:,;()—–]{0,50}?(?:,\s[A-Z][\w-]+)?\s\([^()]{2,90}\))"
                            r"(?::|\.(?=\s+[A-Z])|\s+(?:[—–]|--?)|(?<=\d\))(?=\s+[a-z]{2,}s\s))\s+(?P<body>.+)$")
# ("- Bria AI (founded 2020) trains visual models ...": the details, a year last, then what it does; not "- State
# University of Campinas (Unicamp) trains ...", a short name)
# ("iGenius (Milan, founded 2016): ..." too, "Meditron (EPFL, November 2023). A pair of models ...", and
# "University of California, Irvine (Irvine, founded 1965). ...": a campus after a comma is part of the name)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# A list item's marker: "- ", "• ", "* ", or a number ("1. ", "2) ", "(3) ") of a numbered list
_BULLET = re.compile(r"^(?:[-•*]|\d{1,3}[.)]|\(\d{1,3}\))\s+")
# "- Tessaly AI. A Montreal research company ...": a bullet opening with a name (every word capitalised) and a full stop
_NAMED_ITEM = re.compile(r"^(?P<term>[A-Z][\w'’&-]*(?: [A-Z0-9][\w'’.&-]*){0,3})\. (?P<body>[A-Z].+)$")
# "- Fraunhofer Institute for Intelligent Analysis and Information Systems (Fraunhofer IAIS), Sankt Augustin. The
# institute belongs to ...": a name (with its short form), its seat, a full stop, then sentences about it
_SEATED_NAMED_ITEM = re.compile(rf"^(?P<term>[A-Z][\w'’&.-]*(?: (?:(?:of|for|and|the|de|du|für) )*[A-Z0-9][\w'’&.-]*)"
                                rf"{{0,10}}(?: {_SHORT_FORM})?,\s{SEAT})\. (?P<body>[A-Z].+)$")
_TERM_PARAGRAPH = re.compile(r"^(?P<term>[A-Z][\w'’-]*(?: [\w'’-]+){0,3})\. (?P<body>[A-Z].+)$")
_HEADING_WORDS = 8


# A page of the genre is some kilobytes (the corpus's largest has 10 KB); far beyond, a file is no page, and reading
# it would take hours
LARGEST_DOCUMENT = 1_000_000


def read_document(path: Path) -> SourceDocument:
    """Read a ``.txt`` document and its optional ``{doc-id}.meta.json`` beside it."""
    path = Path(path)
    if not path.is_file():
        raise ExtractionError(f"{path}: no such file")
    size = path.stat().st_size
    if size > LARGEST_DOCUMENT:
        raise ExtractionError(f"{path}: too large for one document ({size:,} bytes; the limit is "
                              f"{LARGEST_DOCUMENT:,}): split it into pages")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise ExtractionError(f"{path}: not a text document (binary content)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExtractionError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    if not text.strip():
        raise ExtractionError(f"{path}: the document is empty")
    text = without_markup(text)
    doc_id = path.stem
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", doc_id):
        raise ExtractionError(f"{path}: the file name must be letters, digits, '_', '-' or '.' (it is the document id)")
    meta = _read_meta(path.with_name(doc_id + ".meta.json"))
    first_line = _MARKDOWN_HEADING.sub("", text.strip().splitlines()[0].strip())
    document = SourceDocument(
        doc_id=doc_id, text=text, title=meta.get("title") or first_line, origin=meta.get("origin", ""),
        language=meta.get("language", "en"), date_added=meta.get("date_added"), path=path,
    )
    document.blocks = parse_blocks(text)
    return document


# Markdown's inline markup: "**Fenn 3**", "__Fenn 3__", "`fenn-3`", "[Apache 2.0](https://...)": its marks are no part
# of what a page says
_EMPHASIS = re.compile(r"(?<!\w)(?P<mark>\*\*|__)(?=\S)(?P<inner>[^\n]+?)(?<=\S)(?P=mark)(?!\w)|`(?P<code>[^`\n]+)`")
# (not "10**25 and 10**26": marks inside a word or a number are no emphasis)
_LINK = re.compile(r"\[(?P<label>[^\[\]\n]+)\]\((?P<target>[^()\s]+)\)")


def without_markup(text: str) -> str:
    """The text with Markdown's emphasis, code marks and link targets blanked, character for character, so that
    every offset still points into the file as written ("**Fenn 3** — ..." reads "  Fenn 3   — ...")."""
    def blank(found: re.Match, keep: str) -> str:
        start, end = found.span(keep)
        whole = found.group()
        return " " * (start - found.start()) + whole[start - found.start():end - found.start()] \
            + " " * (found.end() - end)

    text = _LINK.sub(lambda found: blank(found, "label"), text)
    return _EMPHASIS.sub(lambda found: blank(found, "inner" if found.group("inner") is not None else "code"), text)


def _read_meta(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ExtractionError(f"{path}: malformed metadata ({error.msg}, line {error.lineno})") from error
    if not isinstance(meta, dict):
        raise ExtractionError(f"{path}: metadata must be a JSON object")
    meta = {k: str(v) for k, v in meta.items()}
    if "date_added" in meta and not _is_date(meta["date_added"]):
        raise ExtractionError(f"{path}: date_added {meta['date_added']!r} is not a date: write it as YYYY-MM-DD, "
                              "such as 2026-11-22")
    return meta


def _is_date(text: str) -> bool:
    """An xsd:date without time zone, as the metadata gives it: ``2026-11-22``."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


# "Developer: Tongyi Lab, Alibaba Group", "First release: July 2024": an infobox's line, a short name (no date: "June
# 2017: GPT ..." is a timeline's) and its value, no sentence ("Cloud cover: clouds that hide ... ." is a glossary's)
_FIELD_LINE = re.compile(r"^(?P<term>[A-Z][A-Za-z'’-]*(?: [A-Za-z'’()-]+){0,3}):\s+(?P<body>\S.*[^.])$")
_FIELD_RUN = 3  # so many such lines one after another at least: no heading that happens to hold a colon


def _field_lines(lines: list[Span]) -> set[int]:
    """The indices of lines that are an infobox's fields: runs of ``_FIELD_RUN`` lines or more of that shape."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and _FIELD_LINE.match(line.text) and not _BULLET.match(line.text):
            run.append(index)
            continue
        if len(run) >= _FIELD_RUN:
            found.update(run)
        run = []
    return found


# "Developer: Meta AI; described: December 2021; built on: Google's BERT-base": an infobox written on one line, each
# field after its label, the fields between semicolons
_INLINE_FIELD = re.compile(r"\s*(?P<term>[A-Za-z][A-Za-z'’-]*(?: [A-Za-z'’()-]+){0,3}):\s+(?P<body>[^;]*[^;\s.])\.?\s*")


def _inline_fields(line: Span) -> list[Block]:
    """The fields of a line that gives ``_FIELD_RUN`` labelled fields or more between semicolons, the first label
    capitalised (a box's first line), as one box's ``field`` blocks; none for any other line."""
    pieces = [(m.start(), m.group()) for m in re.finditer(r"[^;]+", line.text)]
    fields = [(at, _INLINE_FIELD.fullmatch(piece)) for at, piece in pieces]
    if len(fields) < _FIELD_RUN or not line.text[:1].isupper() or any(f is None for _, f in fields):
        return []
    piece_spans = [Span(line.start + at, line.start + at + len(piece), piece) for at, piece in pieces]
    return [Block("field", span, "", _sub(span, field, "term"), _sub(span, field, "body"))
            for span, (_, field) in zip(piece_spans, fields, strict=True) if field is not None]


def parse_blocks(text: str) -> list[Block]:
    """Classify every non-empty line, tracking the current section heading and list introduction."""
    blocks: list[Block] = []
    section, intro = "", None
    header: tuple[str, ...] = ()  # the headers of the table being read
    lines = _lines(text)
    fields = _field_lines(lines)
    for index, line in enumerate(lines):
        if index in fields and index > 0:
            field = _FIELD_LINE.match(line.text)
            assert field is not None  # _field_lines matched it
            blocks.append(Block("field", line, section, _sub(line, field, "term"), _sub(line, field, "body")))
            continue
        inline = _inline_fields(line) if index > 0 and not _BULLET.match(line.text) else []
        if inline:
            blocks += [replace(field, section=section) for field in inline]
            continue
        cells = _cells(line)
        if not header and not all(0 < len(cell.text.split()) <= _HEADING_WORDS for cell in cells):
            cells = ()  # a table starts with a row of headers: short, none empty
        if not cells:
            header = ()
        elif _TABLE_RULE.match(line.text):
            continue  # "|---|---|" under a Markdown table's headers
        elif not header:
            header = tuple(cell.text for cell in cells)
            blocks.append(Block("columns", line, section, cells=cells))
            continue
        else:
            blocks.append(Block("row", line, section, cells[0], cells=cells, header=header))
            continue
        marker = _BULLET.match(line.text)
        bulleted = marker is not None
        content = Span(line.start + marker.end(), line.end, line.text[marker.end():]) if marker else line
        block = _classify(content, section, bulleted, intro if bulleted else None, first=not blocks)
        if block.kind == "heading":
            section = block.line.text
        if not bulleted:
            intro = content if content.text.endswith(":") else None
        blocks.append(block)
    return blocks


def _lines(text: str) -> list[Span]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            spans.append(Span(start, start + len(stripped), stripped))
    return spans


_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


def _cells(line: Span) -> tuple[Span, ...]:
    """The cells of a table row ("A | B | C", with or without outer bars), or () for a line that is not one."""
    if "|" not in line.text:
        return ()
    cells, start = [], 0
    for piece in line.text.split("|"):
        stripped = piece.strip()
        offset = line.start + start + (len(piece) - len(piece.lstrip()))
        cells.append(Span(offset, offset + len(stripped), stripped))
        start += len(piece) + 1
    if line.text.startswith("|"):
        cells = cells[1:]
    if line.text.endswith("|"):
        cells = cells[:-1]
    return tuple(cells) if len(cells) >= 2 and cells[0].text else ()


def short_form(term: str) -> tuple[str, str] | None:
    """``Low-rank adaptation (LoRA)`` -> ("Low-rank adaptation", "LoRA"); None for a term without a short form."""
    match = re.fullmatch(rf"(?P<name>[^()]+?)\s+(?P<short>{_SHORT_FORM})", term)
    return (match["name"], match["short"][1:-1]) if match else None


def _sub(line: Span, match: re.Match, group: str) -> Span:
    return Span(line.start + match.start(group), line.start + match.end(group), match.group(group))


def _classify(line: Span, section: str, bulleted: bool, intro: Span | None, first: bool) -> Block:
    heading = _MARKDOWN_HEADING.match(line.text)
    if heading:
        return Block("heading", Span(line.start + heading.end(), line.end, line.text[heading.end():]), section)
    item = (_ACRONYM_ITEM.match(line.text) if bulleted else None) or _DASH_ITEM.match(line.text) \
        or (_SEATED_ITEM.match(line.text) if bulleted else None) \
        or (_COLON_ITEM.match(line.text) if bulleted else None) or (_DETAILED_ITEM.match(line.text) if bulleted
                                                                     else None) \
        or (_NAMED_ITEM.match(line.text) if bulleted else None) \
        or (_SEATED_NAMED_ITEM.match(line.text) if bulleted else None) or _detailed_colon_line(line.text)
    if item:
        return Block("item", line, section, _sub(line, item, "term"), _sub(line, item, "body"), bulleted, intro)
    if bulleted:
        return Block("bullet", line, section, line, None, True, intro)
    if _is_heading(line.text) or (first and _is_title(line.text)):
        return Block("heading", line, section)
    term = _TERM_PARAGRAPH.match(line.text)
    if term and len(term.group("term").split()) <= 3:
        return Block("term", line, section, _sub(line, term, "term"), _sub(line, term, "body"))
    return Block("paragraph", line, section)


def _detailed_colon_line(text: str) -> re.Match | None:
    """"Aurora (Microsoft): a model of the atmosphere ...": an unbulleted line of a list, a name with its details
    and a colon."""
    item = _DETAILED_ITEM.match(text)
    return item if item is not None and text[item.end("term"):].startswith(":") else None


def _is_title(text: str) -> bool:
    """The page's first line, a title however long ("Colorado's Law on Insurers' Use of External Consumer Data"),
    when it is no sentence."""
    return len(text.split()) <= 20 and text[-1] not in ".:;,!?" and not re.search(r"\b(is|are|was|were)\b", text)


def _is_heading(text: str) -> bool:
    """A short line without a final stop (but an abbreviation's: "Washington, D.C."); in lower case only a name of
    one or two words ("vivo", "deepset")."""
    words = text.split()
    return (len(words) <= _HEADING_WORDS and (text[-1] not in ".:;,!?" or _ABBREVIATION_END.search(text) is not None)
            and (text[0].isupper() or (len(words) <= 2 and text[0].isalnum()))
            and not re.search(r"\b(is|are|was|were)\b", text))


# A line's last word that is an abbreviation of single letters ("D.C.", "U.S."), whose stop ends no sentence
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


# A sentence starts with a capital, a digit or a name written in lower case ("gpt-oss-120b was ...", "iPhone ...")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“(]?(?:[A-Z0-9]|[a-z][a-z0-9.]*-[\w.-]*\d|[a-z]+[A-Z]))")
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:vs|e\.g|i\.e|et al|etc|Dr|Mr|Ms|No|St|U\.S|est|approx|ca)\.|"
                              r"(?<![\w-])[A-Z]\.)$")


def sentences(span: Span) -> list[Span]:
    """Split a span into sentences, keeping offsets; abbreviations (vs., e.g., et al.) do not end one."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(span.text):
        candidate = span.text[start:match.start()]
        if _NO_BREAK_BEFORE.search(candidate):
            continue
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(span.text)))
    pieces = [part for a, b in pieces for part in _bounded(span.text, a, b)]
    return [Span(span.start + a, span.start + b, span.text[a:b]) for a, b in pieces if span.text[a:b].strip()]


# No sentence of the genre is longer (the corpus's longest has 421 characters); a longer run-on one is read in parts,
# since the parse's patterns match in time that grows steeply with a sentence's length
LONGEST_SENTENCE = 1000


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A sentence's extent, cut after its last clause break (";", ",", else a space) before ``LONGEST_SENTENCE``
    characters, as often as it takes."""
    while end - start > LONGEST_SENTENCE:
        window = text[start:start + LONGEST_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        cut = cut + 1 if cut > LONGEST_SENTENCE // 2 else window.rfind(" ")
        cut = cut if cut > 0 else LONGEST_SENTENCE
        yield start, start + cut
        start += cut
        while start < end and text[start].isspace():
            start += 1
    yield start, end
