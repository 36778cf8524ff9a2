-- A new data-quality rule goes through the maker–checker too (issue 12): a regulator proposes it (kind ADD, the rule as
-- it would read) with a reason, another approves it — only then is it inserted into mon_validation_rule and checked —
-- or rejects it. A proposed rule does not exist yet, so the change no longer references the rule table; the code of a
-- CHANGE still names an existing rule (the service checks it). One pending change per code covers additions as well.
alter table mon_validation_rule_change drop constraint mon_validation_rule_change_rule_code_fkey;
alter table mon_validation_rule_change
    add column kind varchar(6) not null default 'CHANGE' check (kind in ('ADD', 'CHANGE'));
alter table mon_validation_rule_change
    add constraint mon_validation_rule_change_code check (rule_code ~ '^[a-z][a-z0-9_]{0,39}$');
