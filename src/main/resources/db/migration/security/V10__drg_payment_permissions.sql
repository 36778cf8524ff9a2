-- DRG payment: settlement lists and their grouping (drg:case:list, hospitals see their own, officers their region),
-- the hospital DRG report and monthly settlement (drg:report:list; drg:settlement:run for the bureau), payment
-- parameters (weights, base rate) proposed and approved by different insurance officers.
insert into sec_role_permission (role_code, permission) values
    ('PLATFORM_ADMIN', 'drg:case:list'),
    ('PLATFORM_ADMIN', 'drg:report:list'),
    ('PLATFORM_ADMIN', 'drg:settlement:run'),
    ('PLATFORM_ADMIN', 'drg:param:list'),
    ('INSURANCE_OFFICER', 'drg:case:list'),
    ('INSURANCE_OFFICER', 'drg:report:list'),
    ('INSURANCE_OFFICER', 'drg:settlement:run'),
    ('INSURANCE_OFFICER', 'drg:param:list'),
    ('INSURANCE_OFFICER', 'drg:param:edit'),
    ('INSURANCE_OFFICER', 'drg:param:approve'),
    ('HEALTH_REGULATOR', 'drg:report:list'),
    ('HEALTH_REGULATOR', 'drg:param:list'),
    ('INSURANCE_CLERK', 'drg:case:list'),
    ('INSURANCE_CLERK', 'drg:report:list'),
    ('DOCTOR', 'drg:case:list');
