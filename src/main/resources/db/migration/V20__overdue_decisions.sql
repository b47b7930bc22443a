-- What the assigning unit's leaders decided in Xử lý chậm trễ (user_handle_overdue), one row per decision:
-- REMIND, EXTEND (with the new deadline) or CLOSE, with the leader's note. Written by the service task that
-- carries the decision out, in the same transaction.
create table overdue_decision (
    id            varchar(36)   not null primary key,
    directive_id  varchar(36)   not null,
    unit_code     varchar(32)   not null,
    action        varchar(8)    not null,
    new_deadline  date,
    note          varchar(4000),
    decided_at    timestamp     not null,
    decided_by    varchar(128)
);
create index ix_overdue_decision_unit on overdue_decision (directive_id, unit_code, decided_at);
