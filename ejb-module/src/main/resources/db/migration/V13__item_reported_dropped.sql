-- V9's item.reported is no longer kept: marking an item on every report save locked the item row
-- until commit, so a deadline-day burst of saves on one document ran one at a time (benchmarks.md).
-- A re-import now asks, inside its transaction, which of the items it would remove a report speaks
-- of (the ItemsLeaving event, answered from report_entry by its item index) and keeps those.
ALTER TABLE item DROP COLUMN reported;
