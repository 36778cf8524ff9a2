-- Sign-in by mobile number: with the password, or with a one-time code sent to the phone (短信验证码登录).
-- A phone number signs in only when exactly one enabled account carries it; the index serves that lookup.
create index sec_user_phone on sec_user (phone) where phone is not null;

-- One-time codes: only a hash is kept; a code expires after minutes, allows a few attempts and is used once.
create table sec_login_code (
    id           bigserial    primary key,
    user_id      bigint       not null references sec_user (id),
    code_hash    char(64)     not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    attempts     smallint     not null default 0,
    used_at      timestamptz
);
create index sec_login_code_user on sec_login_code (user_id, created_at desc);
