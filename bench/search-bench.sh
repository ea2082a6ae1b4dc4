#!/usr/bin/env bash
# Search at scale, measured side by side with its own SQL.
#
# Loads work items and e-mails into a fresh PostgreSQL database (default 1,000,000 items and 2,000,000 messages in
# 5 workspaces, mixed Danish, German and English text with references), starts Deskhand on it, then measures in one
# run, one query at a time: a few hundred searches (words, stems, references typed with hyphens) through
# GET /api/v1/workspaces/nordhavn/search, and the statements Deskhand sends for them run bare through psql.
# Reports p50/p99 of both (target: search under 100 ms).
#
# Usage: bench/search-bench.sh [--items N] [--messages M] [--queries Q] [--keep] [--reuse]
# --reuse keeps the database of an earlier run when it holds the same numbers of rows (loading 3,000,000 rows takes
# a quarter of an hour here), and migrates it to the current schema by starting Deskhand on it.
# Needs: a JDK 21+, python3, psql and curl, and a PostgreSQL server at 127.0.0.1:5432 reachable as postgres without
# a password (set PGHOST/PGPORT/PGUSER otherwise). Sends traffic only to 127.0.0.1. Writes
# bench/results/search-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source ./.mvn/java-home.sh

ITEMS=1000000 MESSAGES=2000000 QUERIES=300 KEEP="" REUSE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --items) ITEMS=$2; shift 2 ;;
    --messages) MESSAGES=$2; shift 2 ;;
    --queries) QUERIES=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --reuse) REUSE=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=deskhand_search_bench PORT=18090 BASE="http://127.0.0.1:18090"
for tool in python3 psql curl; do command -v $tool >/dev/null || { echo "bench: $tool is missing" >&2; exit 2; }; done
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; [ -n "$KEEP" ] || rm -rf "$work"; }
trap cleanup EXIT

loaded=""
if [ -n "$REUSE" ] && psql -qAtd $DB -c "select 1" >/dev/null 2>&1 \
   && [ "$(psql -qAtd $DB -c "select (select count(*) from work.item where customer ~ '^C[0-9]$') = $ITEMS
          and (select count(*) from inbox.message where dedupe_key like 'bench-%') = $MESSAGES" 2>/dev/null)" = t ]; then
  echo "bench: reusing database $DB"; loaded=1
else
  echo "bench: fresh database $DB"
  psql -qd postgres -c "drop database if exists $DB" -c "create database $DB"
fi

jar=$(ls target/deskhand-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -q -B -DskipTests package; jar=$(ls target/deskhand-*.jar | grep -v original | head -n 1); }
echo "bench: starting Deskhand on $DB (demo data on, schedulers off)"
DESKHAND_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DESKHAND_DB_USER=$PGUSER DESKHAND_DB_PASSWORD="" \
DESKHAND_DEMO=true DESKHAND_AUDIT_KEY=$(head -c32 /dev/urandom | base64) DESKHAND_DOCUMENTS_KEY=$(head -c32 /dev/urandom | base64) \
DESKHAND_DATA_DIR="$work" PORT=$PORT \
  "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --deskhand.inbox.scheduler-enabled=false \
  --deskhand.work.sla-check-interval=PT1H --deskhand.work.recurring-interval=PT1H > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do grep -qs "Deskhand is running" "$work/app.log" && break; sleep 1; done
grep -q "Deskhand is running" "$work/app.log" || { tail -n 40 "$work/app.log"; exit 1; }

start=$(date +%s)
if [ -z "$loaded" ]; then
  echo "bench: loading $ITEMS work items and $MESSAGES messages, one session per core"
  parts=$(nproc)
  load() { psql -qd $DB -v items="$ITEMS" -v messages="$MESSAGES" -v parts="$parts" "$@" -f bench/load-search.sql; }
  load -v phase=setup -v part=0
  pids=""; for k in $(seq 0 $((parts - 1))); do load -v phase=rows -v part=$k & pids="$pids $!"; done
  for p in $pids; do wait $p; done
  load -v phase=finish -v part=0 & p0=$!; load -v phase=finish -v part=1; wait $p0
  psql -qd $DB -c "drop schema bench_load cascade"
fi
psql -qd $DB -c "vacuum (analyze) work.item, work.timeline, inbox.message, inbox.attachment, inbox.conversation"
load_s=$(( $(date +%s) - start ))
if [ -n "$loaded" ]; then load_note="the database of an earlier run, reused"; else load_note="loaded and indexed in $load_s s"; fi
counts=$(psql -qAtd $DB -c "select (select count(*) from work.item) || ' items, ' || (select count(*) from inbox.message) || ' messages, ' || (select count(*) from inbox.attachment) || ' attachments'")
echo "bench: loaded in $load_s s: $counts"

# An API token for the owner of Nordhavn (stored as its SHA-256, as Deskhand stores tokens)
token="dh_bench$(head -c24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
psql -qd $DB -c "delete from access.api_token where name = 'bench'" -c "insert into access.api_token (id, workspace_id, member_id, name, token_hash, expires_at, created_at, version)
  select gen_random_uuid(), m.workspace_id, m.id, 'bench', encode(sha256('$token'::bytea), 'hex'), now() + interval '1 day', now(), 0
  from workspace.member m join workspace.person p on p.id = m.person_id join workspace.workspace w on w.id = m.workspace_id
  where p.email = 'mette@nordhavn.example' and w.slug = 'nordhavn'"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE/api/v1/workspaces/nordhavn/search?q=forsendelse")" = 200 ] \
  || { echo "bench: the search API refused the token" >&2; exit 1; }
in_ws=$(psql -qAtd $DB -c "select (select count(*) from work.item i join workspace.workspace w on w.id = i.workspace_id where w.slug = 'nordhavn') || ' items and ' || (select count(*) from inbox.message m join workspace.workspace w on w.id = m.workspace_id where w.slug = 'nordhavn') || ' messages'")

echo "bench: $QUERIES searches through the API, then the same SQL through psql"
span=$(( ITEMS < MESSAGES / 2 ? ITEMS : MESSAGES / 2 ))
eval "$(python3 bench/search-queries.py "$BASE" "$token" nordhavn $DB "$QUERIES" "$work" "$span")"

mkdir -p bench/results
out="bench/results/search-$(date -u +%Y%m%dT%H%M%SZ).md"
cat > "$out" <<MD
# Search benchmark, $(date -u +%Y-%m-%d) ($(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg))

\`bench/search-bench.sh --items $ITEMS --messages $MESSAGES --queries $QUERIES\`: $counts in 5 workspaces
($load_note); the measured workspace holds $in_ws. PostgreSQL $(psql -qAtd $DB -c 'show server_version')
and Deskhand on the same machine; one query at a time, $QUERIES queries (30 % words, 20 % stems, 30 % parts of
AWBs typed with a hyphen, 10 % order numbers, 10 % W-n references), $with_hits of them with hits.

| what | p50 ms | p99 ms | max ms |
| --- | ---: | ---: | ---: |
| search API (HTTP, JSON, 20 hits) | $http_p50 | $http_p99 | $http_max |
| the same SQL (Deskhand's statements for items, notes and mail), psql | $sql_p50 | $sql_p99 | $sql_max |
MD
cat "$out"
