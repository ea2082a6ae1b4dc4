-- When a person proved that the e-mail address is theirs. Accounts that exist already were created by the
-- operator (or the demo set) and count as verified since they were created; an account registered through an
-- invitation link is verified only when that link was e-mailed to the address (see docs/ARCHITECTURE.md).
alter table workspace.person add column email_verified_at timestamptz;
update workspace.person set email_verified_at = created_at;

-- When the invitation link was e-mailed to the invited address (null: shown only to the inviter).
alter table workspace.invitation add column mailed_at timestamptz;
