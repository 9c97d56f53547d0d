#!/bin/sh
# A private Virtuoso 7 (Debian's virtuoso-opensource) for fmkg: no container, no system service.
#
#   deploy/virtuoso/virtuoso.sh install   apt-get install virtuoso-opensource when missing (as root)
#   deploy/virtuoso/virtuoso.sh start     a fresh or existing database in $VIRTUOSO_DIR, ready for fmkg
#   deploy/virtuoso/virtuoso.sh stop      checkpoint and shut down (kill the process if it does not answer)
#   deploy/virtuoso/virtuoso.sh isql [SQL...]   the SQL console as dba
#   deploy/virtuoso/virtuoso.sh url       the FMKG_STORE value for this Virtuoso (/query; /update and /store beside)
#
# Settings (environment): VIRTUOSO_DIR (database directory, default /tmp/virtuoso-fmkg), VIRTUOSO_HTTP_PORT
# (default 18210), VIRTUOSO_SQL_PORT (default 18211), VIRTUOSO_MAX_ROWS (ResultSetMaxRows, default 1000000),
# VIRTUOSO_BUFFERS (NumberOfBuffers, 8 KB each, default 10000), VIRTUOSO_TEMPLATE (a stopped database directory
# to copy when $VIRTUOSO_DIR has none),
# VIRTUOSO_DBA_PASSWORD (default dba, the password of a fresh database; `start` sets it when it differs),
# VIRTUOSO_WRITER / VIRTUOSO_WRITER_PASSWORD (default fmkg / fmkg): the account fmkg writes with, through
# /sparql-graph-crud-auth and /sparql-auth (HTTP digest). The anonymous /sparql stays read-only.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${VIRTUOSO_DIR:-/tmp/virtuoso-fmkg}
HTTP_PORT=${VIRTUOSO_HTTP_PORT:-18210}
SQL_PORT=${VIRTUOSO_SQL_PORT:-18211}
MAX_ROWS=${VIRTUOSO_MAX_ROWS:-1000000}
BUFFERS=${VIRTUOSO_BUFFERS:-10000}
DBA_PASSWORD=${VIRTUOSO_DBA_PASSWORD:-dba}
WRITER=${VIRTUOSO_WRITER:-fmkg}
WRITER_PASSWORD=${VIRTUOSO_WRITER_PASSWORD:-fmkg}

die() { echo "virtuoso.sh: $*" >&2; exit 1; }

isql() {
  isql-vt "127.0.0.1:$SQL_PORT" dba "$DBA_PASSWORD" VERBOSE=OFF BANNER=OFF PROMPT=OFF ERRORS=STDOUT "$@"
}

install() {
  command -v virtuoso-t >/dev/null && return 0
  [ "$(id -u)" = 0 ] || die "virtuoso-t is not installed; as root: apt-get install virtuoso-opensource"
  "$HERE/../apt-install.sh" virtuoso-opensource
}

# Waits until the SQL port answers (a fresh database takes a few seconds to create).
wait_ready() {
  i=0
  until isql "EXEC=select 1;" >/dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -lt 120 ] || { tail -20 "$DIR/virtuoso.log" >&2; die "Virtuoso did not answer on port $SQL_PORT"; }
    if [ -f "$DIR/virtuoso.pid" ] && ! kill -0 "$(cat "$DIR/virtuoso.pid")" 2>/dev/null; then
      tail -20 "$DIR/virtuoso.log" >&2; die "Virtuoso exited"
    fi
    sleep 0.5
  done
}

# The writer account: SPARQL_UPDATE for the digest-authenticated endpoints; the anonymous SPARQL user keeps
# only SPARQL_SELECT, so a query forwarded from fmkg's /sparql can never write.
grant() {
  # Creating the account and granting a role fail harmlessly when already done (a database kept across starts).
  isql <<SQL >/dev/null
DB.DBA.USER_CREATE ('$WRITER', '$WRITER_PASSWORD');
SQL
  isql <<SQL >/dev/null
GRANT SPARQL_SELECT TO "$WRITER";
GRANT SPARQL_UPDATE TO "$WRITER";
SQL
  isql <<SQL | grep -i error && die "could not set up the writer account" || true
USER_SET_PASSWORD ('$WRITER', '$WRITER_PASSWORD');
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('$WRITER', 3);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('$WRITER', 0, 1);
checkpoint;
SQL
  # The endpoint layout fmkg (and Oxigraph, Fuseki) knows: /query anonymous and read-only, /update (SPARQL
  # Update) and /store (Graph Store Protocol) for the writer, by HTTP Digest. Then one setting says it all:
  # FMKG_STORE=sparql+http://WRITER:PASSWORD@host:port/query (the password is only sent where it is asked for).
  isql <<SQL | grep -i error && die "could not define /query, /update and /store" || true
DB.DBA.VHOST_REMOVE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/query');
DB.DBA.VHOST_REMOVE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/update');
DB.DBA.VHOST_REMOVE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/store');
DB.DBA.VHOST_DEFINE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/query', ppath=>'/!sparql/', is_dav=>1,
  vsp_user=>'dba', opts=>vector ('noinherit', 1));
DB.DBA.VHOST_DEFINE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/update', ppath=>'/!sparql/', is_dav=>1,
  vsp_user=>'dba', opts=>vector ('noinherit', 1), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER', realm=>'SPARQL',
  sec=>'digest');
DB.DBA.VHOST_DEFINE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/store', ppath=>'/!sparql-graph-crud/', is_dav=>1,
  vsp_user=>'dba', opts=>vector ('noinherit', 1, 'exec_as_get', 1), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER',
  realm=>'SPARQL', sec=>'digest');
checkpoint;
SQL
}

# Virtuoso's own graphs (its schemas, the service description, DAV) are in the default graph and in GRAPH ?g
# of every query. Run once, on a fresh database, before fmkg writes anything: every graph there is Virtuoso's,
# and all of them become private graphs that neither the anonymous user nor the writer can read.
hide_own_graphs() {
  isql <<SQL | grep -i error && die "could not hide Virtuoso's own graphs" || true
DB.DBA.RDF_GRAPH_GROUP_CREATE ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 1);
CREATE PROCEDURE DB.DBA.FMKG_HIDE_GRAPHS () {
  FOR (SELECT DISTINCT id_to_iri (G) AS GRAPH_IRI FROM DB.DBA.RDF_QUAD) DO
    DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', GRAPH_IRI);
};
DB.DBA.FMKG_HIDE_GRAPHS ();
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);
checkpoint;
SQL
}

start() {
  command -v virtuoso-t >/dev/null || die "virtuoso-t is not installed (deploy/virtuoso/virtuoso.sh install)"
  if [ -f "$DIR/virtuoso.pid" ] && kill -0 "$(cat "$DIR/virtuoso.pid")" 2>/dev/null; then
    wait_ready; return 0
  fi
  ! isql "EXEC=select 1;" >/dev/null 2>&1 || die "another server answers on port $SQL_PORT"
  mkdir -p "$DIR"
  # A copy of a stopped database that was made ready once (VIRTUOSO_TEMPLATE) starts in about a second.
  if [ -n "${VIRTUOSO_TEMPLATE:-}" ] && [ ! -f "$DIR/virtuoso.db" ]; then
    cp "$VIRTUOSO_TEMPLATE/virtuoso.db" "$VIRTUOSO_TEMPLATE/fmkg-ready" "$DIR/"
  fi
  sed -e "s|@DIR@|$DIR|g" -e "s|@SQL_PORT@|$SQL_PORT|g" -e "s|@HTTP_PORT@|$HTTP_PORT|g" \
      -e "s|@MAX_ROWS@|$MAX_ROWS|g" -e "s|@BUFFERS@|$BUFFERS|g" -e "s|@DIRTY_BUFFERS@|$((BUFFERS * 3 / 5))|g" \
      "$HERE/virtuoso.ini.in" > "$DIR/virtuoso.ini"
  # +foreground keeps one process whose id we know; the shell puts it in the background.
  (cd "$DIR" && exec virtuoso-t +configfile "$DIR/virtuoso.ini" +foreground >"$DIR/stdout.log" 2>&1) &
  echo $! > "$DIR/virtuoso.pid"
  wait_ready
  # Once per database (a copy of a template has it done): hide Virtuoso's graphs, set up the writer and the
  # endpoints. To change the writer's password later: `virtuoso.sh isql "EXEC=USER_SET_PASSWORD ('fmkg', 'new');"`.
  if [ ! -f "$DIR/fmkg-ready" ]; then
    hide_own_graphs
    grant
    touch "$DIR/fmkg-ready"
  fi
}

stop() {
  [ -f "$DIR/virtuoso.pid" ] || return 0
  pid=$(cat "$DIR/virtuoso.pid")
  if kill -0 "$pid" 2>/dev/null; then
    isql "EXEC=shutdown;" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$DIR/virtuoso.pid"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  isql) shift; isql "$@" ;;
  url) echo "sparql+http://$WRITER:$WRITER_PASSWORD@127.0.0.1:$HTTP_PORT/query" ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
