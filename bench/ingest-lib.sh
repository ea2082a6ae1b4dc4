# Shared by bench/ingest-bench.sh and bench/crash-import.sh: CSV files of tracking events, and Deskhand's command line
# (import-events) on the database $DB of the PostgreSQL at 127.0.0.1:5432. Source after crash-lib.sh.

# gen_events SHIPMENTS PER_SHIPMENT DIR PER_FILE: CSV files DIR/events-NNNN.csv, PER_SHIPMENT events per shipment
# (the last one an estimated arrival, the others actual, in the order a shipment lives), each with its own id
gen_events() {
  python3 - "$@" <<'PY'
import sys, datetime
shipments, per, folder, per_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
statuses = ["booked", "picked-up", "gate-in", "loaded", "departed", "transshipped", "arrived", "discharged",
            "gate-out", "out-for-delivery", "delivered"]
places = ["DKAAR", "DEHAM", "NLRTM", "CNSHA", "SGSIN", "USNYC", "DKCPH", "SEGOT"]
start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
n, out, number = 0, None, 0
for s in range(1, shipments + 1):
    for k in range(per):
        if n % per_file == 0:
            if out: out.close()
            number += 1
            out = open(f"{folder}/events-{number:04d}.csv", "w")
            out.write("external_id,reference,status,classifier,event_time,location,carrier\n")
        estimated = k == per - 1
        status = "arrived" if estimated else statuses[k % len(statuses)]
        t = start + datetime.timedelta(minutes=s, hours=k * 6 + (48 if estimated else 0))
        out.write(f"ev-{s}-{k},BN{s:08d},{status},{'estimated' if estimated else 'actual'},"
                  f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')},{places[(s + k) % len(places)]},MAEU\n")
        n += 1
if out: out.close()
PY
}

# cli ARGS...: ./deskhand ARGS on the bench database (JAVA_OPTS for the JVM), stdout and stderr to $work/cli.log
cli() {
  DESKHAND_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DESKHAND_DB_USER=$PGUSER DESKHAND_DB_PASSWORD="" \
  DESKHAND_AUDIT_KEY=$AUDIT_KEY DESKHAND_DOCUMENTS_KEY=$DOCUMENTS_KEY DESKHAND_DATA_DIR="$work" \
    "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$JAR" "$@" >> "$work/cli.log" 2>&1
}

# cli_bg ARGS...: as cli, in the background; $cli_pid is the JVM's own process id
cli_bg() {
  ( export DESKHAND_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DESKHAND_DB_USER=$PGUSER DESKHAND_DB_PASSWORD="" \
      DESKHAND_AUDIT_KEY=$AUDIT_KEY DESKHAND_DOCUMENTS_KEY=$DOCUMENTS_KEY DESKHAND_DATA_DIR="$work"
    exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$JAR" "$@" >> "$work/cli.log" 2>&1 ) &
  cli_pid=$!
}

# the demo workspace: Deskhand started once on the fresh database (migrations and demo data), then stopped
prepare_workspace() {
  start_app
  stop_app
  [ "$(sql "select count(*) from workspace.workspace where slug = 'nordhavn'")" -eq 1 ] \
    || { echo "ingest: no demo workspace" >&2; exit 1; }
}
