"""Where fmkg serve's Python time goes under load: py-spy (``--gil --subprocesses``) on every process of the server.

Used by bench/suite.py (``--profile SECONDS``); also on its own against a running server:

    .venv/bin/python bench/pyspy.py PID SECONDS OUT.txt     # record while something loads the server

Only samples of threads holding the GIL are kept (``--gil``): time spent waiting on a pipe, a socket or the event
loop is not counted, native code that releases the GIL (Oxigraph's query evaluation) is not seen either; the CPU
table of RESULTS.md (from /proc) has the whole-process view.
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
# Layers of the request path, outermost first: the inclusive share of each is reported.
LAYERS = {
    "granian event loop and the front (fmkg/front.py, on the loop)": "Front.__rsgi__ (fmkg/front.py)",
    "request thread (the front's thread pool running the WSGI app)": "_WorkItem.run (concurrent/futures/thread.py)",
    "Flask (wsgi_app, all of it)": "Flask.wsgi_app (flask/app.py)",
    "the /sparql view (fmkg/web/sparql.py endpoint)": "endpoint (fmkg/web/sparql.py)",
    "handing the query to a query process and reading the answer (ExecutorPool.query)":
        "ExecutorPool.query (fmkg/store/executor.py)",
    "query processes (fmkg/store/executor.py _child_main)": "_child_main (fmkg/store/executor.py)",
    "query evaluation and result writing in the query process (_run_query)": "_run_query (fmkg/store/executor.py)",
}


def record(pid: int, seconds: int, out: Path, rate: int = 200) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "py-spy"), "record", "--pid", str(pid), "--subprocesses", "--gil",
                           "--nonblocking", "--duration", str(seconds), "--rate", str(rate), "--format", "raw",
                           "--output", str(out)], capture_output=True, text=True, timeout=seconds + 60)


def summarise(raw: Path, top: int = 15) -> dict[str, object]:
    """Shares (of all GIL-holding samples) of the layers, and the functions with the most self time."""
    inclusive: collections.Counter[str] = collections.Counter()
    leaf: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        names = [re.sub(r":\d+\)$", ")", f) for f in stack.split(";") if not f.startswith("process ")]
        for name in set(names):
            inclusive[name] += n
        if names:
            leaf[names[-1]] += n
    if not total:
        return {"samples": 0}
    return {"samples": total,
            "layers": {label: round(100 * inclusive[marker] / total, 1) for label, marker in LAYERS.items()},
            "self": [(name, round(100 * n / total, 1)) for name, n in leaf.most_common(top)]}


if __name__ == "__main__":
    pid, seconds, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    done = record(pid, seconds, out)
    print(done.stderr[-500:], file=sys.stderr)
    print(summarise(out))
