-- A rule's time window (时间区间) is now read: 高频购药 counts purchases in a day, a month or a year as its rule says,
-- and a rule is refused a window its kind cannot be evaluated in (RuleKind.windows()). Until now every kind had its
-- window built in, whatever the stored value said; the stored rules whose value said otherwise are set to the window
-- they were evaluated in, so the rule books load and keep finding what they found.
update sup_rule set time_window = 'DAY'
where kind in ('FREQUENCY', 'DUPLICATE', 'BUNDLE_DUPLICATE', 'EXCLUSIVE', 'UNBUNDLING') and time_window <> 'DAY';
update sup_rule set time_window = 'MONTH'
where kind = 'FREQUENT_PURCHASE' and time_window = 'VISIT';
update sup_rule set time_window = 'INSURANCE_YEAR'
where kind in ('PEER_COST_DOCTOR', 'PEER_COST_INSTITUTION', 'SHARED_PHONE') and time_window not in ('YEAR', 'INSURANCE_YEAR');
update sup_rule set time_window = 'VISIT'
where kind not in ('FREQUENCY', 'DUPLICATE', 'BUNDLE_DUPLICATE', 'EXCLUSIVE', 'UNBUNDLING', 'FREQUENT_PURCHASE',
                   'PEER_COST_DOCTOR', 'PEER_COST_INSTITUTION', 'SHARED_PHONE')
  and time_window <> 'VISIT';
