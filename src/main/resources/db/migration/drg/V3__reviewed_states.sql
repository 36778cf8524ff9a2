-- DRG payment parameters under the shared maker–checker (org.sanyi.shared.review), like the insurance policies:
-- one version of a region waits for review at a time, and the officer who proposed a version does not review it.
-- The application refuses both before they get here (DRG-0033, DRG-0028); these hold when two requests race.
-- Existing data fits: versions are proposed and approved by different officers (the demo: ybj and ybj_audit), and
-- never two at once for a region. drg_param_version is small: the index and the check take their locks (writes
-- wait, and for the check reads too) only for the moment they take.
create unique index drg_param_version_pending on drg_param_version (region_code) where status = 'PENDING';
alter table drg_param_version add constraint drg_param_version_reviewer
    check (reviewed_by is null or reviewed_by <> proposed_by);
