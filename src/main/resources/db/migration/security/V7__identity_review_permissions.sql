-- Identity: health regulators (their region) and platform administrators review emergency (break-glass) reads;
-- platform administrators re-estimate the matching parameters from reviewed pairs and apply them.
insert into sec_role_permission (role_code, permission) values
    ('PLATFORM_ADMIN', 'identity:breakglass:list'),
    ('HEALTH_REGULATOR', 'identity:breakglass:list'),
    ('PLATFORM_ADMIN', 'identity:breakglass:review'),
    ('HEALTH_REGULATOR', 'identity:breakglass:review'),
    ('PLATFORM_ADMIN', 'identity:parameters:manage');
