#!/usr/bin/env bash
# Acknowledged writes survive a crash of the embedded PostgreSQL.
#
# Starts Deskhand with the demo data on the embedded database in a fresh temporary folder, creates --tasks work
# items through the API one after the other, and kill -9s the PostgreSQL server (the postmaster) in the middle of
# one of those requests (after --kill-after of them). Then stops Deskhand, starts it again on the same folder (crash
# recovery), asks for every item whose creation had answered 201, and prints how many of them were lost (must be
# 0), and runs `./deskhand audit verify` against the restarted server (must say every chain is intact).
#
# Usage: bench/crash-embedded-db.sh [--tasks N] [--kill-after K] [--keep]
# Needs: a JDK 21+, curl and psql (Debian: apt-get install curl postgresql-client). Talks only to 127.0.0.1. Takes
# about five minutes here (two starts of Deskhand, one of the command line), plus building the jar the first time. Exit 0 when nothing was
# lost and the audit chains verify, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
source ./.mvn/java-home.sh

TASKS=50 KILL_AFTER=25 KEEP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --tasks) TASKS=$2; shift 2 ;;
    --kill-after) KILL_AFTER=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in curl psql; do command -v $tool >/dev/null || { echo "crash: $tool is missing" >&2; exit 2; }; done

jar=$(ls target/deskhand-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  echo "crash: building the jar first" >&2
  ./mvnw -q -B -DskipTests package >&2
  jar=$(ls target/deskhand-*.jar | grep -v original | head -n 1)
fi

data=$(mktemp -d /tmp/deskhand-crash.XXXXXX)
PORT=$(( 20000 + RANDOM % 20000 )) BASE="http://127.0.0.1:$PORT/api/v1/workspaces/nordhavn"
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [ -f "$data/pg/postmaster.pid" ] && kill -9 "$(head -n 1 "$data/pg/postmaster.pid")" 2>/dev/null || true
  if [ -z "$KEEP" ]; then rm -rf "$data"; else echo "crash: kept $data"; fi
}
trap cleanup EXIT

start_app() {
  DESKHAND_DATA_DIR="$data" PORT=$PORT DESKHAND_DEMO=true \
    "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -jar "$jar" > "$data/app-$1.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/login" && return 0
    kill -0 "$app" 2>/dev/null || { echo "crash: Deskhand did not start, see $data/app-$1.log" >&2; KEEP=1; exit 1; }
    sleep 1
  done
  echo "crash: Deskhand did not answer within 3 minutes" >&2; KEEP=1; exit 1
}
stop_app() {
  kill "$app" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
  kill -9 "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}
pg() { # the embedded server, with the password Deskhand generated (it accepts nothing else)
  PGPASSWORD=$(sed -n 's/^deskhand\.db\.embedded-password=//p' "$data/secrets.properties") \
    psql -h 127.0.0.1 -p "$(sed -n 4p "$data/pg/postmaster.pid")" -U postgres -d deskhand -qAt "$@"
}

echo "crash: starting Deskhand on the embedded database in $data"
start_app first
token="dh_crash$(head -c24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
for _ in $(seq 1 60); do # the demo data loads after the server answers
  [ "$(pg -c "select count(*) from workspace.person where email = 'mette@nordhavn.example'" 2>/dev/null)" = 1 ] && break
  sleep 1
done
pg -c "insert into access.api_token (id, workspace_id, member_id, name, token_hash, expires_at, created_at, version)
  select gen_random_uuid(), m.workspace_id, m.id, 'crash', encode(sha256('$token'::bytea), 'hex'), now() + interval '1 day', now(), 0
  from workspace.member m join workspace.person p on p.id = m.person_id join workspace.workspace w on w.id = m.workspace_id
  where p.email = 'mette@nordhavn.example' and w.slug = 'nordhavn'"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE/work-items")" = 200 ] \
  || { echo "crash: the API token does not work" >&2; KEEP=1; exit 1; }
echo "crash: synchronous_commit=$(pg -c 'show synchronous_commit'), fsync=$(pg -c 'show fsync'), full_page_writes=$(pg -c 'show full_page_writes')"

postmaster=$(head -n 1 "$data/pg/postmaster.pid")
acknowledged=() refused=0 failing=0 limit=20
for i in $(seq 1 "$TASKS"); do
  # with the database gone each request waits for a connection: stop after three failures in a row
  [ "$failing" -lt 3 ] || { echo "crash: requests $i to $TASKS not sent (the database is gone)"; break; }
  if [ "$i" = "$KILL_AFTER" ]; then
    # lands while this request (and its commit) is under way
    ( sleep 0.02; kill -9 "$postmaster" ) &
    echo "crash: kill -9 of PostgreSQL (pid $postmaster) during request $i"
    limit=5
  fi
  answer=$(curl -s -m $limit -o "$data/answer" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"type\":\"crash\",\"title\":\"Crash test $i\"}" "$BASE/work-items" || echo 000)
  if [ "$answer" = 201 ]; then
    acknowledged+=("$(sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' "$data/answer")")
    failing=0
  else
    refused=$((refused + 1)) failing=$((failing + 1))
    [ "$i" -ge "$KILL_AFTER" ] || echo "crash: request $i answered $answer before the kill" >&2
  fi
done
echo "crash: ${#acknowledged[@]} requests answered 201, $refused failed (the database was gone)"
stop_app

echo "crash: starting Deskhand again on the same folder (PostgreSQL recovers from its WAL)"
start_app second
lost=0
for id in "${acknowledged[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE/work-items/$id")
  [ "$code" = 200 ] || { lost=$((lost + 1)); echo "crash: acknowledged item $id answers $code"; }
done
echo "crash: $lost of ${#acknowledged[@]} acknowledged writes lost"
echo "crash: ./deskhand audit verify (joins the running server with the password)"
verify=0
DESKHAND_DATA_DIR="$data" ./deskhand audit verify > "$data/verify.jsonl" 2> "$data/verify.err" || verify=$?
echo "crash: audit verify exit $verify: $(tail -n 1 "$data/verify.err")"
grep -v ' verified, ' "$data/verify.err" || true
stop_app
[ "${#acknowledged[@]}" -gt 0 ] && [ "$lost" = 0 ] && [ "$verify" = 0 ]
