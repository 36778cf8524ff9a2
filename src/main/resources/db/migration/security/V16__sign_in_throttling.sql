-- Sign-in throttling, shared by every application node (LoginThrottle): failed sign-ins per account and per client
-- address earn growing delays and then a temporary lock; text-message codes are limited per number (one a minute,
-- a daily cap, whether or not the number belongs to an account) and per client address (a daily cap). One row per
-- counter; updates are single upserts, so concurrent nodes count every event once.
create table sec_throttle (
    scope          varchar(20)  not null check (scope in ('LOGIN_ACCOUNT', 'LOGIN_CLIENT', 'CODE_PHONE', 'CODE_CLIENT')),
    -- an account's username (or what was typed, for names no account has), a client address, or the HMAC of a
    -- mobile number (numbers are not stored)
    key            varchar(100) not null,
    -- LOGIN_*: failures since the last success (accounts) or within the last quiet period
    failures       integer      not null default 0,
    -- CODE_*: codes sent on day
    sent           integer      not null default 0,
    day            date,
    last_at        timestamptz  not null default now(),
    blocked_until  timestamptz,
    primary key (scope, key)
);
create index sec_throttle_blocked on sec_throttle (blocked_until) where blocked_until is not null;

-- its permission is declared in SecurityPermissions (a permission catalogue), not granted here
