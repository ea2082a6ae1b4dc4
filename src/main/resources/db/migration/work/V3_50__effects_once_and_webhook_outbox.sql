-- Effects of event listeners (an escalation e-mail, a webhook post, a timeline entry) done at most once, however
-- often their publication is delivered (resubmitted, or handled on two instances at once): the listener inserts the
-- effect's key with "on conflict do nothing" in the transaction that writes the effect, and does nothing when the
-- key was there. A concurrent second insert waits for the first transaction and then finds the key.
create table work.effect (
    key     text primary key,
    done_at timestamptz not null
);

-- Escalation webhooks to post: a row is committed with its effect key, posted after commit and again with back-off
-- after a failure. A sender claims due rows with "for update skip locked" and moves next_attempt_at past a lease,
-- so two instances never post the same row at once, and a crashed sender's row is posted again after the lease.
create table work.webhook_delivery (
    id              uuid primary key,
    workspace_id    uuid not null,
    item_id         uuid not null,
    rule_id         uuid not null,
    body            text not null,
    status          text not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index webhook_delivery_due on work.webhook_delivery (next_attempt_at) where status = 'PENDING';
