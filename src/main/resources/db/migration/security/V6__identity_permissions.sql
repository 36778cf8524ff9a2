-- Identity: hospitals register patients and verify codes; regulators review uncertain pairs and search residents;
-- residents use the portal (their code, identifiers, consents, access and scan logs).
insert into sec_role_permission (role_code, permission) values
    ('DOCTOR', 'identity:patient:register'),
    ('INSURANCE_CLERK', 'identity:patient:register'),
    ('PLATFORM_ADMIN', 'identity:resident:read'),
    ('HEALTH_REGULATOR', 'identity:resident:read'),
    ('INSURANCE_OFFICER', 'identity:resident:read'),
    ('DOCTOR', 'identity:resident:read'),
    ('INSURANCE_CLERK', 'identity:resident:read'),
    ('RESIDENT', 'identity:resident:read'),
    ('PLATFORM_ADMIN', 'identity:resident:list'),
    ('HEALTH_REGULATOR', 'identity:resident:list'),
    ('PLATFORM_ADMIN', 'identity:review:list'),
    ('HEALTH_REGULATOR', 'identity:review:list'),
    ('PLATFORM_ADMIN', 'identity:review:decide'),
    ('HEALTH_REGULATOR', 'identity:review:decide'),
    ('PLATFORM_ADMIN', 'identity:card:issue'),
    ('DOCTOR', 'identity:code:verify'),
    ('INSURANCE_CLERK', 'identity:code:verify'),
    ('DOCTOR', 'identity:evoucher:decode'),
    ('INSURANCE_CLERK', 'identity:evoucher:decode'),
    ('RESIDENT', 'identity:portal:own');
