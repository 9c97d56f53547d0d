#!/bin/sh
# make test-virtuoso: the endpoint and linked-data tests on Virtuoso 7 from Debian, then the shared SPARQL protocol
# checker against `fmkg serve` backed by Virtuoso. Installs virtuoso-opensource if missing (as root). Every Virtuoso
# and fmkg serve started here is stopped on exit, failure and interruption included.
#   deploy/virtuoso/test.sh PYTHON TEST-FILE...
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PYTHON=$1; shift
BIN=$(dirname "$PYTHON")
"$HERE/virtuoso.sh" install

WORK=$(mktemp -d /tmp/virtuoso-test-XXXXXX)
serve_pid=
cleanup() {
  [ -z "$serve_pid" ] || kill -TERM "-$serve_pid" 2>/dev/null || true
  # every Virtuoso under $WORK: the checker's, and any the tests left behind if pytest itself was killed
  for pidfile in $(find "$WORK" -name virtuoso.pid 2>/dev/null); do
    pid=$(cat "$pidfile"); kill -TERM "$pid" 2>/dev/null || true
    i=0; while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 40 ]; do sleep 0.5; i=$((i + 1)); done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. The tests, each store on a Virtuoso of its own (tests/virtuoso_engine.py starts them under $TMPDIR, stops them).
mkdir -p "$WORK/tmp"
tests=0
TMPDIR="$WORK/tmp" FMKG_TEST_ENGINE=virtuoso "$PYTHON" -m pytest -p no:cacheprovider "$@" || tests=$?

# 2. The protocol checker against fmkg serve on one Virtuoso loaded by `fmkg build`.
export VIRTUOSO_DIR="$WORK/db" VIRTUOSO_HTTP_PORT=18214 VIRTUOSO_SQL_PORT=18215 VIRTUOSO_BUFFERS=2000
SERVE_PORT=18216
"$HERE/virtuoso.sh" start
STORE=$("$HERE/virtuoso.sh" url)
"$BIN/fmkg" build --store "$STORE" --dist "$WORK/dist"
setsid "$BIN/fmkg" serve --store "$STORE" --host 127.0.0.1 --port "$SERVE_PORT" --workers 1 >"$WORK/serve.log" 2>&1 &
serve_pid=$!
i=0
until curl -sf -o /dev/null "http://127.0.0.1:$SERVE_PORT/sparql?query=ASK%7B%7D"; do
  i=$((i + 1)); [ "$i" -lt 120 ] || { cat "$WORK/serve.log"; exit 1; }; sleep 0.5
done
CHECKER="$ROOT/../shared/conformance/sparql_protocol_check.py"
[ -f "$CHECKER" ] || CHECKER="$ROOT/tests/conformance/sparql_protocol_check.py"
"$PYTHON" "$CHECKER" --endpoint "http://127.0.0.1:$SERVE_PORT/sparql" --timeout 30 > "$WORK/check.txt" || true
grep "^FAIL" "$WORK/check.txt" || true
tail -1 "$WORK/check.txt"
tail -1 "$WORK/check.txt" | grep -q " 0 failed"
exit "$tests"
