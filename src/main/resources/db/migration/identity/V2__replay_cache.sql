-- The replay cache shared by all verifying nodes: one row per accepted code (kind, subject serial, nonce) until the
-- code can no longer pass the time check. A second node inserting the same code finds the row and refuses the replay.
-- New table only: nothing is locked or rewritten.
create table idn_replay (
    kind          smallint not null,
    subject       bigint   not null,
    nonce         bigint   not null,
    forget_after  bigint   not null, -- epoch second after which the code is expired and the row may go
    primary key (kind, subject, nonce)
);
create index idn_replay_expiry on idn_replay (forget_after);
