"""The vocabularies fmkg speaks: every namespace once, and the one prefix map all modules use.

Serializations, the JSON-LD ``@context``, the SPARQL endpoint's predeclared prefixes, the query page, the
terminal table and the ontology diagram all read ``prefixes``; serializers keep only the prefixes their data
uses, so a long map costs nothing.

>>> prefixes("https://example.org/kg/")["fmr"]
'https://example.org/kg/resource/'
>>> prefixes()["schema"]
'http://schema.org/'
>>> curie("http://www.w3.org/2000/01/rdf-schema#label")
'rdfs:label'
"""

from __future__ import annotations

from fmkg.config import CANONICAL_BASE, CANONICAL_VOCAB

__all__ = ["RDF", "RDFS", "OWL", "XSD", "SKOS", "DCTERMS", "DCMITYPE", "PROV", "OA", "VOID", "DCAT", "SCHEMA",
           "FOAF", "VANN", "PAV", "SD", "SH", "FORMATS", "ENTAILMENT", "WD", "WDT", "AIRO", "VAIR", "DPV", "DPV_AI",
           "IANA_MEDIA_TYPES", "COMMON", "own_prefixes", "prefixes", "curie"]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
DCMITYPE = "http://purl.org/dc/dcmitype/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
SCHEMA = "http://schema.org/"  # the ontology's own spelling (ontology/fmkg.ttl), never https://
FOAF = "http://xmlns.com/foaf/0.1/"
VANN = "http://purl.org/vocab/vann/"
PAV = "http://purl.org/pav/"
SD = "http://www.w3.org/ns/sparql-service-description#"
SH = "http://www.w3.org/ns/shacl#"
FORMATS = "http://www.w3.org/ns/formats/"
ENTAILMENT = "http://www.w3.org/ns/entailment/"
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
AIRO = "https://w3id.org/airo#"
VAIR = "https://w3id.org/vair#"
DPV = "https://w3id.org/dpv#"
DPV_AI = "https://w3id.org/dpv/ai#"
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"

# The well-known vocabularies, in the order a serialization declares them.
COMMON: dict[str, str] = {
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS, "dcmitype": DCMITYPE,
    "prov": PROV, "oa": OA, "void": VOID, "dcat": DCAT, "schema": SCHEMA, "foaf": FOAF, "vann": VANN,
    "sd": SD, "sh": SH, "formats": FORMATS, "ent": ENTAILMENT, "wd": WD, "wdt": WDT,
    "airo": AIRO, "vair": VAIR, "dpv": DPV, "dpv-ai": DPV_AI,
}


def own_prefixes(base: str = CANONICAL_BASE, vocab: str = CANONICAL_VOCAB) -> dict[str, str]:
    """fmkg's own prefixes for a deployment's base (docs/data-model.md); the vocabulary stays at w3id."""
    return {"fm": vocab, "fmr": base + "resource/", "fmd": base + "document/", "fmg": base + "graph/",
            "fms": base + "statement/"}


def prefixes(base: str = CANONICAL_BASE, vocab: str = CANONICAL_VOCAB) -> dict[str, str]:
    """The prefix map: fmkg's own for the deployment, then the common ones."""
    return {**own_prefixes(base, vocab), **COMMON}


def curie(iri: str, known: dict[str, str] | None = None) -> str:
    """``prefix:local`` by the longest matching namespace, else the IRI as it is."""
    for prefix, namespace in sorted((known or prefixes()).items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri
