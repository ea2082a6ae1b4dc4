-- An escalation rule may also e-mail a fixed address (a shared dispatch inbox, a team lead's phone gateway), and a
-- rule that only does that or posts to a webhook names no people: target_kind NONE. A rule may apply only to items
-- of one priority and/or type, like an SLA policy.
alter table work.escalation_rule drop constraint escalation_rule_target_kind_check;
alter table work.escalation_rule add constraint escalation_rule_target_kind_check
    check (target_kind in ('ROLE', 'MEMBER', 'NONE'));
alter table work.escalation_rule add column email_to text;
alter table work.escalation_rule add column match_priority text
    check (match_priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT'));
alter table work.escalation_rule add column match_type text;
