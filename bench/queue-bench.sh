#!/usr/bin/env bash
# The queue under load, measured side by side with its own SQL.
#
# Loads work items into a PostgreSQL database (default 1,000,000 items in 5 workspaces with 200 members), starts
# Deskhand on it, then measures in one run:
#   1. the queue page (HTML, signed-in owner)  with wrk, C connections for D seconds;
#   2. the queue API (JSON, API token)          with wrk, the same;
#   3. the page's own SQL (count + first page)  with pgbench, C clients for D seconds;
# and reports p50/p99 latency, requests per second, and the ratio page p99 : SQL p99 (target <= 3).
#
# Usage: bench/queue-bench.sh [--scale N] [--duration SECONDS] [--connections C] [--keep]
# Needs: a JDK 21+, wrk and pgbench (Debian: apt-get install wrk postgresql-client), and a PostgreSQL server at
# 127.0.0.1:5432 reachable as postgres without a password (set PGHOST/PGPORT/PGUSER otherwise). Sends traffic
# only to 127.0.0.1. Writes bench/results/queue-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source ./.mvn/java-home.sh

SCALE=1000000 DURATION=30 CONNECTIONS=32 KEEP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=deskhand_bench PORT=18080 BASE="http://127.0.0.1:18080"
for tool in wrk pgbench psql curl; do command -v $tool >/dev/null || { echo "bench: $tool is missing" >&2; exit 2; }; done
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; [ -n "$KEEP" ] || rm -rf "$work"; }
trap cleanup EXIT

echo "bench: fresh database $DB"
psql -qd postgres -c "drop database if exists $DB" -c "create database $DB"

jar=$(ls target/deskhand-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -q -B -DskipTests package; jar=$(ls target/deskhand-*.jar | grep -v original | head -n 1); }
echo "bench: starting Deskhand on $DB (demo data on, schedulers off)"
DESKHAND_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DESKHAND_DB_USER=$PGUSER DESKHAND_DB_PASSWORD="" \
DESKHAND_DEMO=true DESKHAND_AUDIT_KEY=$(head -c32 /dev/urandom | base64) DESKHAND_DOCUMENTS_KEY=$(head -c32 /dev/urandom | base64) \
DESKHAND_DATA_DIR="$work" PORT=$PORT \
  "$JAVA_HOME/bin/java" -Xmx2g -jar "$jar" --deskhand.inbox.scheduler-enabled=false \
  --deskhand.work.sla-check-interval=PT1H --deskhand.work.recurring-interval=PT1H > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do grep -q "Deskhand is running" "$work/app.log" && break; sleep 1; done
grep -q "Deskhand is running" "$work/app.log" || { tail -n 40 "$work/app.log"; exit 1; }

echo "bench: loading $SCALE work items"
start=$(date +%s)
psql -qd $DB -v scale="$SCALE" -f bench/load-queue.sql
# what autovacuum does soon after a bulk load in production: without it every index read also visits the table
psql -qd $DB -c "vacuum (analyze) work.item"
echo "bench: loaded in $(( $(date +%s) - start )) s: $(psql -qAtd $DB -c 'select count(*) from work.item') items, $(psql -qAtd $DB -c 'select count(*) from work.item where status not in ($$RESOLVED$$, $$CLOSED$$)') open"

# An API token for the owner of Nordhavn (stored as its SHA-256, as Deskhand stores tokens)
token="dh_bench$(head -c24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
psql -qd $DB -c "insert into access.api_token (id, workspace_id, member_id, name, token_hash, expires_at, created_at, version)
  select gen_random_uuid(), m.workspace_id, m.id, 'bench', encode(sha256('$token'::bytea), 'hex'), now() + interval '1 day', now(), 0
  from workspace.member m join workspace.person p on p.id = m.person_id join workspace.workspace w on w.id = m.workspace_id
  where p.email = 'mette@nordhavn.example' and w.slug = 'nordhavn'"
# A signed-in session of the same owner for the HTML page
jar_cookies="$work/cookies"
csrf=$(curl -s -c "$jar_cookies" "$BASE/login" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p')
curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -d "username=mette@nordhavn.example&password=deskhand-demo-2026&_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar_cookies")
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$BASE/w/nordhavn/queue")" = 200 ] || { echo "bench: sign-in failed" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE/api/v1/workspaces/nordhavn/work-items")" = 200 ] || { echo "bench: token failed" >&2; exit 1; }

threads=$(( $(nproc) < CONNECTIONS ? $(nproc) : CONNECTIONS ))
run_wrk() { # name, header, url, connections, seconds
  curl -s -o /dev/null -H "$2" "$3"; curl -s -o /dev/null -H "$2" "$3" # warm up
  local t=$(( threads < $4 ? threads : $4 ))
  wrk -t"$t" -c"$4" -d"${5}s" --latency -H "$2" "$3" > "$work/$1.wrk"
}
pct() { awk -v p="$1" '$1 == p"%" {print $2}' "$2"; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
to_ms() { echo "$1" | awk '/us$/ {sub("us",""); printf "%.2f", $1/1000; next} /ms$/ {sub("ms",""); printf "%.2f", $1; next} /s$/ {sub("s",""); printf "%.2f", $1*1000}'; }

SOLO=$(( DURATION < 10 ? DURATION : 10 ))
echo "bench: warming up (page and API, $CONNECTIONS connections, ${SOLO} s each, not measured)"
run_wrk warm-page "Cookie: JSESSIONID=$session" "$BASE/w/nordhavn/queue" "$CONNECTIONS" "$SOLO"
run_wrk warm-api "Authorization: Bearer $token" "$BASE/api/v1/workspaces/nordhavn/work-items" "$CONNECTIONS" "$SOLO"
echo "bench: wrk on the queue page, $CONNECTIONS connections, ${DURATION} s"
run_wrk page "Cookie: JSESSIONID=$session" "$BASE/w/nordhavn/queue" "$CONNECTIONS" "$DURATION"
echo "bench: wrk on the queue API"
run_wrk api "Authorization: Bearer $token" "$BASE/api/v1/workspaces/nordhavn/work-items" "$CONNECTIONS" "$DURATION"
echo "bench: wrk on the queue page and API, one connection, ${SOLO} s each (the latency one person feels)"
run_wrk page1 "Cookie: JSESSIONID=$session" "$BASE/w/nordhavn/queue" 1 "$SOLO"
run_wrk api1 "Authorization: Bearer $token" "$BASE/api/v1/workspaces/nordhavn/work-items" 1 "$SOLO"
echo "bench: pgbench on the page's SQL"
ws=$(psql -qAtd $DB -c "select id from workspace.workspace where slug = 'nordhavn'")
# Exactly the two statements QueueQueries sends for the first page of the open queue (count capped at 1,000, then
# the page's columns); keep in step with QueueQueries.page and QueueQueries.ROW_COLUMNS.
row_columns="id, workspace_id, number, type, title, status, priority, assignee_id, assignee_name, customer, tags, last_activity_at, next_due, sla_paused, warned, breached, case when sla #>> '{tracks,FIRST_RESPONSE,metAt}' is null then (sla #>> '{tracks,FIRST_RESPONSE,due}')::timestamptz end as first_response_due, case when sla #>> '{tracks,NEXT_RESPONSE,metAt}' is null then (sla #>> '{tracks,NEXT_RESPONSE,due}')::timestamptz end as next_response_due, case when sla #>> '{tracks,RESOLUTION,metAt}' is null then (sla #>> '{tracks,RESOLUTION,due}')::timestamptz end as resolution_due"
cat > "$work/queue.sql" <<SQL
select count(*) from (select 1 from work.item where (workspace_id = '$ws') and status not in ('RESOLVED', 'CLOSED') limit 1001) c;
select $row_columns from work.item where (workspace_id = '$ws') and status not in ('RESOLVED', 'CLOSED') order by breached desc, urgency asc nulls last, id limit 50 offset 0;
SQL
run_pgbench() { # name, clients, seconds → sets <name>_p50, <name>_p99, <name>_tps
  rm -f "$work"/sql.*
  (cd "$work" && pgbench -n -M prepared -c "$2" -j "$(( threads < $2 ? threads : $2 ))" -T "$3" -f queue.sql -l \
    --log-prefix=sql $DB > pgbench.out 2>&1)
  sort -n <(cat "$work"/sql.* 2>/dev/null | awk 'NF >= 3 {print $3}') > "$work/$1.lat"
  local n; n=$(wc -l < "$work/$1.lat")
  eval "$1_p50=$(awk -v n="$n" 'NR == int(n*0.50)+1 {printf "%.2f", $1/1000}' "$work/$1.lat")"
  eval "$1_p99=$(awk -v n="$n" 'NR == int(n*0.99)+1 {printf "%.2f", $1/1000}' "$work/$1.lat")"
  eval "$1_tps=$(awk -v n="$n" -v d="$3" 'BEGIN {printf "%.0f", n/d}')"
}
run_pgbench sql1 1 "$SOLO"
run_pgbench sql "$CONNECTIONS" "$DURATION"

page_p50=$(to_ms "$(pct 50 "$work/page.wrk")") page_p99=$(to_ms "$(pct 99 "$work/page.wrk")")
api_p50=$(to_ms "$(pct 50 "$work/api.wrk")") api_p99=$(to_ms "$(pct 99 "$work/api.wrk")")
ratio_page=$(awk -v a="$page_p99" -v b="$sql_p99" 'BEGIN {printf "%.2f", a/b}')
ratio_api=$(awk -v a="$api_p99" -v b="$sql_p99" 'BEGIN {printf "%.2f", a/b}')
page1_p50=$(to_ms "$(pct 50 "$work/page1.wrk")") page1_p99=$(to_ms "$(pct 99 "$work/page1.wrk")")
api1_p50=$(to_ms "$(pct 50 "$work/api1.wrk")") api1_p99=$(to_ms "$(pct 99 "$work/api1.wrk")")
ratio1_page=$(awk -v a="$page1_p99" -v b="$sql1_p99" 'BEGIN {printf "%.2f", a/b}')
ratio1_api=$(awk -v a="$api1_p99" -v b="$sql1_p99" 'BEGIN {printf "%.2f", a/b}')
mkdir -p bench/results
out="bench/results/queue-$(date -u +%Y%m%dT%H%M%SZ).md"
cat > "$out" <<MD
# Queue benchmark, $(date -u +%Y-%m-%d) ($(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB)

$SCALE work items in 5 workspaces ($(psql -qAtd $DB -c "select count(*) from work.item where workspace_id = '$ws' and status not in ('RESOLVED','CLOSED')") open in the measured workspace), 200 members;
$CONNECTIONS connections for $DURATION s each; Deskhand and PostgreSQL $(psql -qAtd $DB -c 'show server_version') on the same machine.

| what | p50 ms | p99 ms | requests/s | p99 : SQL p99 |
| --- | ---: | ---: | ---: | ---: |
| queue page (HTML), wrk | $page_p50 | $page_p99 | $(rps "$work/page.wrk") | $ratio_page |
| queue API (JSON), wrk | $api_p50 | $api_p99 | $(rps "$work/api.wrk") | $ratio_api |
| the page's SQL (count + first page), pgbench | $sql_p50 | $sql_p99 | $sql_tps | 1.00 |

One connection (one client) at a time, $SOLO s each:

| what | p50 ms | p99 ms | requests/s | p99 : SQL p99 |
| --- | ---: | ---: | ---: | ---: |
| queue page (HTML), wrk | $page1_p50 | $page1_p99 | $(rps "$work/page1.wrk") | $ratio1_page |
| queue API (JSON), wrk | $api1_p50 | $api1_p99 | $(rps "$work/api1.wrk") | $ratio1_api |
| the page's SQL (count + first page), pgbench | $sql1_p50 | $sql1_p99 | $sql1_tps | 1.00 |
MD
cat "$out"
