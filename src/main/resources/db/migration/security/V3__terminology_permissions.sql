-- Terminology: every role but residents browses code systems and catalogues; the platform administrators and the
-- insurance bureau import new versions.
insert into sec_role_permission (role_code, permission) values
    ('PLATFORM_ADMIN', 'terminology:code:list'),
    ('HEALTH_REGULATOR', 'terminology:code:list'),
    ('INSURANCE_OFFICER', 'terminology:code:list'),
    ('DOCTOR', 'terminology:code:list'),
    ('INSURANCE_CLERK', 'terminology:code:list'),
    ('PLATFORM_ADMIN', 'terminology:code:import'),
    ('INSURANCE_OFFICER', 'terminology:code:import');
