-- Extension requests (xin gia hạn, CONTRACT section 8): a unit's leaders ask the unit that assigned the work for a
-- later report deadline, with a reason; that unit's leaders approve (with the deadline they grant) or refuse (with a
-- reason). One row per request; the process extension_request (bpmn/extension_request.bpmn) writes it.
-- open_unit is the unit's code while the request is OPEN and null once decided: the unique key then allows one open
-- request per unit and directive, however many decided ones it has (NULLs never collide, in H2 and PostgreSQL alike).
create table extension_request (
    id                   varchar(36)   not null primary key,
    directive_id         varchar(36)   not null,
    unit_code            varchar(32)   not null,
    requested_deadline   date          not null,
    reason               varchar(2000) not null,
    requested_at         timestamp     not null,
    requested_by         varchar(128),
    status               varchar(8)    not null,
    decided_deadline     date,
    decision_reason      varchar(2000),
    decided_at           timestamp,
    decided_by           varchar(128),
    process_instance_id  varchar(64),
    open_unit            varchar(32),
    constraint uq_extension_request_open unique (directive_id, open_unit)
);
create index ix_extension_request_unit on extension_request (directive_id, unit_code, requested_at);
