-- An on-demand batch audit may run a chosen set of the rules in force (the bureau checking one kind of violation over
-- a period); the run records which, comma-separated, '' for every rule of the book.
alter table sup_audit_run add column rule_ids varchar(2000) not null default '';
