-- Failed sign-ins per key: 'account:' + SHA-256 of the submitted e-mail address (whether anyone has it or not)
-- and 'address:' + the source address. After a few failures each further attempt must wait longer; nothing is
-- locked. In the database rather than in memory: it survives restarts and holds across instances.
create table access.sign_in_throttle (
    key             text primary key,
    failures        int not null,
    last_failure_at timestamptz not null
);
create index sign_in_throttle_last_failure on access.sign_in_throttle (last_failure_at);
