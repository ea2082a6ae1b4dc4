#!/usr/bin/env bash
# Two Deskhand instances on one database during an escalation wave, one killed (kill -9) and started again mid-wave:
# does any escalation e-mail or webhook go out twice?
#
# Makes a fresh database deskhand_two_nodes on the PostgreSQL at 127.0.0.1:5432, starts a local SMTP sink and a
# webhook counter (both python3, 127.0.0.1 only), two Deskhand instances on the database (the demo loaded once),
# and in the Nordhavn workspace: a calendar open around the clock, an SLA policy with a 1-minute first response,
# an escalation rule on breach (e-mail the managers + a fixed address, and a webhook), and --items work items. When
# the first escalations are recorded, instance A is killed and started again; the script then waits until the
# counts have been still for 30 s (at most --timeout s) and prints
#   emails=N doubled=D webhooks=M doubled=E
# (doubled = deliveries beyond the first of the same recipient and text). Expected: emails = items x 2, webhooks =
# items, doubled 0.
#
# Usage: bench/two-node-escalation.sh [--items 120] [--timeout 300] [--keep]
# Needs a JDK 21+, python3, curl, psql and PostgreSQL at 127.0.0.1:5432 as postgres without a password
# (PGHOST/PGPORT/PGUSER otherwise). Everything listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source ./.mvn/java-home.sh

ITEMS=120 TIMEOUT=300 KEEP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --items) ITEMS=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=deskhand_two_nodes PORT_A=18281 PORT_B=18282 SMTP_PORT=18225 HOOK_PORT=18299
for tool in python3 psql curl; do command -v $tool >/dev/null || { echo "bench: $tool is missing" >&2; exit 2; }; done
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [ -n "$KEEP" ] || rm -rf "$work"; }
trap cleanup EXIT

echo "bench: fresh database $DB"
psql -qd postgres -c "drop database if exists $DB" -c "create database $DB"
jar=$(ls target/deskhand-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -q -B -DskipTests package; jar=$(ls target/deskhand-*.jar | grep -v original | head -n 1); }

# SMTP sink: accepts every message, writes one line per message and recipient: "<rcpt>\t<subject>"
cat > "$work/smtp.py" <<'PY'
import asyncio, sys
out = open(sys.argv[2], "a", buffering=1)
async def session(reader, writer):
    def say(line): writer.write((line + "\r\n").encode())
    say("220 sink ESMTP"); rcpts = []
    while True:
        line = await reader.readline()
        if not line: break
        cmd = line.decode(errors="replace").strip(); verb = cmd[:4].upper()
        if verb in ("EHLO", "HELO"): say("250-sink"); say("250 8BITMIME")
        elif verb == "MAIL": rcpts = []; say("250 ok")
        elif verb == "RCPT": rcpts.append(cmd.split(":", 1)[1].strip().strip("<>").split(">")[0]); say("250 ok")
        elif verb == "DATA":
            say("354 go"); await writer.drain(); subject = ""
            while True:
                l = (await reader.readline()).decode(errors="replace")
                if l in (".\r\n", ".\n", ""): break
                if l.lower().startswith("subject:") and not subject: subject = l[8:].strip()
            for r in rcpts: out.write(r + "\t" + subject + "\n")
            say("250 queued")
        elif verb == "QUIT": say("221 bye"); await writer.drain(); break
        else: say("250 ok")
        await writer.drain()
    writer.close()
async def main():
    server = await asyncio.start_server(session, "127.0.0.1", int(sys.argv[1]))
    async with server: await server.serve_forever()
asyncio.run(main())
PY
# Webhook counter: one line per POST body
cat > "$work/hook.py" <<'PY'
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
out = open(sys.argv[2], "a", buffering=1)
class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode(errors="replace")
        out.write(body.replace("\n", " ") + "\n"); self.send_response(200); self.end_headers()
    def log_message(self, *args): pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
PY
: > "$work/mails" ; : > "$work/hooks"
python3 "$work/smtp.py" $SMTP_PORT "$work/mails" & pids+=($!)
python3 "$work/hook.py" $HOOK_PORT "$work/hooks" & pids+=($!)

audit_key=$(head -c32 /dev/urandom | base64) documents_key=$(head -c32 /dev/urandom | base64)
start_node() { # name port -> pid in $node_pid
  DESKHAND_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DESKHAND_DB_USER=$PGUSER DESKHAND_DB_PASSWORD="" \
  DESKHAND_AUDIT_KEY=$audit_key DESKHAND_DOCUMENTS_KEY=$documents_key DESKHAND_DEMO=true \
  DESKHAND_ALLOW_PRIVATE_HOSTS=true DESKHAND_DATA_DIR="$work/$1" PORT=$2 \
  DESKHAND_INBOX_SEND_INTERVAL=2s DESKHAND_EVENTS_STALE_AFTER=PT20S \
    "$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" --deskhand.work.sla-check-interval=PT2S \
    --deskhand.events.resubmit-interval=PT5S --deskhand.work.webhook-retry-interval=PT5S >> "$work/$1.log" 2>&1 &
  node_pid=$!
}
wait_up() { for _ in $(seq 1 180); do curl -s -o /dev/null "http://127.0.0.1:$1/login" && return 0; sleep 1; done; tail -n 40 "$work/$2.log"; exit 1; }
echo "bench: starting instances A (:$PORT_A) and B (:$PORT_B) together"
start_node a $PORT_A; pid_a=$node_pid; pids+=($pid_a)
start_node b $PORT_B; pid_b=$node_pid; pids+=($pid_b)
wait_up $PORT_A a; wait_up $PORT_B b

for _ in $(seq 1 120); do # the demo is loaded (by one of the two) after the web server is up
  [ "$(psql -qAtd $DB -c "select count(*) from workspace.workspace where slug = 'nordhavn'" 2>/dev/null)" = 1 ] && break; sleep 1
done
echo "bench: demo loaded by $(grep -l 'Demo data loaded' "$work"/a.log "$work"/b.log | wc -l) of 2 instances"
token="dh_bench$(head -c24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
psql -qd $DB -c "insert into access.api_token (id, workspace_id, member_id, name, token_hash, expires_at, created_at, version)
  select gen_random_uuid(), m.workspace_id, m.id, 'bench', encode(sha256('$token'::bytea), 'hex'), now() + interval '1 day', now(), 0
  from workspace.member m join workspace.person p on p.id = m.person_id join workspace.workspace w on w.id = m.workspace_id
  where p.email = 'mette@nordhavn.example' and w.slug = 'nordhavn'"
api() { # method path json
  local code; code=$(curl -s -o "$work/last" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data "$3" "http://127.0.0.1:$PORT_B/api/v1/workspaces/nordhavn$2")
  case "$code" in 2*) ;; *) echo "bench: $1 $2 answered $code: $(cat "$work/last")" >&2; exit 1 ;; esac
}
echo "bench: mailbox, calendar, SLA policy, escalation rule"
api POST /mailboxes "{\"address\":\"support@nordhavn.example\",\"displayName\":\"Nordhavn\",\"imapHost\":\"127.0.0.1\",\"imapPort\":9,\"imapSecurity\":\"NONE\",\"smtpHost\":\"127.0.0.1\",\"smtpPort\":$SMTP_PORT,\"smtpSecurity\":\"NONE\",\"username\":\"support\",\"password\":\"secret\",\"pollSeconds\":3600,\"enabled\":true}"
api PUT /calendar '{"timeZone":"UTC","weeklyHours":"mon-sun 00:00-24:00","closedDays":[]}'
api POST /sla-policies '{"position":0,"name":"bench","matchType":"bench","firstResponseMinutes":1,"resolutionMinutes":600,"warnShare":0.9}'
api POST /escalation-rules "{\"trigger\":\"BREACH\",\"targetRole\":\"MANAGER\",\"channels\":[\"EMAIL\",\"WEBHOOK\"],\"webhookUrl\":\"http://127.0.0.1:$HOOK_PORT/hook\",\"emailTo\":\"dispatch@nordhavn.example\",\"reassign\":false,\"matchType\":\"bench\"}"
echo "bench: $ITEMS work items, breaching their first response in a minute"
for i in $(seq 1 "$ITEMS"); do api POST /work-items "{\"type\":\"bench\",\"title\":\"Wave item $i\"}"; done

fired() { psql -qAtd $DB -c "select count(*) from work.escalation_fired"; }
for _ in $(seq 1 120); do [ "$(fired)" -gt 0 ] && break; sleep 0.5; done
echo "bench: the wave has begun ($(fired) fired): kill -9 A, start it again"
kill -9 "$pid_a"; wait "$pid_a" 2>/dev/null || true
start_node a $PORT_A; pid_a=$node_pid; pids+=($pid_a)
wait_up $PORT_A a

deadline=$(( $(date +%s) + TIMEOUT )) last="" still=0
while [ "$(date +%s)" -lt $deadline ] && [ $still -lt 30 ]; do
  now="$(wc -l < "$work/mails") $(wc -l < "$work/hooks") $(fired)"
  if [ "$now" = "$last" ]; then still=$(( still + 2 )); else still=0; last=$now; fi
  sleep 2
done
emails=$(wc -l < "$work/mails") webhooks=$(wc -l < "$work/hooks")
doubled_mails=$(( emails - $(sort -u "$work/mails" | wc -l) ))
doubled_hooks=$(( webhooks - $(sort -u "$work/hooks" | wc -l) ))
echo "bench: $(fired) escalations recorded; unfinished publications: $(psql -qAtd $DB -c 'select count(*) from event_publication where completion_date is null')"
echo "emails=$emails doubled=$doubled_mails webhooks=$webhooks doubled=$doubled_hooks"
