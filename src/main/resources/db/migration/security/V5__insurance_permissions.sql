-- Insurance permissions. Insurance officers (scoped to their region) see settlements, policy versions, the fund
-- ledger and reconciliation results, propose policy changes and approve other officers' proposals; insurance clerks
-- (scoped to their institution) see their own settlements and statements (3201). Health regulators may list
-- settlements of their region for supervision.
insert into sec_role_permission (role_code, permission) values
    ('PLATFORM_ADMIN', 'insurance:settlement:list'),
    ('PLATFORM_ADMIN', 'insurance:settlement:export'),
    ('PLATFORM_ADMIN', 'insurance:policy:list'),
    ('PLATFORM_ADMIN', 'insurance:ledger:list'),
    ('PLATFORM_ADMIN', 'insurance:reconcile:list'),
    ('PLATFORM_ADMIN', 'insurance:reconcile:run'),
    ('PLATFORM_ADMIN', 'insurance:statement:list'),
    ('INSURANCE_OFFICER', 'insurance:settlement:list'),
    ('INSURANCE_OFFICER', 'insurance:settlement:export'),
    ('INSURANCE_OFFICER', 'insurance:policy:list'),
    ('INSURANCE_OFFICER', 'insurance:policy:edit'),
    ('INSURANCE_OFFICER', 'insurance:policy:approve'),
    ('INSURANCE_OFFICER', 'insurance:ledger:list'),
    ('INSURANCE_OFFICER', 'insurance:reconcile:list'),
    ('INSURANCE_OFFICER', 'insurance:reconcile:run'),
    ('HEALTH_REGULATOR', 'insurance:settlement:list'),
    ('INSURANCE_CLERK', 'insurance:settlement:list'),
    ('INSURANCE_CLERK', 'insurance:settlement:export'),
    ('INSURANCE_CLERK', 'insurance:statement:list');
