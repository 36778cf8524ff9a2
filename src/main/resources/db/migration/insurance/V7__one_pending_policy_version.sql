-- Maker–checker (org.sanyi.shared.review) for every reviewed parameter: a key has at most one version waiting for
-- review. Budgets have this index since V4; policy versions get it here, keyed by pooling region and scheme. The
-- application refuses a second pending version with INS-0105 before it gets here; the index also holds when two
-- proposals race. Existing data fits: the platform has never proposed a second version of a key while one was
-- pending (creating the index fails, naming the key, if a database does hold two; reject one of them first).
-- A small table: CREATE INDEX blocks writes to it (not reads) for the moment it takes.
create unique index ins_policy_version_pending on ins_policy_version (region, insutype) where status = 'PENDING';
