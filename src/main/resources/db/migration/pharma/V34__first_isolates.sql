-- First-isolate de-duplication of the resistance rates (CLSI M39): the laboratory names the patient of each specimen
-- (optional column patient_id of the import); only a key derived from it is stored (SHA-256 of institution and id,
-- 32 hex digits), enough to tell one patient's repeat isolates apart from other patients' and nothing more. Results
-- imported before, or without a patient, have an empty key and count each as its own patient.

alter table ph_ast_result add column patient_key varchar(32) collate "C" not null default ''
    check (patient_key = '' or patient_key ~ '^[0-9a-f]{32}$');

create index ph_ast_result_first on ph_ast_result (institution_code, patient_key, organism_code, specimen_date, specimen_id);
