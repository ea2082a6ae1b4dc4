-- Failed sign-ins are throttled per account and per source address in access.sign_in_throttle; no account is
-- locked any more, so the person no longer counts them.
alter table workspace.person drop column failed_logins, drop column locked_until;
