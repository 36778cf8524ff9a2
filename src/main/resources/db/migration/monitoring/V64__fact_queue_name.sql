-- Monitoring's consumer of the event queue takes every module's reported facts as well as settlements and reversals,
-- under a name that says so; rows queued under the old name before an upgrade are counted under the new one.
update event_queue set consumer = 'monitoring.facts' where consumer = 'monitoring.settlements';
