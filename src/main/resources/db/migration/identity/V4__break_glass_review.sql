-- Review of emergency (break-glass) reads: the reader's region (so a regulator reviews the reads made in their
-- region), the reviewer's judgement and comment. ADD COLUMN without a default only changes the catalogue (a short
-- ACCESS EXCLUSIVE lock on idn_access, no rewrite); the back-fill updates the break-glass rows only.
alter table idn_access
    add column region_code     varchar(12),
    add column review_outcome  varchar(12) check (review_outcome in ('JUSTIFIED', 'UNJUSTIFIED')),
    add column review_comment  varchar(500),
    add column reviewed_by     varchar(64),
    add column reviewed_at     timestamptz;

update idn_access a set region_code = (select s.region_code from idn_source_record s
                                       where s.institution_code = a.institution_code limit 1)
where a.institution_code is not null;

create index idn_access_break_glass on idn_access (reviewed, at) where basis = 'BREAK_GLASS';
