-- Indexes for the compliance report and its Prometheus gauges (vn.directive.compliance).
-- A unit subtree is found through unit.province_code / district_code (V1) and joined to
-- directive_unit by ix_directive_unit_unit (V2); these cover what is left.

-- Open acknowledgements, open reports and overdue candidates are counted by status, skipping the
-- finished (06) rows that make up most of a year's register.
create index ix_directive_unit_status on directive_unit (status, role);
-- Reminders sent: only the few rows with a reminder are read.
create index ix_directive_unit_reminders on directive_unit (reminders);
-- The newest directives first, for the picker of the Cockpit view.
create index ix_directive_registered_at on directive (registered_at);
