"""SHACL Core as SPARQL: the shapes graph translated, at run time, into queries that Oxigraph's engine runs.

pySHACL walks every focus node in Python and its run time and memory grow with the data (164-420 s and 2.3 GB on
a 1M-triple graph). Here each constraint of each shape becomes one SELECT over the whole data graph, returning
only the violations, so the engine does the work. ``ontology/shapes.ttl`` stays the single source of truth: the
queries are generated from whatever shapes graph is given.

Only what the translator knows is evaluated; ``compile_shapes`` raises ``Unsupported`` for anything else (a
constraint component, a path that is not one IRI, ``sh:prefixes``...), and the caller then falls back to pySHACL,
so no constraint is ever silently skipped. Results carry the same focus node, path, value, message, severity and
constraint component as pySHACL's report (``tests/test_validate_sparql.py`` compares the two).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from fmkg.vocab import OWL, RDF, RDFS, SH, XSD

__all__ = ["Unsupported", "Check", "Finding", "compile_shapes", "run", "FOCUS_GRAPH", "FOCUS_MEMBER"]

# Focus nodes given by the caller (``fmkg load``) are stored in this graph: a query joins with it instead of
# carrying thousands of IRIs in a VALUES block. Object position, so that a literal focus node fits too.
FOCUS_GRAPH = "urn:fmkg:validate:focus"
TARGETS_GRAPH = "urn:fmkg:validate:targets:"  # and a number: the focus nodes of one set of targets
FOCUS_MEMBER = "urn:fmkg:validate:member"

_TARGETS = {SH + p for p in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "target")}
# What a shape may say without changing what is checked (pySHACL reads these too, for reports only).
_INERT = {SH + p for p in ("message", "severity", "name", "description", "order", "group", "defaultValue",
                           "deactivated", "path", "property", "flags", "qualifiedMinCount",
                           "qualifiedMaxCount", "qualifiedValueShapesDisjoint")}
# Datatypes whose lexical forms the engine can check (a cast of an ill-formed literal is an error).
_CASTABLE = {XSD + t for t in ("string", "boolean", "float", "double", "date", "dateTime", "time", "gYear",
                               "gYearMonth", "gMonth", "gMonthDay", "gDay", "duration", "dayTimeDuration",
                               "yearMonthDuration")}
# Oxigraph's decimals and integers are bounded (a cast of 10^25 fails), pySHACL's are not: their lexical forms
# (XML Schema's) are checked with a regular expression instead, and a comparison the engine cannot make is
# made again on doubles.
_LEXICAL = {XSD + "integer": "^[+-]?[0-9]+$", XSD + "decimal": "^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$"}
_NODE_KINDS = {
    "IRI": "isIRI({v})", "BlankNode": "isBlank({v})", "Literal": "isLiteral({v})",
    "BlankNodeOrIRI": "(isBlank({v}) || isIRI({v}))", "BlankNodeOrLiteral": "(isBlank({v}) || isLiteral({v}))",
    "IRIOrLiteral": "(isIRI({v}) || isLiteral({v}))",
}
_COMPARISONS = {"minInclusive": ">=", "minExclusive": ">", "maxInclusive": "<=", "maxExclusive": "<"}
_SPARQL_VARIABLES = ("$PATH", "$currentShape", "$shapesGraph", "?PATH", "?currentShape", "?shapesGraph")


class Unsupported(ValueError):
    """The shapes graph uses SHACL that the translator does not evaluate (use pySHACL)."""


@dataclass(frozen=True)
class Check:
    """One constraint of one shape as a query. Its solutions bind ``?this`` and, where SHACL reports one,
    ``?value``; a SPARQL constraint may also bind ``?path`` and ``?message``."""
    shape: str
    targets: str  # a pattern binding ?this to each focus node (the shape's, or its node shape's, targets)
    component: str  # the constraint component's local name, e.g. MinCountConstraintComponent
    path: str  # the property shape's path, "" for a node shape
    severity: str  # Violation, Warning or Info
    message: str
    query: str


@dataclass(frozen=True)
class Finding:
    check: Check
    focus: ox.NamedNode | ox.BlankNode | ox.Literal
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None
    path: str
    message: str


def compile_shapes(shapes: Graph) -> list[Check]:
    """Every constraint of every targeted shape as a ``Check``; ``Unsupported`` if any is beyond the translator."""
    checks = []
    for shape in sorted(_targeted(shapes), key=str):
        if _deactivated(shapes, shape):
            continue
        targets = _targets(shapes, shape)
        checks += _shape_checks(shapes, shape, targets, nested=False)
        for prop in sorted(shapes.objects(shape, URIRef(SH + "property")), key=str):
            if not _deactivated(shapes, prop):
                checks += _shape_checks(shapes, prop, targets, nested=True)
    return checks


def run(checks: list[Check], store: ox.Store, focus: bool = False) -> Iterator[Finding]:
    """Run the checks over the store's default graph; ``focus``: only the nodes listed in ``FOCUS_GRAPH``.

    The store is the validator's own copy: each distinct set of targets is found once and written into a named
    graph of it, which the checks then read. (Joined with each check instead, a SPARQL target was evaluated
    again for every value: 10 s for one maximum count over 95,000 statements.)
    """
    restrict = f"GRAPH <{FOCUS_GRAPH}> {{ <{FOCUS_GRAPH}> <{FOCUS_MEMBER}> ?this }}" if focus else ""
    graphs: dict[str, str] = {}
    for check in checks:
        graph = graphs.get(check.targets)
        if graph is None:
            graph = graphs[check.targets] = f"{TARGETS_GRAPH}{len(graphs)}"
            store.update(f"DROP SILENT GRAPH <{graph}> ; "
                         f"INSERT {{ GRAPH <{graph}> {{ <{graph}> <{FOCUS_MEMBER}> ?this }} }} "
                         f"WHERE {{ {check.targets} {restrict} }}")
        focus_nodes = f"GRAPH <{graph}> {{ <{graph}> <{FOCUS_MEMBER}> ?this }}"
        solutions = store.query(check.query.replace("#FOCUS#", focus_nodes))
        assert isinstance(solutions, ox.QuerySolutions)
        for row in solutions:
            path, message = row["path"], row["message"]
            yield Finding(check, row["this"], row["value"],
                          path.value if path is not None else check.path,
                          message.value if message is not None else check.message)


# --- shapes ---------------------------------------------------------------------------------------------------

def _targeted(shapes: Graph) -> set[Node]:
    found: set[Node] = set()
    for target in _TARGETS:
        found.update(shapes.subjects(URIRef(target), None))
    for kind in ("NodeShape", "PropertyShape"):
        for shape in shapes.subjects(URIRef(RDF + "type"), URIRef(SH + kind)):
            if _implicit_class(shapes, shape):
                found.add(shape)
    return found


def _implicit_class(shapes: Graph, shape: Node) -> bool:
    """A shape that is also a class targets its instances (SHACL's implicit class target)."""
    return any((shape, URIRef(RDF + "type"), URIRef(c)) in shapes for c in (RDFS + "Class", OWL + "Class"))


def _deactivated(shapes: Graph, shape: Node) -> bool:
    return shapes.value(shape, URIRef(SH + "deactivated")) == Literal(True)


def _targets(shapes: Graph, shape: Node) -> str:
    """A pattern binding ``?this`` to each focus node of the shape (perhaps more than once: ``run`` keeps a set)."""
    parts = []
    for cls in shapes.objects(shape, URIRef(SH + "targetClass")):
        parts.append(f"?this <{RDF}type>/<{RDFS}subClassOf>* {_term(cls)} .")
    if _implicit_class(shapes, shape):
        parts.append(f"?this <{RDF}type>/<{RDFS}subClassOf>* {_term(shape)} .")
    for node in shapes.objects(shape, URIRef(SH + "targetNode")):
        parts.append(f"VALUES ?this {{ {_term(node)} }}")
    for prop in shapes.objects(shape, URIRef(SH + "targetSubjectsOf")):
        parts.append(f"?this {_term(prop)} [] .")
    for prop in shapes.objects(shape, URIRef(SH + "targetObjectsOf")):
        parts.append(f"[] {_term(prop)} ?this .")
    for target in shapes.objects(shape, URIRef(SH + "target")):
        parts.append(_sparql_target(shapes, target))
    return " UNION ".join(f"{{ {p} }}" for p in parts)


def _sparql_target(shapes: Graph, target: Node) -> str:
    if (target, URIRef(RDF + "type"), URIRef(SH + "SPARQLTarget")) not in shapes:
        raise Unsupported(f"target {target}: only sh:SPARQLTarget is supported")
    if shapes.value(target, URIRef(SH + "prefixes")) is not None:
        raise Unsupported(f"target {target}: sh:prefixes")
    select = str(shapes.value(target, URIRef(SH + "select")) or "")
    if not select or any(name in select for name in _SPARQL_VARIABLES):
        raise Unsupported(f"target {target}: no sh:select, or one with a pre-bound variable other than $this")
    return f"{{ {select} }}"


def _shape_checks(shapes: Graph, shape: Node, targets: str, nested: bool) -> list[Check]:
    path_node = shapes.value(shape, URIRef(SH + "path"))
    if path_node is not None and not isinstance(path_node, URIRef):
        raise Unsupported(f"shape {shape}: only a path that is one IRI is supported")
    if nested and path_node is None:
        raise Unsupported(f"shape {shape}: sh:property names a shape without sh:path")
    if path_node is not None and shapes.value(shape, URIRef(SH + "property")) is not None:
        raise Unsupported(f"shape {shape}: sh:property on a property shape")
    path = str(path_node) if path_node is not None else ""
    severity = str(shapes.value(shape, URIRef(SH + "severity")) or SH + "Violation").rsplit("#", 1)[-1]
    messages = sorted(str(m) for m in shapes.objects(shape, URIRef(SH + "message")))
    focus = "#FOCUS#"  # replaced by run() with the graph of the focus nodes
    values = f"?this {_term(path_node)} ?value ." if path_node is not None else "BIND (?this AS ?value)"

    def check(component: str, query: str, message: str | None = None) -> Check:
        return Check(str(shape), targets, component + "ConstraintComponent", path, severity,
                     message or (messages[0] if messages else f"{component} constraint not met"), query)

    found = []
    for predicate, obj in sorted(shapes.predicate_objects(shape), key=lambda po: (str(po[0]), str(po[1]))):
        name = str(predicate)
        if not name.startswith(SH) or name in _INERT or name in _TARGETS:
            continue
        local = name[len(SH):]
        if local in _PER_FOCUS:
            if path_node is None and local not in ("sparql", "hasValue"):
                raise Unsupported(f"shape {shape}: sh:{local} on a node shape")
            found += [check(*c) for c in _PER_FOCUS[local](shapes, shape, obj, focus, path_node, values)]
        elif local in _VALUE_TESTS:
            component = local[0].upper() + local[1:]
            ok = _VALUE_TESTS[local](shapes, shape, obj, "?value")
            found.append(check(component, f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {values} "
                                          f"FILTER (!({ok})) }}"))
        else:
            raise Unsupported(f"shape {shape}: sh:{local} is not supported")
    return found


# --- constraints on each value node: a SPARQL expression that is true when the value conforms ----------------

ValueTest = Callable[[Graph, Node, Node, str], str]  # (shapes, shape, the constraint's object, variable)


def _class(shapes: Graph, shape: Node, cls: Node, v: str) -> str:
    return f"EXISTS {{ {v} <{RDF}type>/<{RDFS}subClassOf>* {_term(cls)} }}"


def _datatype(shapes: Graph, shape: Node, datatype: Node, v: str) -> str:
    iri = str(datatype)
    if iri == RDF + "langString":
        return f"(isLiteral({v}) && lang({v}) != \"\")"
    if iri == RDFS + "Literal":
        return f"isLiteral({v})"
    test = f"(isLiteral({v}) && lang({v}) = \"\" && datatype({v}) = <{iri}>"
    if iri in _CASTABLE:  # an ill-formed literal ("abc"^^xsd:integer) does not conform
        test += f" && COALESCE(isLiteral(<{iri}>({v})), false)"
    elif iri in _LEXICAL:
        test += f" && REGEX(STR({v}), {_string(_LEXICAL[iri])})"
    return test + ")"


def _node_kind(shapes: Graph, shape: Node, kind: Node, v: str) -> str:
    local = str(kind).rsplit("#", 1)[-1]
    if local not in _NODE_KINDS:
        raise Unsupported(f"sh:nodeKind {kind}")
    return _NODE_KINDS[local].format(v=v)


def _pattern(shapes: Graph, shape: Node, pattern: Node, v: str) -> str:
    flags = str(shapes.value(shape, URIRef(SH + "flags")) or "")
    regex = f"{_string(str(pattern))}, {_string(flags)}"
    # A regular expression the engine cannot compile is an error, and an error inside FILTER drops the row:
    # every value would pass. Such a pattern (a look-ahead, say: Python's re has them, Rust's regex not) is
    # refused here, and pySHACL checks it.
    probe = ox.Store().query(f"SELECT (COALESCE(DATATYPE(REGEX('', {regex})), 'error') AS ?type) WHERE {{}}")
    assert isinstance(probe, ox.QuerySolutions)
    if next(iter(probe))["type"] != ox.NamedNode(XSD + "boolean"):
        raise Unsupported(f"shape {shape}: the engine cannot compile the sh:pattern {str(pattern)!r}")
    return f"(!isBlank({v}) && REGEX(STR({v}), {regex}))"


def _in(shapes: Graph, shape: Node, items: Node, v: str) -> str:
    members = list(Collection(shapes, items))
    return "(" + (" || ".join(f"sameTerm({v}, {_term(m)})" for m in members) or "false") + ")"


def _has_value(shapes: Graph, shape: Node, value: Node, v: str) -> str:
    return f"sameTerm({v}, {_term(value)})"


def _language_in(shapes: Graph, shape: Node, items: Node, v: str) -> str:
    tags = " || ".join(f"langMatches(lang({v}), {_string(str(t))})" for t in Collection(shapes, items))
    return f"(isLiteral({v}) && ({tags or 'false'}))"


def _length(op: str) -> ValueTest:
    return lambda shapes, shape, n, v: f"(!isBlank({v}) && STRLEN(STR({v})) {op} {_int(n)})"


def _compare(op: str) -> ValueTest:
    def test(shapes: Graph, shape: Node, bound: Node, v: str) -> str:
        numeric = " || ".join(f"datatype({v}) = <{t}>" for t in _LEXICAL)
        on_doubles = f"<{XSD}double>(STR({v})) {op} <{XSD}double>({_term(bound)})"
        return f"COALESCE({v} {op} {_term(bound)}, IF({numeric}, {on_doubles}, false), false)"
    return test


def _logical(joiner: str) -> ValueTest:
    def test(shapes: Graph, shape: Node, items: Node, v: str) -> str:
        return "(" + f" {joiner} ".join(_conforms(shapes, s, v) for s in Collection(shapes, items)) + ")"
    return test


def _not(shapes: Graph, shape: Node, inner: Node, v: str) -> str:
    return f"!({_conforms(shapes, inner, v)})"


def _node(shapes: Graph, shape: Node, inner: Node, v: str) -> str:
    return _conforms(shapes, inner, v)


def _conforms(shapes: Graph, shape: Node, v: str) -> str:
    """A shape inside sh:or, sh:and, sh:not, sh:node or sh:qualifiedValueShape as one expression: only shapes
    made of value tests (no path, no property shapes, no counts) are supported."""
    tests = []
    for predicate, obj in shapes.predicate_objects(shape):
        name = str(predicate)
        if not name.startswith(SH) or name[len(SH):] in ("message", "name", "description", "flags"):
            continue
        local = name[len(SH):]
        if local in _VALUE_TESTS:
            tests.append(_VALUE_TESTS[local](shapes, shape, obj, v))
        elif local == "hasValue":
            tests.append(_has_value(shapes, shape, obj, v))
        else:
            raise Unsupported(f"shape {shape} inside a logical constraint: {predicate} is not supported")
    return "(" + (" && ".join(tests) or "true") + ")"


_VALUE_TESTS: dict[str, ValueTest] = {
    "class": _class, "pattern": _pattern, "datatype": _datatype, "nodeKind": _node_kind, "in": _in,
    "languageIn": _language_in,
    "minLength": _length(">="), "maxLength": _length("<="),
    **{name: _compare(op) for name, op in _COMPARISONS.items()},
    "or": _logical("||"), "and": _logical("&&"), "not": _not, "node": _node,
}


# --- constraints on each focus node: counts, pairs of properties, SPARQL constraints -------------------------

PerFocus = Iterator[tuple[str, str, str | None]]  # (component, query, the constraint's own message)


def _count(n: int, focus: str, values: str, op: str, test: str = "") -> str:
    """Focus nodes with fewer (``op`` "<") or more (">") than ``n`` distinct values (that pass ``test``)."""
    filtered = f"{values} FILTER ({test})" if test else values
    if op == "<" and n == 1:
        return f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ {filtered} }} }}"
    body = f"OPTIONAL {{ {filtered} }}" if op == "<" else filtered
    return f"SELECT ?this WHERE {{ {focus} {body} }} GROUP BY ?this HAVING (COUNT(DISTINCT ?value) {op} {n})"


def _min_count(shapes: Graph, shape: Node, n: Node, focus: str, path: Node | None, values: str) -> PerFocus:
    if _int(n) > 0:
        yield "MinCount", _count(_int(n), focus, values, "<"), None


def _max_count(shapes: Graph, shape: Node, n: Node, focus: str, path: Node | None, values: str) -> PerFocus:
    yield "MaxCount", _count(_int(n), focus, values, ">"), None


def _qualified(shapes: Graph, shape: Node, qualified: Node, focus: str, path: Node | None,
               values: str) -> PerFocus:
    if shapes.value(shape, URIRef(SH + "qualifiedValueShapesDisjoint")) == Literal(True):
        raise Unsupported(f"shape {shape}: sh:qualifiedValueShapesDisjoint true")
    test = _conforms(shapes, qualified, "?value")
    low = shapes.value(shape, URIRef(SH + "qualifiedMinCount"))
    high = shapes.value(shape, URIRef(SH + "qualifiedMaxCount"))
    if low is not None and _int(low) > 0:
        yield "QualifiedMinCount", _count(_int(low), focus, values, "<", test), None
    if high is not None:
        yield "QualifiedMaxCount", _count(_int(high), focus, values, ">", test), None


def _has_value_each(shapes: Graph, shape: Node, value: Node, focus: str, path: Node | None,
                    values: str) -> PerFocus:
    pattern = f"?this {_term(path)} {_term(value)}" if path is not None else f"FILTER (sameTerm(?this, {_term(value)}))"
    yield "HasValue", f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ {pattern} }} }}", None


def _pair(op: str, component: str) -> Callable[..., PerFocus]:
    def checks(shapes: Graph, shape: Node, other: Node, focus: str, path: Node | None, values: str) -> PerFocus:
        yield component, (f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {values} ?this {_term(other)} ?other . "
                          f"FILTER (!COALESCE(?value {op} ?other, false)) }}"), None
    return checks


def _sparql(shapes: Graph, shape: Node, constraint: Node, focus: str, path: Node | None, values: str) -> PerFocus:
    if shapes.value(constraint, URIRef(SH + "prefixes")) is not None:
        raise Unsupported(f"SPARQL constraint of {shape}: sh:prefixes")
    if _deactivated(shapes, constraint):
        return
    select = str(shapes.value(constraint, URIRef(SH + "select")) or "")
    if not select or any(name in select for name in _SPARQL_VARIABLES):
        raise Unsupported(f"SPARQL constraint of {shape}: no sh:select, or one using $PATH or another pre-bound "
                          "variable")
    message = shapes.value(constraint, URIRef(SH + "message"))
    yield ("SPARQL", f"SELECT DISTINCT ?this ?value ?path ?message WHERE {{ {focus} {{ {select} }} }}",
           None if message is None else str(message))


_PER_FOCUS: dict[str, Callable[..., PerFocus]] = {
    "minCount": _min_count, "maxCount": _max_count, "qualifiedValueShape": _qualified, "hasValue": _has_value_each,
    "lessThan": _pair("<", "LessThan"), "lessThanOrEquals": _pair("<=", "LessThanOrEquals"), "sparql": _sparql,
}


# --- terms ----------------------------------------------------------------------------------------------------

def _term(node: Node | None) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        if node.language:
            return f"{_string(str(node))}@{node.language}"
        return f"{_string(str(node))}^^<{node.datatype or XSD + 'string'}>"
    raise Unsupported(f"a blank node or no value where a term is needed: {node!r}")


def _int(node: Node) -> int:
    if not isinstance(node, Literal) or not isinstance(node.toPython(), int):
        raise Unsupported(f"an integer is needed, not {node!r}")
    return int(node.toPython())


def _string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'

