"""rdflib-endpoint over the benchmark's data, for ``uvicorn --workers N --factory rdflib_app:create``.

The same thing ``rdflib-endpoint serve FILE`` builds (an rdflib ``Dataset`` with ``default_union=True``, the
default in-memory store, the file parsed into it, then ``SparqlEndpoint``), as a factory so that uvicorn can run
several worker processes of it like fmkg serve's. The file is ``$BENCH_RDFLIB_DATA`` (N-Quads of the named
graphs of the store under test).
"""

from __future__ import annotations

import os


def create():
    from rdflib import Dataset
    from rdflib_endpoint import SparqlEndpoint

    dataset = Dataset(default_union=True)
    dataset.parse(os.environ["BENCH_RDFLIB_DATA"], format="nquads")
    return SparqlEndpoint(graph=dataset)
