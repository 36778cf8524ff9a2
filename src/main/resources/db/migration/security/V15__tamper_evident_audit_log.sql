-- The audit log stays append-only against the application itself and becomes tamper-evident against its owner.
--
-- 1. The application's role (placeholder appUser, see __root/V4) may insert and read audit rows, nothing else: no
--    UPDATE, DELETE or TRUNCATE, and as it owns nothing it cannot disable the triggers, alter the table or set
--    session_replication_role either.
-- 2. A hash chain: every row carries chain_seq (1, 2, 3 ... without gaps), prev_hash (the row_hash of the row before,
--    32 zero bytes for the first) and row_hash = SHA-256(prev_hash || content), content being the row's fields in a
--    fixed, length-prefixed encoding (sec_audit_log_content). The owner can still rewrite rows with the triggers off,
--    but not without breaking the chain at that row, which the 审计日志 → 校验 page (AuditChain) finds: to hide a
--    change the whole chain after it would have to be recomputed, and the head shown there no longer matches what
--    was noted before.
-- 3. Keys that modules keep in the database, wrapped under the master key from configuration (KeyVault).

revoke update, delete, truncate on sec_audit_log from "${appUser}";

-- a field in the content: octet length, colon, text; '-' for null (so null and '' differ, and no separator in a
-- value can make two different rows encode alike)
create function sec_audit_field(v text) returns text language sql immutable as $$
    select case when v is null then '-' else octet_length(v)::text || ':' || v end
$$;

create function sec_audit_log_content(r sec_audit_log) returns bytea language plpgsql stable as $$
begin
    return convert_to(concat_ws('|', r.chain_seq::text, r.id::text,
        ((extract(epoch from r.at) * 1000000)::bigint)::text, sec_audit_field(r.username),
        sec_audit_field(r.role_code), sec_audit_field(r.region_code), sec_audit_field(r.institution_code),
        sec_audit_field(r.action), sec_audit_field(r.resource), sec_audit_field(r.target), sec_audit_field(r.detail),
        sec_audit_field(r.ip), sec_audit_field(r.outcome)), 'UTF8');
end $$;

-- Rewrites every existing row once (oldest first), under the exclusive lock ALTER TABLE takes: a large log makes this
-- step take a while. The update trigger is off only inside this transaction.
alter table sec_audit_log add column chain_seq bigint, add column prev_hash bytea, add column row_hash bytea;
alter table sec_audit_log disable trigger sec_audit_log_no_update;
do $$
declare
    r    sec_audit_log;
    n    bigint := 0;
    prev bytea  := decode(repeat('00', 32), 'hex');
begin
    for r in select * from sec_audit_log order by id loop
        n := n + 1;
        r.chain_seq := n;
        r.prev_hash := prev;
        r.row_hash := sha256(prev || sec_audit_log_content(r));
        update sec_audit_log set chain_seq = r.chain_seq, prev_hash = r.prev_hash, row_hash = r.row_hash
        where id = r.id;
        prev := r.row_hash;
    end loop;
end $$;
alter table sec_audit_log enable trigger sec_audit_log_no_update;
alter table sec_audit_log alter column chain_seq set not null, alter column prev_hash set not null,
    alter column row_hash set not null;
create unique index sec_audit_log_chain on sec_audit_log (chain_seq);

-- Links each new row to the last one. Writers from every node take the same transaction-scoped advisory lock, so
-- rows are chained one at a time in commit order: the lock is held until the inserting transaction ends, hence a
-- rolled-back row leaves no gap and the next writer always sees the row before it. Most audit rows are written in a
-- transaction of their own (the write filter, logins), so the lock is held for one insert.
create function sec_audit_log_chain() returns trigger language plpgsql as $$
declare
    last_seq  bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(7307202611150001);
    select chain_seq, row_hash into last_seq, last_hash from sec_audit_log order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := coalesce(last_hash, decode(repeat('00', 32), 'hex'));
    new.row_hash := sha256(new.prev_hash || sec_audit_log_content(new));
    return new;
end $$;
create trigger sec_audit_log_chain before insert on sec_audit_log
    for each row execute function sec_audit_log_chain();

create table sec_data_key (
    name        varchar(100) primary key,
    wrapped     bytea        not null,
    created_at  timestamptz  not null default now()
);
-- a key once made never changes: the application may add one and read them
revoke update, delete, truncate on sec_data_key from "${appUser}";

-- its permission is declared in SecurityPermissions (a permission catalogue), not granted here
