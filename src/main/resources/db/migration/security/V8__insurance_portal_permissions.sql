-- Residents see their own medical insurance in the portal (我的医保): enrolments, personal account, settlements.
insert into sec_role_permission (role_code, permission) values
    ('RESIDENT', 'insurance:portal:own');
