-- The event publication registry holds only incomplete publications now (spring.modulith.events.completion-mode=delete):
-- a row is inserted with the publishing transaction, updated once (status PROCESSING) when its listener starts, and
-- deleted when it completes. Every live settlement goes through that three times (monitoring, pharma, monitoring
-- again for pharma's facts), so these are among the hottest writes of the platform (issue 12, bench/settlement.sh).
-- Room left on each page lets the PROCESSING update stay on its page without touching any index (a HOT update).
alter table event_publication set (fillfactor = 50);
-- The hash index on the whole serialized event cost a hash of the event's JSON at every insert and every non-HOT
-- update. The registry completes and resubmits by id; the statements that find a publication by its event instead
-- read a table of only the incomplete publications, which is small.
drop index if exists event_publication_serialized_event_hash_idx;
