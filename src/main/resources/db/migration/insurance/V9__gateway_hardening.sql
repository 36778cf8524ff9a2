-- Gateway hardening.

-- 1. Each gateway account's signing scheme. HIS vendors ship the provincial gateways' published scheme,
--    x-tif-signature = hex(SHA-256(timestamp + secret + nonce + timestamp)), so it is the default for new accounts.
--    The accounts issued before keep the HMAC over timestamp, nonce and body that their clients sign with; the bureau
--    switches an account either way (POST /api/insurance/gateway-accounts/{paasid}/signing-scheme, audited).
--    A column with a constant default is a catalogue change only: no rewrite of the (small) table.
alter table ins_gateway_credential add column sign_scheme varchar(12) not null default 'HMAC'
    check (sign_scheme in ('TIF-SHA256', 'HMAC'));
alter table ins_gateway_credential alter column sign_scheme set default 'TIF-SHA256';

-- 2. A settlement's diagnosis codes (comma-joined; the gateway refuses codes with a comma) were limited to 300
--    characters, so a visit with 26 diagnoses was registered but every settlement of it failed. varchar to text is
--    binary compatible: no rewrite, no index to rebuild; the ACCESS EXCLUSIVE lock lasts for the catalogue change only.
alter table ins_settlement alter column diag_codes type text;
