"""bench/RESULTS.md and its plots from ``var/bench/results.json`` (written by bench/suite.py)."""

from __future__ import annotations

from pathlib import Path

from querymix import ENGINE_BOUND

PEERS = ("oxigraph", "rdflib-endpoint")
FLAT_MIB = 64  # "flat": the server's RSS grows by less than this while the result streams


def _num(value: object, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _run(size: dict, server: str, query: str, connections: int) -> dict | None:
    data = size["servers"].get(server) or {}
    return (data.get("runs") or {}).get(f"{query}@{connections}")


def _failed(size: dict, server: str, query: str) -> str | None:
    data = size["servers"].get(server) or {}
    if "skipped" in data:
        return "skipped"
    if "error" in data:
        return "failed to start"
    first = (data.get("checks") or {}).get(query)
    if first is None:
        return None
    if first.get("status") == 0:
        return "no answer in 15 s"
    if first.get("status") != 200:
        return f"HTTP {first.get('status')}"
    if first.get("first_s") is not None:
        return f"not timed: {first['first_s']:.1f} s per answer"
    return None


def _cell(size: dict, server: str, query: str, connections: int) -> tuple[str, str, str]:
    run = _run(size, server, query, connections)
    if run is None:
        why = _failed(size, server, query) or "–"
        return why, "", ""
    rps = _num(run["rps"])
    bad = run.get("non2xx", 0) + run.get("timeouts", 0)
    if bad:
        rps += f" ({bad} failed)"
    return rps, _num(run.get("p50_ms"), 2), _num(run.get("p99_ms"), 2)


class Ratio(float):
    """fmkg's req/s over a peer's; ``single``: from the time of one answer each (the query was too slow to time)."""

    single = False


def ratio(size: dict, peer: str, query: str, connections: int) -> Ratio | None:
    mine, theirs = _run(size, "fmkg", query, connections), _run(size, peer, query, connections)
    if mine and theirs and theirs["rps"]:
        return Ratio(mine["rps"] / theirs["rps"])
    checks = [((size["servers"].get(s) or {}).get("checks") or {}).get(query) for s in ("fmkg", peer)]
    if all(c and c.get("status") == 200 and c.get("first_s") for c in checks):
        value = Ratio(checks[1]["first_s"] / checks[0]["first_s"])
        value.single = True
        return value
    return None


def _ratio_text(value: Ratio | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}x" + (" (one answer each)" if getattr(value, "single", False) else "")


def _agree(size: dict, query: str) -> str:
    counts = []
    for server in ("fmkg", *PEERS):
        first = ((size["servers"].get(server) or {}).get("checks") or {}).get(query)
        counts.append("–" if not first or first.get("status") != 200 else _num(first.get("results")))
    return " / ".join(counts)


def size_table(size: dict, connections: int) -> list[str]:
    lines = ["| query | fmkg req/s | p50 ms | p99 ms | oxigraph req/s | p50 ms | p99 ms | rdflib-endpoint req/s "
             "| p50 ms | p99 ms | fmkg/oxigraph | fmkg/rdflib | results (fmkg / oxigraph / rdflib) |",
             "| --- " * 14 + "|"]
    for query in [q["name"] for q in size["queries"]]:
        cells = [*_cell(size, "fmkg", query, connections), *_cell(size, "oxigraph", query, connections),
                 *_cell(size, "rdflib-endpoint", query, connections)]
        versus = [_ratio_text(ratio(size, peer, query, connections)) for peer in PEERS]
        lines.append(f"| {query} | " + " | ".join([*cells, *versus, _agree(size, query)]) + " |")
    return lines


def cache_table(size: dict, connections: int) -> list[str]:
    lines = ["| query | cache off req/s | cache on req/s | on/off | p99 off ms | p99 on ms |", "| --- " * 6 + "|"]
    for query in [q["name"] for q in size["queries"]]:
        off, on = _run(size, "fmkg", query, connections), _run(size, "fmkg-cache", query, connections)
        if not off or not on:
            continue
        change = on["rps"] / off["rps"] if off["rps"] else None
        lines.append(f"| {query} | {_num(off['rps'])} | {_num(on['rps'])} | {_ratio_text(change)} | "
                     f"{_num(off['p99_ms'], 2)} | {_num(on['p99_ms'], 2)} |")
    return lines


def cpu_table(size: dict, connections: int) -> list[str]:
    """Where the CPU goes: CPU time per answered request, by process, during the timed runs."""
    lines = ["| query | server | req/s | CPU ms per request: server main | web workers | query processes | wrk |"
             " total | server's cores busy |", "| --- " * 9 + "|"]
    for query in ("label lookup", "join model-provider", "describe entity", "aggregate by modality"):
        for server in ("fmkg", "oxigraph", "rdflib-endpoint"):
            run = _run(size, server, query, connections)
            if not run or not run.get("requests") or "cpu_s" not in run:
                continue
            cpu, n = run["cpu_s"], run["requests"]

            def per(role: str, cpu=cpu, n=n) -> str:
                return f"{1000 * cpu[role] / n:.2f}" if role in cpu else "–"

            total = 1000 * sum(cpu.values()) / n
            busy = sum(v for k, v in cpu.items() if k != "wrk") / (n / run["rps"]) if run["rps"] else 0.0
            lines.append(f"| {query} | {server} | {_num(run['rps'])} | {per('main')} | {per('web workers')} | "
                         f"{per('query processes')} | {per('wrk')} | {total:.2f} | {busy:.2f} |")
    return lines


def extraction_rate(results: dict) -> float | None:
    """Quads per second of the largest extraction measured in this run."""
    rows = [s["build"]["extraction"] for s in results["sizes"] if (s.get("build") or {}).get("extraction")]
    rows = [r for r in rows if r.get("quads") and r.get("extract_s")]
    if not rows:
        return None
    best = max(rows, key=lambda r: r["quads"])
    return best["quads"] / best["extract_s"]


def build_table(size: dict, rate: float | None = None) -> list[str]:
    lines = ["| phase | seconds | peak RSS MiB | notes |", "| --- | --- | --- | --- |"]
    generated = (size.get("generated") or {}).get("quads")
    if generated and "extraction" not in size.get("build", {}) and rate:
        lines.append(f"| extraction | (not run: above --extract-max) | – | about {generated / rate:,.0f} s at the "
                     f"{rate:,.0f} quads/s measured on the largest corpus of this run |")
    build = size.get("build", {})
    if generated and "generate (bench/generate.py)" in build:
        for name, option in (("validation (SHACL as SPARQL)", "--validate-max"),
                             ("validation (pySHACL)", "--shacl-max"), ("dump writing", "--dumps-max")):
            if name not in build:
                lines.append(f"| {name} | (not run: above {option}) | – |  |")
    for name, row in build.items():
        notes = []
        for key in ("documents", "quads", "triples", "engine", "parse_s", "shacl_s", "conforms", "violations",
                    "assemble_s", "write_s", "extract_s", "stdout"):
            if key in row:
                notes.append(f"{key}: {row[key]}")
        if row.get("timed_out"):
            notes.append("**stopped at the time limit**")
        if row.get("returncode"):
            notes.append(f"exit {row['returncode']}: {row.get('stderr', '')[-200:]}")
        lines.append(f"| {name} | {_num(row.get('seconds'), 2)} | {_num(row.get('peak_rss_mib'))} | "
                     f"{'; '.join(map(str, notes))} |")
    return lines


def targets(results: dict) -> list[str]:
    rows = ["| target | size | measured | verdict |", "| --- | --- | --- | --- |"]
    measured = [s for s in results["sizes"] if s.get("servers")]
    if not any(s["label"].lower() == "10m" for s in measured):
        largest = max((s for s in measured if s["label"] != "real"), key=lambda s: s.get("quads_in_store", 0),
                      default=None)
        startup = ((largest or {}).get("servers", {}).get("fmkg") or {}).get("startup_s")
        rows.append("| 10M triples load on this machine | 10M | not run in this run | – |")
        rows.append(f"| server starts on 10M in < 10 s | 10M | not run; {startup} s on the "
                    f"{(largest or {}).get('label', '–')} store | – |")

    def verdict(ok: bool | None) -> str:
        return "–" if ok is None else ("**pass**" if ok else "**FAIL**")

    for size in results["sizes"]:
        if not size.get("servers"):
            continue
        label = size["label"]
        for c in (8, 32):
            value = ratio(size, "oxigraph", "label lookup", c)
            step = "" if value is None or value >= 0.35 else f" (first step {'met' if value >= 0.25 else 'missed'})"
            rows.append(f"| label lookup >= 0.35x oxigraph (first step 0.25x), {c} conn. | {label} | "
                        f"{_ratio_text(value)} | {verdict(None if value is None else value >= 0.35)}{step} |")
        for query in ENGINE_BOUND:
            for c in (8, 32):
                value = ratio(size, "oxigraph", query, c)
                rows.append(f"| {query} >= 1.0x oxigraph, {c} conn. | {label} | {_ratio_text(value)} | "
                            f"{verdict(None if value is None else value >= 1.0)} |")
        worst, over = 0.0, []
        for query in [q["name"] for q in size["queries"]]:
            mine, theirs = _run(size, "fmkg", query, 8), _run(size, "oxigraph", query, 8)
            if mine and theirs and mine.get("p99_ms") and theirs.get("p99_ms"):
                factor = mine["p99_ms"] / theirs["p99_ms"]
                worst = max(worst, factor)
                if factor > 2:
                    over.append(f"{query} {factor:.1f}x")
        if worst:
            rows.append(f"| p99 <= 2x oxigraph's at 8 conn. (every query) | {label} | worst {worst:.1f}x; over: "
                        f"{', '.join(over) or 'none'} | {verdict(not over)} |")
        for c in (8, 32):
            value = ratio(size, "rdflib-endpoint", "join model-provider", c)
            rows.append(f"| join >= 20x rdflib-endpoint, {c} conn. | {label} | {_ratio_text(value)} | "
                        f"{verdict(None if value is None else value >= 20)} |")
        load = size.get("build", {}).get("loading (fmkg load)")
        if label.lower() == "10m" and load:
            rows.append(f"| 10M triples load on this machine | 10M | {_num(load['seconds'])} s, peak "
                        f"{_num(load['peak_rss_mib'])} MiB | {verdict(load['returncode'] == 0)} |")
        fmkg = size["servers"].get("fmkg") or {}
        if label.lower() == "10m" and fmkg.get("startup_s") is not None:
            # startup_s is until /sparql answers ASK {} (the suite's ready request); /health is asked right after
            health = fmkg.get("health_at_start") or {}
            then = f"; then /health: HTTP {health['status']} in {health['seconds']} s" if health else ""
            rows.append(f"| server starts on 10M in < 10 s (until it answers `ASK {{}}`) | 10M | {fmkg['startup_s']} s"
                        f"{then} | {verdict(fmkg['startup_s'] < 10)} |")
        stream = fmkg.get("stream")
        if stream and stream["rows"] >= 1_000_000:
            growth = stream["peak_mib"] - stream["start_mib"]
            rows.append(f"| 1M-row result streams with flat memory (peak - start < {FLAT_MIB} MiB) | {label} | "
                        f"start {stream['start_mib']}, peak {stream['peak_mib']}, end {stream['end_mib']} MiB | "
                        f"{verdict(growth < FLAT_MIB)} |")
    return rows


def plots(results: dict, directory: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import NullFormatter

    sizes = sorted((s for s in results["sizes"] if s["label"] != "real" and s.get("queries") and s.get("servers")),
                   key=lambda s: s.get("quads_in_store", 0))
    if not sizes:
        return []
    quantities = {"quads_in_store": [s.get("generated", {}).get("quads") or s["quads_in_store"] for s in sizes]}
    names = [q["name"] for q in sizes[0]["queries"]]
    written = []
    for metric, title, filename in (("rps", "requests/s (8 connections)", "throughput.png"),
                                    ("p99_ms", "p99 latency, ms (8 connections)", "p99.png")):
        columns = 5
        rows = (len(names) + columns - 1) // columns
        figure, axes = plt.subplots(rows, columns, figsize=(3.2 * columns, 2.4 * rows), squeeze=False)
        for index, name in enumerate(names):
            ax = axes[index // columns][index % columns]
            for server, style in (("fmkg", "o-"), ("oxigraph", "s--"), ("rdflib-endpoint", "^:")):
                xs, ys = [], []
                for x, size in zip(quantities["quads_in_store"], sizes, strict=True):
                    run = _run(size, server, name, 8)
                    if run and run.get(metric):
                        xs.append(x)
                        ys.append(run[metric])
                if xs:
                    ax.plot(xs, ys, style, label=server, markersize=4)
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.yaxis.set_minor_formatter(NullFormatter())
            ax.set_title(name, fontsize=8)
            ax.tick_params(labelsize=6)
        for index in range(len(names), rows * columns):
            axes[index // columns][index % columns].axis("off")
        handles, labels = axes[0][0].get_legend_handles_labels()
        figure.legend(handles, labels, loc="upper right", fontsize=8)
        figure.suptitle(f"{title} against graph size (quads), fmkg serve vs oxigraph serve vs rdflib-endpoint",
                        fontsize=10)
        figure.tight_layout(rect=(0, 0, 1, 0.97))
        figure.savefig(directory / filename, dpi=90)
        plt.close(figure)
        written.append(filename)
    return written


def render(results: dict, directory: Path) -> None:
    env = results["environment"]
    settings = results["settings"]
    lines = ["# Benchmark results", "",
             f"Written by `bench/suite.py` (`make bench`) on {env['date']}"
             + (f", finished {results['finished']}" if results.get("finished") else " (still running or stopped)")
             + ". Do not edit: rerun `make bench`.", "",
             "## How it was run", "",
             f"- machine: {env['nproc']} cores ({env['cpu']}), {env['ram_gib']} GiB RAM, Linux {env['kernel']}, "
             f"Python {env['python']}; shared with other work while it ran, so expect noise of 10-20 %.",
             f"- code: commit {env['commit']}",
             "- versions: " + ", ".join(f"{k} {v}" for k, v in env["versions"].items()),
             f"- command: `{results.get('make') or results['command']}` (ran `{results['command']}`)",
             f"- each query {settings['seconds']} s per connection count ({settings['connections']}), wrk with 2 "
             f"threads; {settings['workers']} worker processes for fmkg serve (granian) and rdflib-endpoint "
             f"(uvicorn); oxigraph serve-read-only is one process with its own thread pool. One server at a time on "
             "the same store (rdflib-endpoint: the store's named graphs as N-Quads, in an rdflib Dataset with "
             "default_union, as its own CLI builds it).",
             f"- query parameters drawn per request from a shuffle seeded with {settings['seed']} "
             f"({settings['requests']} requests per query, walked from a different place by each wrk thread); the "
             "20 canned queries of `queries/` have no parameter and repeat.",
             "- \"cache on\": fmkg serve again with `FMKG_ANSWER_CACHE_BYTES="
             f"{settings['cache_bytes']}` (each worker keeps that many bytes of recent answers per build); every "
             "other fmkg run has it at 0. A request answered before by the same worker (the canned queries, which "
             "repeat; a drawn parameter once wrk has walked past its "
             f"{settings['requests']} drawn requests) is answered from the cache without the engine.",
             "- fmkg serve runs with `FMKG_MEMORY_STORE_QUADS` at its default, 0: its query processes read the "
             "store's files (RocksDB), as oxigraph serve does, with no copy in memory.",
             "- before timing, each server answers the first request of each query once: its status, time and number "
             "of results are kept (the results column compares them across servers). A query whose answer takes "
             "more than 1 s (or half the run) is not load-tested: its req/s would be 0, and the requests wrk leaves "
             "in flight would hold the server into the next measurement; it is shown with that one answer's time, "
             "and ratios marked \"one answer each\" compare those times. After each run the suite waits until the "
             "server answers its ready request within a second.",
             "- wrk is closed-loop (each connection waits for its answer), so p50/p99 are per request under that load; "
             "the server, wrk and any other work on the machine share the 2 cores.",
             "- oxigraph serve runs without `--timeout-s`: with it, oxigraph 0.5.13 starts a thread per query that "
             "lives until the time limit, and at a few thousand requests a second it ran out of threads (EAGAIN) and "
             "died during the property-path run. fmkg serve runs with its defaults except no per-client limits "
             "(`FMKG_CLIENT_QUERIES=0`, `FMKG_CLIENT_QUERY_SECONDS=0`: wrk is one client), no access log, a 120 s "
             "query limit and an 8 GiB result limit (for the streaming test).",
             *[f"- **note**: {note}" for note in results.get("notes", [])],
             ""]
    for size in results["sizes"]:
        if "quads_in_store" not in size:
            lines += [f"## {size['label']}", "", "(not measured: the run stopped before this size was loaded)", ""]
            continue
        fmkg = size["servers"].get("fmkg") or {}
        ox = size["servers"].get("oxigraph") or {}
        lines += [f"## {size['label']}" + (" (the real build)" if size["label"] == "real" else ""), ""]
        if size.get("generated"):
            g = size["generated"]
            lines.append(f"Generated: {g['quads']:,} quads in {g['documents']:,} documents ({g['models']:,} models, "
                         f"{g['providers']:,} providers, seed {g['seed']}); the store holds {size['quads_in_store']:,}"
                         " quads (named graphs plus their union in the default graph).")
        else:
            lines.append(f"The real build ({size.get('source')}): {size['quads_in_store']:,} quads in the store "
                         "(named graphs plus their union).")
        lines += ["", "### Build", "", *build_table(size, extraction_rate(results)), ""]
        lines += ["### Start-up and streaming", "",
                  f"- time until the server answers `ASK {{}}`: fmkg serve {fmkg.get('startup_s')} s, oxigraph serve "
                  f"{ox.get('startup_s')} s, rdflib-endpoint "
                  f"{(size['servers'].get('rdflib-endpoint') or {}).get('startup_s', '–')} s"]
        health = fmkg.get("health_at_start")
        if health:
            lines.append(f"- fmkg's `/health` right after that: HTTP {health['status']} in {health['seconds']} s"
                         + ("" if health["status"] == 200 else f" (`{health['body'][:110]}`)"))
        stream = fmkg.get("stream")
        if stream:
            lines.append("- fmkg serve streaming `SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT "
                         f"{stream['rows_asked']:,}` as TSV: "
                         f"{stream['rows']:,} rows, {stream['bytes'] / 1e6:,.1f} MB in {stream['seconds']} s; RSS of "
                         f"all its processes: start {stream['start_mib']} MiB, peak {stream['peak_mib']} MiB, end "
                         f"{stream['end_mib']} MiB")
        health, static = fmkg.get("empty_ceiling"), ox.get("static_ceiling")
        if health or static:
            lines.append(f"- load generator's ceiling, wrk at 32 connections on a route with no query: oxigraph's "
                         f"static page `/` {_num((static or {}).get('rps'))} req/s, fmkg's `/favicon.ico` (the whole "
                         "web stack, no query) "
                         f"{_num((health or {}).get('rps'))} req/s (wrk shares the 2 cores with the server).")
        lines.append("")
        for c in [int(x) for x in str(settings["connections"]).split(",")]:
            lines += [f"### {c} connections", "", *size_table(size, c), ""]
        first_count = int(str(settings["connections"]).split(",")[0])
        cpu = cpu_table(size, first_count)
        if len(cpu) > 2:
            lines += [f"### Where the CPU goes ({first_count} connections)", "",
                      "CPU time (user + system, from /proc) of each server's processes and of wrk during the timed "
                      "run, per answered request. For oxigraph serve and rdflib-endpoint, \"main\" is the server "
                      "(uvicorn's workers count as web workers).", "", *cpu, ""]
        spy = fmkg.get("profile")
        if spy and spy.get("samples"):
            lines += [f"### Where fmkg's Python time goes (py-spy, {spy['query']}, {spy['connections']} connections)",
                      "", f"`py-spy record --gil --subprocesses` for {spy['seconds']} s on every process of fmkg serve "
                      f"while wrk sent label lookups ({_num(spy.get('rps_while_profiled'))} req/s under the "
                      f"profiler); {spy['samples']:,} samples of threads holding the GIL. Shares of those samples "
                      "(layers nest: a layer includes those below it where they run in the same process):", "",
                      "| layer | share |", "| --- | --- |",
                      *[f"| {name} | {share} % |" for name, share in spy["layers"].items()], "",
                      "Most self time (the function on top of the stack; native code called from it counts "
                      "there, so granian's Rust runtime shows as `_spawn_rsgi_worker`):", "",
                      "| function | share |", "| --- | --- |",
                      *[f"| `{name}` | {share} % |" for name, share in spy["self"]], ""]
        cache = cache_table(size, first_count)
        if len(cache) > 2:
            lines += [f"### fmkg serve with the answer cache setting ({str(settings['connections']).split(',')[0]} "
                      "connections)", "", *cache, ""]
        failures = []
        for server, data in size["servers"].items():
            for query, first in (data.get("checks") or {}).items():
                if first.get("status") != 200:
                    failures.append(f"- {server}, {query}: HTTP {first.get('status')}: "
                                    f"{str(first.get('error', '')).strip()[:160]}")
            if data.get("died"):
                failures.append(f"- {server} {data['died']}")
            if data.get("over_budget"):
                failures.append(f"- {server}: {data['over_budget']}; the queries after it were not measured")
        if failures:
            lines += ["Queries a server did not answer (not timed):", "", *failures, ""]
    lines += ["## Targets of issue 11", "", *targets(results), ""]
    written = plots(results, directory)
    if written:
        lines += ["## Plots", ""] + [f"![{name}]({name})" for name in written] + [""]
    lines += ["## Queries", "", "| name | kind | first request |", "| --- | --- | --- |"]
    if results["sizes"] and results["sizes"][0].get("queries"):
        for q in results["sizes"][0]["queries"]:
            example = q["example"].replace("\n", " ").replace("|", "\\|")
            example = example.split("XMLSchema#> ", 1)[-1]
            lines.append(f"| {q['name']} | {q['kind']} | `{example}` |")
    (directory / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
