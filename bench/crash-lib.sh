# Shared by bench/crash-fetch.sh and bench/crash-send.sh: a GreenMail server (bench/CrashMail.java), Deskhand from
# its jar on a fresh database of the PostgreSQL at 127.0.0.1:5432, and kill -9. Loopback only; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source ./.mvn/java-home.sh
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
for tool in psql curl; do command -v $tool >/dev/null || { echo "crash: $tool is missing" >&2; exit 2; }; done
work=$(mktemp -d)
app="" mailer=""
AUDIT_KEY=$(head -c32 /dev/urandom | base64) DOCUMENTS_KEY=$(head -c32 /dev/urandom | base64)
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  [ -n "$mailer" ] && { touch "$work/stop"; sleep 2; kill "$mailer" 2>/dev/null || true; }
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

sql() { psql -qAtd "$DB" -c "$1"; }

fresh_database() {
  psql -qd postgres -c "drop database if exists $DB" -c "create database $DB"
}

# start_mail SMTP_PORT IMAP_PORT N CONVERSATIONS
start_mail() {
  # offline first (fast); online when the dependency plugin is not in ~/.m2 yet (a fresh machine)
  [ -f target/crash-mail.classpath ] || ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/crash-mail.full-classpath >/dev/null 2>&1 \
    || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/crash-mail.full-classpath
  [ -f target/crash-mail.classpath ] || tr ':' '\n' < target/crash-mail.full-classpath \
    | grep -E 'greenmail|mail|activation|slf4j-api' | paste -sd: > target/crash-mail.classpath
  "$JAVA_HOME/bin/java" -cp "$(cat target/crash-mail.classpath)" bench/CrashMail.java "$1" "$2" "$work" "$3" "$4" \
    > "$work/mail.log" 2>&1 &
  mailer=$!
  for _ in $(seq 1 120); do [ -f "$work/ready" ] && return; sleep 1; done
  cat "$work/mail.log"; echo "crash: the mail server did not start" >&2; exit 1
}

jar() {
  local j; j=$(ls target/deskhand-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  [ -n "$j" ] || { ./mvnw -q -B -DskipTests package; j=$(ls target/deskhand-*.jar | grep -v original | head -n 1); }
  echo "$j"
}

# start_app: Deskhand with the demo data (off by default on an external database) and its schedulers on (poll every second, send every second, SENDING stale after 15 s)
start_app() {
  DESKHAND_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DESKHAND_DB_USER=$PGUSER DESKHAND_DB_PASSWORD="" \
  DESKHAND_AUDIT_KEY=$AUDIT_KEY DESKHAND_DOCUMENTS_KEY=$DOCUMENTS_KEY DESKHAND_DATA_DIR="$work" PORT=$APP_PORT \
  DESKHAND_ALLOW_PRIVATE_HOSTS=true DESKHAND_DEMO=true \
    "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" --deskhand.inbox.poll-interval=1s --deskhand.inbox.send-interval=1s \
    --deskhand.inbox.sending-stale-after=15s --deskhand.work.sla-check-interval=PT1H \
    --deskhand.work.recurring-interval=PT1H >> "$work/app.log" 2>&1 &
  app=$!
  local seen now; seen=$(grep -c "Deskhand is running" "$work/app.log" 2>/dev/null || true)
  for _ in $(seq 1 600); do
    # grep -c prints nothing while the log does not exist yet
    now=$(grep -c "Deskhand is running" "$work/app.log" 2>/dev/null || true)
    [ "${now:-0}" -gt "${seen:-0}" ] && return
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
  done
  tail -n 40 "$work/app.log"; echo "crash: Deskhand did not start" >&2; exit 1
}

kill_app() { kill -9 "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; }

stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; }

# add_mailbox SMTP_PORT IMAP_PORT: the support mailbox in the demo workspace, through the API with a fresh token
add_mailbox() {
  local token="dh_crash$(head -c24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  sql "insert into access.api_token (id, workspace_id, member_id, name, token_hash, expires_at, created_at, version)
    select gen_random_uuid(), m.workspace_id, m.id, 'crash', encode(sha256('$token'::bytea), 'hex'),
      now() + interval '1 day', now(), 0
    from workspace.member m join workspace.person p on p.id = m.person_id join workspace.workspace w on w.id = m.workspace_id
    where p.email = 'mette@nordhavn.example' and w.slug = 'nordhavn'"
  curl -sf -o "$work/mailbox.json" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"address\":\"support@crash.test\",\"displayName\":\"Crash\",\"imapHost\":\"127.0.0.1\",\"imapPort\":$2,
         \"imapSecurity\":\"NONE\",\"smtpHost\":\"127.0.0.1\",\"smtpPort\":$1,\"smtpSecurity\":\"NONE\",
         \"username\":\"support@crash.test\",\"password\":\"crash-password\",\"pollSeconds\":10,\"enabled\":true}" \
    "http://127.0.0.1:$APP_PORT/api/v1/workspaces/nordhavn/mailboxes" \
    || { echo "crash: adding the mailbox failed" >&2; tail -n 20 "$work/app.log"; exit 1; }
  MAILBOX=$(sql "select id from inbox.mailbox where address = 'support@crash.test'")
}

# a random number of milliseconds in [0, $1)
random_ms() { echo $(( RANDOM % $1 )); }
