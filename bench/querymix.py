"""The query mix of the benchmark: templates whose parameters are drawn per request, and the canned queries.

Parameters come from the store under test (model labels and IRIs, providers, fragments of labels, dates), drawn
with a seeded generator: the same store and seed give the same requests in the same order. wrk walks each list
from a different place per thread, so that no two requests in a row repeat a query (only the canned queries,
which have no parameter, do).
"""

from __future__ import annotations

import json
import random
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

PREFIXES = ("PREFIX fm: <https://w3id.org/fmkg/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")
SOLUTIONS = "application/sparql-results+json"
GRAPH = "text/turtle"
# name -> (kind, template); {label} {provider} {providerLabel} {model} {fragment} {date} filled per request.
TEMPLATES = {
    "label lookup": ("select", 'SELECT ?s WHERE {{ ?s rdfs:label "{label}"@en }}'),
    "join model-provider": ("select", 'SELECT ?model ?modelLabel WHERE {{ ?provider rdfs:label "{providerLabel}"@en . '
                                      '?model fm:developedBy ?provider ; rdfs:label ?modelLabel }}'),
    "aggregate by modality": ("select", 'SELECT ?modality (COUNT(?model) AS ?models) WHERE {{ ?model fm:hasModality '
                                        '?modality ; fm:releaseDate ?date FILTER(?date >= "{date}"^^xsd:date) }} '
                                        'GROUP BY ?modality ORDER BY DESC(?models)'),
    "optional order limit": ("select", "SELECT ?model ?label ?date ?parameters WHERE {{ ?model fm:developedBy "
                                       "<{provider}> ; rdfs:label ?label OPTIONAL {{ ?model fm:releaseDate ?date }} "
                                       "OPTIONAL {{ ?model fm:parameterCount ?parameters }} }} "
                                       "ORDER BY DESC(?date) ?model LIMIT 10"),
    "text filter": ("select", 'SELECT ?model ?label WHERE {{ ?model a fm:FoundationModel ; rdfs:label ?label '
                              'FILTER(CONTAINS(LCASE(STR(?label)), "{fragment}")) }} LIMIT 50'),
    "property path": ("select", "SELECT ?ancestor ?label WHERE {{ <{model}> fm:basedOn+ ?ancestor . "
                                "?ancestor rdfs:label ?label }}"),
    "construct entity": ("construct", "CONSTRUCT {{ <{model}> ?p ?o . ?o rdfs:label ?label }} WHERE {{ <{model}> ?p ?o "
                                      "OPTIONAL {{ ?o rdfs:label ?label }} }}"),
    "describe entity": ("describe", "DESCRIBE <{model}>"),
    "ask": ("ask", "ASK {{ <{model}> fm:developedBy <{provider}> }}"),
}
ENGINE_BOUND = ("join model-provider", "aggregate by modality", "property path")


@dataclass(frozen=True)
class Query:
    name: str
    kind: str
    accept: str
    encoded: list[str]  # url-encoded "query=..." of each request, in order
    example: str = ""


def _rows(db: ox.Store, query: str) -> list[list[str]]:
    return [[term.value for term in row] for row in db.query(PREFIXES + query)]


def parameters(db: ox.Store) -> dict[str, list]:
    models = _rows(db, "SELECT ?m ?l WHERE { ?m a fm:FoundationModel ; rdfs:label ?l FILTER(LANG(?l) = 'en') }")
    providers = _rows(db, "SELECT DISTINCT ?p ?l WHERE { ?m fm:developedBy ?p . ?p rdfs:label ?l "
                          "FILTER(LANG(?l) = 'en') }")
    models.sort()
    providers.sort()
    return {"models": models, "providers": providers}


def _fill(template: str, rng: random.Random, params: dict[str, list]) -> str:
    model, label = rng.choice(params["models"])
    provider, provider_label = rng.choice(params["providers"])
    text = label.lower()
    width = min(len(text), rng.randint(4, 7))
    start = rng.randrange(len(text) - width + 1)
    return template.format(
        label=label.replace('"', '\\"'), model=model, provider=provider,
        providerLabel=provider_label.replace('"', '\\"'), fragment=text[start:start + width].replace('"', ""),
        date=f"{2018 + rng.randrange(8)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}")


def _kind(text: str) -> str:
    body = re.sub(r"#[^\n]*", "", text)
    body = re.sub(r"PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>", "", body, flags=re.IGNORECASE)
    word = re.search(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", body, flags=re.IGNORECASE)
    return word.group(1).lower() if word else "select"


def build_mix(db: ox.Store, canned: Path, requests: int, seed: int) -> list[Query]:
    params = parameters(db)
    mix = []
    for name, (kind, template) in TEMPLATES.items():
        rng = random.Random(f"{seed}-{name}")
        texts = [PREFIXES + _fill(template, rng, params) for _ in range(requests)] if params["models"] else []
        if not texts:
            continue
        mix.append(Query(name, kind, GRAPH if kind in ("construct", "describe") else SOLUTIONS,
                         [urllib.parse.urlencode({"query": t}) for t in texts], texts[0]))
    for path in sorted(canned.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        kind = _kind(text)
        mix.append(Query(f"canned {path.stem}", kind, GRAPH if kind in ("construct", "describe") else SOLUTIONS,
                         [urllib.parse.urlencode({"query": text})], f"queries/{path.name}"))
    return mix


def count_results(body: bytes, accept: str) -> int | bool | None:
    """Rows of a SPARQL JSON result (or the ASK boolean), triples of a Turtle one."""
    try:
        if accept == SOLUTIONS:
            data = json.loads(body)
            return data["boolean"] if "boolean" in data else len(data["results"]["bindings"])
        return sum(1 for _ in ox.parse(body, format=ox.RdfFormat.TURTLE))
    except (ValueError, KeyError, SyntaxError):
        return None
