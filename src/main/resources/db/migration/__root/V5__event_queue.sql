-- Events a module takes in batches instead of one by one (shared.events.EventQueue, docs/ARCHITECTURE.md "Events in
-- batches"). A row is appended in the publishing transaction, one per consumer, and deleted in the transaction that
-- processes it: what is here is what a consumer has still to do. A row whose processing failed on its own keeps
-- its attempts and last error and waits until not_before. New table only: nothing is locked or rewritten.
create table event_queue (
    id                bigint       generated always as identity primary key,
    consumer          text         not null,
    event_type        text         not null,
    serialized_event  text         not null,
    published_at      timestamptz  not null default now(),
    attempts          int          not null default 0,
    last_error        text,
    not_before        timestamptz  not null default '-infinity'
);
-- a drain takes a consumer's oldest rows
create index event_queue_consumer on event_queue (consumer, id);
-- Every row is deleted soon after it is written: vacuumed after a thousand dead rows, not after a fifth of the table,
-- so that drains do not walk through dead entries.
alter table event_queue set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
