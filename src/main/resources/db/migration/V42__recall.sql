-- Recall (thu hồi, CONTRACT section 8): when and why an obligation ended with status 13.
alter table directive_unit add column recalled_at timestamp;
alter table directive_unit add column recall_reason varchar(2000);
