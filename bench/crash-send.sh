#!/usr/bin/env bash
# kill -9 during sending, 20 times: a local mail server (GreenMail on 127.0.0.1) delivers C customer mails, Deskhand
# fetches them (C conversations), R replies are queued in its outbox as InboxManagement.queueReply stores them, and
# each time Deskhand is sending, it is killed with SIGKILL at a random moment; then it may finish. Counts the copies
# the customer's SMTP mailbox received per Message-ID against the replies queued.
#
# Usage: [KILLS=20] [C=40] bench/crash-send.sh [R]   (default 1200 replies in C=40 conversations)
# Needs: a JDK 21+, psql and curl, a PostgreSQL at 127.0.0.1:5432 reachable as postgres without a password
# (PGHOST/PGPORT/PGUSER otherwise). Uses the database deskhand_crash_send and ports 18182, 13026 and 13144.
# Prints: queued, received, sent, and lost=X doubled=Y.
source "$(dirname "$0")/crash-lib.sh"
R=${1:-1200} C=${C:-40} KILLS=${KILLS:-20} DB=deskhand_crash_send APP_PORT=18182 SMTP=13026 IMAP=13144
JAR=$(jar)
fresh_database
start_mail $SMTP $IMAP "$C" "$C"
start_app
add_mailbox $SMTP $IMAP
for _ in $(seq 1 120); do
  [ "$(sql "select count(*) from inbox.conversation where mailbox_id = '$MAILBOX'")" -ge "$C" ] && break; sleep 1
done
stop_app
# R replies, spread over the conversations, queued as Replies.queue stores them (payload, Message-ID, thread_ref)
sql "with c as (select id, subject, row_number() over (order by id) - 1 as n from inbox.conversation where mailbox_id = '$MAILBOX'),
  r as (select g, gen_random_uuid() as id, '<crash-reply-' || g || '@crash.test>' as mid from generate_series(1, $R) g)
  insert into inbox.outgoing (id, workspace_id, mailbox_id, conversation_id, rfc_message_id, status, next_attempt_at,
    payload, automatic, created_at)
  select r.id, m.workspace_id, m.id, c.id, r.mid, 'QUEUED', now(), jsonb_build_object('fromAddress', m.address,
    'fromName', m.display_name, 'to', jsonb_build_array('kunde@kunde.test'), 'subject', 'Re: ' || c.subject,
    'body', 'Reply ' || r.g, 'inReplyTo', null, 'references', jsonb_build_array(), 'attachments', jsonb_build_array(),
    'headers', jsonb_build_object(), 'author', null), false, now()
  from r join c on c.n = r.g % $C cross join inbox.mailbox m where m.id = '$MAILBOX'"
echo "crash-send: $R replies queued in $C conversations"
sent() { sql "select count(*) from inbox.outgoing where mailbox_id = '$MAILBOX' and status = 'SENT'"; }
kills=0
start_app
while [ $kills -lt $KILLS ]; do
  before=$(sent)
  [ "$before" -ge "$R" ] && { echo "crash-send: everything was sent after $kills kills (raise R)"; break; }
  for _ in $(seq 1 600); do [ "$(sent)" -gt "$before" ] && break; sleep 0.05; done
  sleep "0.$(printf %03d "$(random_ms 600)")"
  kill_app
  kills=$((kills + 1))
  echo "crash-send: kill -9 #$kills with $(sent) of $R sent, $(sql "select count(*) from inbox.outgoing where mailbox_id = '$MAILBOX' and status = 'SENDING'") in SENDING"
  start_app
done
# let it finish: interrupted rows are taken up again after sending-stale-after (15 s here)
for _ in $(seq 1 240); do
  [ "$(sql "select count(*) from inbox.outgoing where mailbox_id = '$MAILBOX' and (status in ('QUEUED', 'SENDING') or copy_due_at is not null)")" -eq 0 ] && break
  sleep 1
done
stop_app
sentRows=$(sent)
failed=$(sql "select count(*) from inbox.outgoing where mailbox_id = '$MAILBOX' and status = 'FAILED'")
touch "$work/stop"
for _ in $(seq 1 60); do [ -f "$work/counts" ] && break; sleep 1; done
wait "$mailer" 2>/dev/null || true; mailer=""
received=$(grep -c '^<crash-reply-' "$work/counts" || true)
copies=$(awk '$1 ~ /^<crash-reply-/ {s += $2} END {print s + 0}' "$work/counts")
echo "crash-send: queued=$R sent-rows=$sentRows failed-rows=$failed distinct-received=$received copies-received=$copies kills=$kills"
echo "lost=$((R - received)) doubled=$((copies - received))"
