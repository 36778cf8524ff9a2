-- Global budget (总额付费) permissions. Insurance officers (scoped to their region) list and export budgets, propose
-- budget versions, approve other officers' proposals, post monthly advances and clear a year; the platform
-- administrator reads them; an insurance clerk of a group's lead hospital reads its own group's budget (read only).
insert into sec_role_permission (role_code, permission) values
    ('PLATFORM_ADMIN', 'insurance:budget:list'),
    ('PLATFORM_ADMIN', 'insurance:budget:export'),
    ('INSURANCE_OFFICER', 'insurance:budget:list'),
    ('INSURANCE_OFFICER', 'insurance:budget:export'),
    ('INSURANCE_OFFICER', 'insurance:budget:edit'),
    ('INSURANCE_OFFICER', 'insurance:budget:approve'),
    ('INSURANCE_OFFICER', 'insurance:budget:run'),
    ('INSURANCE_CLERK', 'insurance:budget:list'),
    ('INSURANCE_CLERK', 'insurance:budget:export');
