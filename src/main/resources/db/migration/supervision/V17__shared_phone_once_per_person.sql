-- 一个手机号关联多人 is a fact about a person, not a visit: a person is flagged for it once, whichever audit period found
-- it first (the finding sits on the person's first settlement of that period). Audits of consecutive periods used to
-- flag the same person again on each period's first settlement. The index serves the check.
create index sup_suspicion_person_rule on sup_suspicion (psn_no, rule_id) where kind = 'SHARED_PHONE';
