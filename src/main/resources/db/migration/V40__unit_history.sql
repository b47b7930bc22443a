-- The audit trail (CONTRACT section 8, History): every human step on one unit's obligation under one directive,
-- who took it, when, and what was submitted (JSON). Written in the transaction of the step itself, kept after
-- the process instance ends (the engine's history may be cleaned up; this is not).
create table unit_history (
    id            varchar(36)    not null primary key,
    directive_id  varchar(36)    not null,
    unit_code     varchar(32)    not null,
    at            timestamp      not null,
    user_id       varchar(128),
    action        varchar(32)    not null,
    details       varchar(20000)
);
create index ix_unit_history_unit on unit_history (directive_id, unit_code, at);
