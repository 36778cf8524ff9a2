-- DRG: browse grouping schemes, import them and assign them to regions, group cases (one or a batch).
insert into sec_role_permission (role_code, permission) values
    ('PLATFORM_ADMIN', 'drg:scheme:list'),
    ('INSURANCE_OFFICER', 'drg:scheme:list'),
    ('HEALTH_REGULATOR', 'drg:scheme:list'),
    ('INSURANCE_CLERK', 'drg:scheme:list'),
    ('DOCTOR', 'drg:scheme:list'),
    ('PLATFORM_ADMIN', 'drg:scheme:import'),
    ('INSURANCE_OFFICER', 'drg:scheme:import'),
    ('PLATFORM_ADMIN', 'drg:group:run'),
    ('INSURANCE_OFFICER', 'drg:group:run'),
    ('INSURANCE_CLERK', 'drg:group:run'),
    ('DOCTOR', 'drg:group:run');
