-- DRG payment parameters under the shared maker–checker (org.sanyi.shared.review), like the insurance policies:
-- one version of a region waits for review at a time, and the officer who proposed a version does not review it.
-- The application refuses both before they get here (DRG-0033, DRG-0028); these hold when two requests race.
-- Existing data fits: versions are proposed and approved by different officers (the demo: ybj and ybj_audit), and
-- never two at once for a region. drg_param_version is small: the index and the check take their locks (writes
-- wait, and for the check reads too) only for the moment they take.
create unique index drg_param_version_pending on drg_param_version (region_code) where status = 'PENDING';
alter table drg_param_version add constraint drg_param_version_reviewer
    check (reviewed_by is null or reviewed_by <> proposed_by);

-- The grouping status of a settlement list is GroupingStatus's code; the CHECK lists the same codes (the DRG-0000
-- of an unknown code is FAIL). Every stored list fits: the status was always written from GroupingStatus.code().
-- Adding the constraint scans drg_setl_list once under an ACCESS EXCLUSIVE lock (uploads and reads wait): one row per
-- uploaded list, so seconds at most for a city's year. (NOT VALID plus VALIDATE would not shorten the lock here:
-- Flyway runs the script in one transaction, which keeps the first lock until it commits.)
alter table drg_setl_list add constraint drg_setl_list_status
    check (status in ('SUCCESS', 'FAIL', 'CHECK_FAILED', 'QY'));

-- The listener of the insurance settlement events moved from org.sanyi.drg.internal to org.sanyi.drg.settlementlist.
-- Spring Modulith republishes an incomplete publication to the listener it names, so publications still open in an
-- existing database are handed to the listener under its new name. The registry's table is created at startup, so a
-- new database may not have it yet (then there is nothing to hand over). Touches open publications only.
do $$
begin
    if to_regclass('event_publication') is not null then
        update event_publication
        set listener_id = replace(listener_id, 'org.sanyi.drg.internal.SettlementCases.',
                                  'org.sanyi.drg.settlementlist.SettlementCases.')
        where completion_date is null and listener_id like 'org.sanyi.drg.internal.SettlementCases.%';
    end if;
end $$;
