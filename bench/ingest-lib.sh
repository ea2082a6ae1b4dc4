# Shared by bench/ingest-bench.sh and bench/crash-import.sh: CSV files of tracking events, and Deskhand's command line
# (import-events) on the database $DB of the PostgreSQL at 127.0.0.1:5432. Source after crash-lib.sh.

# gen_events SHIPMENTS PER_SHIPMENT DIR PER_FILE [STALE]: CSV files DIR/events-NNNN.csv, PER_SHIPMENT events per
# shipment (the last one an estimated arrival two days ahead, the others actual, six hours apart, in the order a
# shipment lives), each with its own id. Shipments are in transit now: STALE percent of them (default 5) last heard
# of 30 to 69 hours ago, the others within the last 18 hours.
gen_events() {
  python3 - "$@" <<'PY'
import sys, datetime
shipments, per, folder, per_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
stale = float(sys.argv[5]) if len(sys.argv) > 5 else 5.0
statuses = ["booked", "picked-up", "gate-in", "loaded", "departed", "transshipped", "arrived", "discharged",
            "gate-out", "out-for-delivery", "delivered"]
places = ["DKAAR", "DEHAM", "NLRTM", "CNSHA", "SGSIN", "USNYC", "DKCPH", "SEGOT"]
now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
n, out, number = 0, None, 0
for s in range(1, shipments + 1):
    lag = datetime.timedelta(hours=30 + s % 40) if (s * 7919) % 10000 < stale * 100 \
        else datetime.timedelta(hours=s % 18, minutes=s % 60)
    end = now - lag
    for k in range(per):
        if n % per_file == 0:
            if out: out.close()
            number += 1
            out = open(f"{folder}/events-{number:04d}.csv", "w")
            out.write("external_id,reference,status,classifier,event_time,location,carrier\n")
        estimated = k == per - 1
        status = "arrived" if estimated else statuses[k % len(statuses)]
        t = end + datetime.timedelta(hours=48) if estimated else end - datetime.timedelta(hours=(per - 2 - k) * 6)
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
