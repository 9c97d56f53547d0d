#!/usr/bin/env python3
"""A deterministic synthetic graph in fmkg's own ontology, as N-Quads files of one source document each.

    .venv/bin/python bench/generate.py 100k var/bench/data/100k [--seed 11]

Each file is what extraction writes for one document (``syn-000042``): the ``fm:Document`` with its title,
digest and dates; its foundation models (``fm:FoundationModel`` and one subclass, an English ``rdfs:label``,
``fm:developedBy`` a provider, ``fm:hasModality``, ``fm:releaseDate``, ``fm:parameterCount``,
``fm:openWeights``, ``fm:basedOn`` an earlier model, ``fm:mentionedIn`` the document); the providers and
modalities it names; and, for each extracted fact, the ``rdf:Statement`` with ``prov:wasDerivedFrom`` and
``fm:evidence`` pointing to an ``fm:EvidenceSpan`` with its quote and position selectors, as in ``dist/``.
A provider or modality named by many documents is typed and labelled in each of their graphs, as in a real
build, so the union (the store's default graph) holds fewer triples than the files hold quads.

The size is the number of quads written, rounded up to a whole document (``100k``, ``1M``, ``10M`` or a
number); the same size and seed always give the same bytes. ``manifest.json`` lists the files and counts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

BASE = "https://w3id.org/fmkg/"
FM, FMR, FMD = BASE + "ontology#", BASE + "resource/", BASE + "document/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
TYPE = f"<{RDF}type>"

MODALITIES = ("text", "image", "audio", "video", "code")
KINDS = ("LanguageModel", "VisionModel", "MultimodalModel", "CodeModel", "DomainSpecificModel")
WORDS = ("aurora", "quill", "nimbus", "pixel", "forge", "tessel", "kestrel", "orchid", "helios", "lexi", "geo",
         "stack", "north", "wind", "cobalt", "ember", "falcon", "granite", "harbor", "iris", "juniper", "lumen",
         "maple", "nova", "onyx", "prism", "quartz", "raven", "sierra", "tundra", "umber", "vega", "willow",
         "xenon", "yarrow", "zephyr")
COMPANY = ("Labs", "AI", "Research", "Systems", "Intelligence", "Compute")
MODELS_PER_DOCUMENT = 40
SIZES = {"100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}


def parse_size(text: str) -> int:
    """``100k`` -> 100000; a plain number is taken as it is.

    >>> parse_size("1M"), parse_size("250000")
    (1000000, 250000)
    """
    key = text.strip().lower()
    if key in SIZES:
        return SIZES[key]
    if key.endswith("k"):
        return int(float(key[:-1]) * 1_000)
    if key.endswith("m"):
        return int(float(key[:-1]) * 1_000_000)
    return int(key)


def providers_for(size: int) -> int:
    """Providers grow with the graph: about 60 models each."""
    return max(20, size // 4000)


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _en(text: str) -> str:
    return _lit(text) + "@en"


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def model_label(index: int) -> str:
    """The label of model ``index``: two words and a number, unique (text filters find it by a word)."""
    a = WORDS[index % len(WORDS)]
    b = WORDS[(index // len(WORDS)) % len(WORDS)]
    return f"{a.capitalize()} {b.capitalize()} {index}"


def provider_label(index: int) -> str:
    return f"{WORDS[(index * 7) % len(WORDS)].capitalize()} {COMPANY[index % len(COMPANY)]} {index}"


class _Document:
    """The quads of one synthetic document, written as N-Quads lines."""

    def __init__(self, number: int, providers: int, rng: random.Random) -> None:
        self.number, self.providers, self.rng = number, providers, rng
        self.doc_id = f"syn-{number:06d}"
        self.doc = f"<{FMD}{self.doc_id}>"
        self.graph = f"<{BASE}graph/document/{self.doc_id}>"
        self.lines: list[str] = []
        self.offset = 0
        self.facts = 0

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} {self.graph} .\n")

    def header(self) -> None:
        doc, title = self.doc, f"Synthetic survey {self.number}"
        digest = hashlib.sha256(title.encode()).hexdigest()
        day = f"2026-{1 + self.number % 12:02d}-{1 + self.number % 28:02d}"
        for p, o in ((TYPE, f"<{FM}Document>"), (TYPE, f"<{PROV}Entity>"), (f"<{DCT}title>", _en(title)),
                     (RDFS_LABEL, _en(title)), (f"<{FM}sha256>", _lit(digest)),
                     (f"<{DCT}dateSubmitted>", _typed(day, "date")), (f"<{DCT}identifier>", _lit(self.doc_id)),
                     (f"<{DCT}format>", _lit("text/plain")), (f"<{DCT}language>", _lit("en")),
                     (f"<{FM}characterCount>", _typed(4000 + self.number % 997, "integer")),
                     (f"<{DCT}source>", _en("generated by bench/generate.py"))):
            self.add(doc, p, o)

    def span(self, sentence: str) -> str:
        start, end = self.offset, self.offset + len(sentence)
        self.offset = end + 1
        span = f"{FMD}{self.doc_id}#char={start},{end}"
        quote, position = f"<{span}-quote>", f"<{span}-position>"
        span = f"<{span}>"
        self.add(span, TYPE, f"<{OA}SpecificResource>")
        self.add(span, TYPE, f"<{FM}EvidenceSpan>")
        self.add(span, f"<{OA}hasSource>", self.doc)
        self.add(span, f"<{OA}hasSelector>", quote)
        self.add(span, f"<{OA}hasSelector>", position)
        self.add(quote, TYPE, f"<{OA}TextQuoteSelector>")
        self.add(quote, f"<{OA}exact>", _lit(sentence))
        self.add(position, TYPE, f"<{OA}TextPositionSelector>")
        self.add(position, f"<{OA}start>", _typed(start, "integer"))
        self.add(position, f"<{OA}end>", _typed(end, "integer"))
        return span

    def fact(self, s: str, p: str, o: str, span: str, rule: str) -> None:
        """The triple and its rdf:Statement with provenance."""
        self.add(s, p, o)
        key = hashlib.blake2b(f"{self.doc_id} {s} {p} {o}".encode(), digest_size=8).hexdigest()
        st = f"<{BASE}statement/{key}>"
        self.add(st, TYPE, f"<{RDF}Statement>")
        self.add(st, f"<{RDF}subject>", s)
        self.add(st, f"<{RDF}predicate>", p)
        self.add(st, f"<{RDF}object>", o)
        self.add(st, f"<{PROV}wasDerivedFrom>", self.doc)
        self.add(st, f"<{FM}evidence>", span)
        self.add(st, f"<{FM}extractionRule>", _lit(rule))
        self.facts += 1

    def entity(self, iri: str, classes: tuple[str, ...], label: str) -> None:
        for cls in classes:
            self.add(iri, TYPE, f"<{FM}{cls}>")
        self.add(iri, RDFS_LABEL, _en(label))
        self.add(iri, f"<{FM}mentionedIn>", self.doc)

    def model(self, index: int) -> None:
        rng = self.rng
        model, label = f"<{FMR}model-{index}>", model_label(index)
        kind = KINDS[index % len(KINDS)]
        provider = rng.randrange(self.providers)
        provider_iri = f"<{FMR}provider-{provider}>"
        modalities = sorted(rng.sample(range(len(MODALITIES)), 1 + rng.randrange(3)))
        year, month, day = 2018 + rng.randrange(8), 1 + rng.randrange(12), 1 + rng.randrange(28)
        params = (1 + rng.randrange(999)) * 10 ** (6 + rng.randrange(6))
        sentence = f"{label} ({provider_label(provider)}) was released on {year}-{month:02d}-{day:02d}."
        span = self.span(sentence)
        self.entity(model, ("FoundationModel", kind), label)
        self.entity(provider_iri, ("Provider", "Organization"), provider_label(provider))
        self.fact(model, RDFS_LABEL, _en(label), span, "model-name")
        self.fact(model, f"<{FM}developedBy>", provider_iri, span, "developed-by")
        for m in modalities:
            iri = f"<{FMR}{MODALITIES[m]}>"
            self.entity(iri, ("Modality",), MODALITIES[m])
            self.fact(model, f"<{FM}hasModality>", iri, span, "modality")
        self.fact(model, f"<{FM}releaseDate>", _typed(f"{year}-{month:02d}-{day:02d}", "date"), span,
                  "release-date")
        self.fact(model, f"<{FM}parameterCount>", _typed(params, "decimal"), span, "parameter-count")
        self.add(model, f"<{FM}openWeights>", _typed("true" if rng.random() < 0.4 else "false", "boolean"))
        if index >= 10 and rng.random() < 0.6:  # lineage: chains for property paths
            parent = index - 1 - rng.randrange(min(index, 200))
            parent_iri = f"<{FMR}model-{parent}>"
            self.entity(parent_iri, ("FoundationModel", KINDS[parent % len(KINDS)]), model_label(parent))
            self.fact(model, f"<{FM}basedOn>", parent_iri, span, "based-on")


def generate(size: int, directory: Path, seed: int = 11) -> dict[str, object]:
    """Write N-Quads files of about ``size`` quads in total (whole documents) to ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("syn-*.nq"):
        old.unlink()
    providers = providers_for(size)
    written, number, files = 0, 0, []
    while written < size:
        doc = _Document(number, providers, random.Random(f"{seed}-{number}"))
        doc.header()
        for i in range(MODELS_PER_DOCUMENT):
            doc.model(number * MODELS_PER_DOCUMENT + i)
        lines = list(dict.fromkeys(doc.lines))  # a document states a triple once; whole documents only
        path = directory / f"{doc.doc_id}.nq"
        path.write_text("".join(lines), encoding="utf-8")
        files.append(path.name)
        written += len(lines)
        number += 1
    manifest = {"size": size, "seed": seed, "quads": written, "documents": number,
                "models": number * MODELS_PER_DOCUMENT, "providers": providers, "files": files}
    (directory / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", help="quads: 100k, 1M, 10M or a number")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    manifest = generate(parse_size(args.size), args.directory, args.seed)
    print(f"{args.directory}: {manifest['quads']} quads in {manifest['documents']} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
