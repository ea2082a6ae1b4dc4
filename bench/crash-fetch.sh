#!/usr/bin/env bash
# kill -9 during fetching, 10 times: delivers N mails into a local IMAP mailbox (GreenMail on 127.0.0.1), starts
# Deskhand, and each time it is storing mail kills it with SIGKILL at a random moment; then lets it finish and counts
# what was stored against what was delivered. A lease left by a killed instance runs out by itself (45 s).
#
# Usage: [KILLS=10] bench/crash-fetch.sh [N]   (default 1500 mails)
# Needs: a JDK 21+, psql and curl, a PostgreSQL at 127.0.0.1:5432 reachable as postgres without a password
# (PGHOST/PGPORT/PGUSER otherwise). Uses the database deskhand_crash_fetch and ports 18181, 13025 and 13143.
# Prints: delivered, stored, items, and lost=X doubled=Y.
source "$(dirname "$0")/crash-lib.sh"
N=${1:-1500} KILLS=${KILLS:-10} DB=deskhand_crash_fetch APP_PORT=18181 SMTP=13025 IMAP=13143
JAR=$(jar)
fresh_database
start_mail $SMTP $IMAP "$N" "$N"
echo "crash-fetch: $N mails delivered; starting Deskhand"
start_app
add_mailbox $SMTP $IMAP
stored() { sql "select count(*) from inbox.message where mailbox_id = '$MAILBOX' and direction = 'IN'"; }
kills=0
while [ $kills -lt $KILLS ]; do
  before=$(stored)
  [ "$before" -ge "$N" ] && { echo "crash-fetch: everything was fetched after $kills kills (raise N)"; break; }
  for _ in $(seq 1 1200); do [ "$(stored)" -gt "$before" ] && break; sleep 0.1; done
  sleep "0.$(printf %03d "$(random_ms 1000)")"
  kill_app
  kills=$((kills + 1))
  echo "crash-fetch: kill -9 #$kills with $(stored) of $N stored"
  start_app
done
items() { sql "select count(*) from work.item where conversation_id in (select id from inbox.conversation where mailbox_id = '$MAILBOX')"; }
for _ in $(seq 1 300); do [ "$(stored)" -ge "$N" ] && [ "$(items)" -ge "$N" ] && break; sleep 1; done
sleep 3
stop_app
total=$(stored)
distinct=$(sql "select count(distinct rfc_message_id) from inbox.message where mailbox_id = '$MAILBOX' and direction = 'IN'")
items=$(items)
conversations=$(sql "select count(*) from inbox.conversation where mailbox_id = '$MAILBOX'")
echo "crash-fetch: delivered=$N stored=$total distinct=$distinct conversations=$conversations work-items=$items kills=$kills"
# lost: a delivered mail not stored, or a conversation without its work item; doubled: a mail stored twice, or a
# conversation with two work items (the unique index forbids that, so it would show as an error instead)
missing_items=$((conversations - items)); [ $missing_items -lt 0 ] && missing_items=0
extra_items=$((items - conversations)); [ $extra_items -lt 0 ] && extra_items=0
echo "lost=$((N - distinct + missing_items)) doubled=$((total - distinct + extra_items))"
