-- A working period may end at the end of the day (24:00, which WorkingPeriod keeps as 00:00): a member working
-- "mon-sun 00:00-24:00" was refused by the database with a 500 while the workspace's calendar took the same text.
alter table workspace.working_period drop constraint working_period_check;
alter table workspace.working_period add constraint working_period_check check (ends > starts or ends = time '00:00');
