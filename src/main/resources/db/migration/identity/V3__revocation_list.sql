-- Revocations in sequence, for the signed revocation list offline terminals fetch as deltas (since = the last
-- sequence number they hold). Inserts are serialised by an advisory lock held to commit, so sequence numbers become
-- visible in order and a terminal never skips one. New table only; the back-fill reads idn_card without locking it.
create table idn_revocation (
    seq         bigint generated always as identity primary key,
    kind        smallint    not null, -- CodeKind id: 1 health card, 2 e-voucher account
    subject     bigint      not null,
    revoked_at  timestamptz not null,
    reason      varchar(20)
);

insert into idn_revocation (kind, subject, revoked_at, reason)
select 1, serial, revoked_at, revoke_reason from idn_card where status = 'REVOKED' order by revoked_at, serial;
