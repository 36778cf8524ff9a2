-- 细菌耐药 monitoring: antimicrobial susceptibility test (AST) results of the hospitals' microbiology laboratories,
-- imported per hospital as files (one line per isolate and antimicrobial, WHONET-style codes), all or nothing. The
-- resistance rate of an organism to an antimicrobial is R / (S + I + R) over the isolates tested.

create table ph_ast_import (
    id                  bigserial    primary key,
    institution_code    varchar(12)  collate "C" not null,
    institution_region  varchar(12)  collate "C" not null,
    file_name           varchar(200) not null default '',
    lines               integer      not null check (lines > 0),
    imported_by         varchar(64)  not null,
    imported_at         timestamptz  not null default now()
);

create table ph_ast_result (
    import_id           bigint       not null references ph_ast_import (id),
    institution_code    varchar(12)  collate "C" not null,
    institution_region  varchar(12)  collate "C" not null,
    specimen_id         varchar(40)  collate "C" not null,
    specimen_date       date         not null,
    organism_code       varchar(20)  collate "C" not null check (organism_code ~ '^[a-z][a-z0-9.]{1,19}$'),
    organism_name       varchar(100) not null,
    antibiotic_code     varchar(10)  collate "C" not null check (antibiotic_code ~ '^[A-Z][A-Z0-9]{1,9}$'),
    antibiotic_name     varchar(100) not null,
    interpretation      varchar(1)   not null check (interpretation in ('S', 'I', 'R')),
    primary key (institution_code, specimen_id, organism_code, antibiotic_code)
);

create index ph_ast_result_region on ph_ast_result (institution_region, specimen_date);
