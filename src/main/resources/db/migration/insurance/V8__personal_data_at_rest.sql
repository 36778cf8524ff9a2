-- Hardening: the ledger is append-only for the application's own database role, and no ID number stays in the clear.

-- The application's role (placeholder appUser, see __root/V4) may add ledger entries and read them, nothing else;
-- it owns nothing, so it cannot disable the triggers, alter the table or change session_replication_role either.
revoke update, delete, truncate on ins_ledger_entry from "${appUser}";

-- Insured persons' ID numbers: encrypted (AES-256-GCM, certno_cipher) with a blind index for lookups (HMAC-SHA256,
-- certno_index), the keys being security's data keys wrapped under the master key. The clear column stays only until
-- the start-up step (PlaintextMigration) has encrypted the rows an older version wrote; the check refuses any new
-- clear value (NOT VALID: it does not scan the rows already there). Adding nullable columns rewrites nothing; the
-- unique index reads the table once.
alter table ins_person add column certno_cipher text, add column certno_index char(64);
alter table ins_person alter column certno drop not null;
alter table ins_person drop constraint if exists ins_person_psn_cert_type_certno_key;
alter table ins_person add constraint ins_person_certno_encrypted check (certno is null) not valid;
create unique index ins_person_certificate on ins_person (psn_cert_type, certno_index);
-- finds the rows still to encrypt without reading the others (empty once they are done)
create index ins_person_plain_certno on ins_person (psn_no) where certno is not null;

-- The message log: answers are kept encrypted whole (a replayed msgid gets them byte for byte), marked 'aes:'; the
-- start-up step encrypts the older ones, found through this index (empty once they are done).
create index ins_message_plain_answer on ins_message (msgid) where response not like 'aes:%';

-- What is kept only as a record gets its ID numbers masked like Masking.idNumbersIn (region, eight stars, last four):
-- the requests of the message log, the refused messages' errors and the certificate numbers of visits (type 02 is an
-- ID number). These updates rewrite the matching rows once.
update ins_message
set request = regexp_replace(request,
    '(?<![0-9A-Za-z])([1-9][0-9]{5})(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([0-9]{3}[0-9Xx])(?![0-9A-Za-z])',
    '\1********\5', 'g')
where request ~ '[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]';
update ins_message_error
set err_msg = regexp_replace(err_msg,
    '(?<![0-9A-Za-z])([1-9][0-9]{5})(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([0-9]{3}[0-9Xx])(?![0-9A-Za-z])',
    '\1********\5', 'g')
where err_msg ~ '[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]';
update ins_visit
set mdtrt_cert_no = regexp_replace(mdtrt_cert_no,
    '(?<![0-9A-Za-z])([1-9][0-9]{5})(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([0-9]{3}[0-9Xx])(?![0-9A-Za-z])',
    '\1********\5', 'g')
where mdtrt_cert_no ~ '[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]';
