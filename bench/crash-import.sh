#!/usr/bin/env bash
# kill -9 during an import, KILLS times: ./deskhand import-events stores a CSV of N tracking events (one transaction
# per batch of 10,000) into the demo workspace, and is killed with SIGKILL at a random moment while events are being
# stored; then the same file is imported again, and at the end once more to completion. Every event has its own id,
# so the check is exact: no event that was stored before a kill may be missing afterwards (lost), and no event may
# be stored twice (doubled).
#
# Usage: [KILLS=5] bench/crash-import.sh [N]   (default 30,000 events over 3,000 shipments)
# Needs: a JDK 21+, python3, psql and curl, a PostgreSQL at 127.0.0.1:5432 reachable as postgres without a password
# (PGHOST/PGPORT/PGUSER otherwise). Uses the database deskhand_crash_import and port 18183.
# Prints: each kill with the events stored by then, and stored=X expected=N lost=X doubled=Y; exit 0 when none
# were lost or doubled.
source "$(dirname "$0")/crash-lib.sh"
source "$(dirname "$0")/ingest-lib.sh"
N=${1:-30000} KILLS=${KILLS:-5} DB=deskhand_crash_import APP_PORT=18183
JAR=$(jar)
fresh_database
prepare_workspace
mkdir -p "$work/events"
gen_events $((N / 10)) 10 "$work/events" "$N"
file=$(ls "$work/events"/*.csv | head -n 1)
stored() { sql "select count(*) from shipments.tracking_event e join workspace.workspace w on w.id = e.workspace_id where w.slug = 'nordhavn' and e.source = 'csv'"; }
echo "crash-import: $N events in $(basename "$file")"
kills=0 before_kill=0 lost=0
while [ $kills -lt "$KILLS" ]; do
  now=$(stored)
  [ "$now" -ge "$N" ] && { echo "crash-import: everything was stored after $kills kills (raise N)"; break; }
  # the ids stored before this round: none of them may be missing after the next kill
  sql "create table if not exists crash_seen (external_id text primary key)"
  sql "insert into crash_seen select external_id from shipments.tracking_event where source = 'csv' on conflict do nothing"
  cli_bg import-events --workspace nordhavn --format csv "$file"
  for _ in $(seq 1 1200); do [ "$(stored)" -gt "$now" ] && break; kill -0 $cli_pid 2>/dev/null || break; sleep 0.05; done
  sleep "0.$(printf %03d "$(random_ms 900)")"
  kill -9 $cli_pid 2>/dev/null || true
  wait $cli_pid 2>/dev/null || true
  kills=$((kills + 1))
  missing=$(sql "select count(*) from crash_seen s where not exists (select 1 from shipments.tracking_event e where e.source = 'csv' and e.external_id = s.external_id)")
  lost=$((lost + missing))
  echo "crash-import: kill -9 #$kills with $(stored) of $N events stored (missing since the last round: $missing)"
done
cli import-events --workspace nordhavn --format csv "$file" || true
tail -n 2 "$work/cli.log"
total=$(stored)
distinct=$(sql "select count(distinct external_id) from shipments.tracking_event where source = 'csv'")
missing=$(sql "select count(*) from crash_seen s where not exists (select 1 from shipments.tracking_event e where e.source = 'csv' and e.external_id = s.external_id)")
lost=$((lost + missing + N - distinct))
doubled=$((total - distinct))
echo "stored=$total expected=$N kills=$kills"
echo "lost=$lost doubled=$doubled"
[ "$lost" -eq 0 ] && [ "$doubled" -eq 0 ]
