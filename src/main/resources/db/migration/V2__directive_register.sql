-- The register of incoming directives (sổ văn bản đến): metadata and full text live here, not in
-- process variables.
create table directive (
    id                  varchar(36)   not null primary key,
    business_key        varchar(64)   not null,
    number              varchar(64),
    numeral             int,
    symbol              varchar(64),
    type                varchar(16),
    issuer              varchar(255),
    subject             varchar(2000),
    issued_on           date,
    urgency             varchar(16)   not null,
    secrecy             varchar(16)   not null,
    recipient_code      varchar(32)   not null,
    report_deadline     date          not null,
    draft_json          varchar(1048576) not null,
    full_text           varchar(1048576),
    process_instance_id varchar(64),
    registered_at       timestamp     not null,
    registered_by       varchar(128)
);
create unique index ux_directive_business_key on directive (business_key);
create unique index ux_directive_number_issuer_recipient on directive (number, issuer, recipient_code);
create index ix_directive_recipient on directive (recipient_code);

-- One row per unit a directive reached: its obligation, status (national document-exchange codes
-- 01..06) and deadlines. Written by the cascade's service tasks; read by the status and compliance APIs.
create table directive_unit (
    directive_id        varchar(36)   not null,
    unit_code           varchar(32)   not null,
    parent_code         varchar(32),
    role                varchar(16)   not null,
    task_text           varchar(20000),
    status              varchar(2)    not null,
    received_at         timestamp     not null,
    ack_due             timestamp,
    acknowledged_at     timestamp,
    refusal_reason      varchar(2000),
    report_deadline     date,
    reported_at         timestamp,
    report_summary      varchar(20000),
    implementing_number varchar(64),
    implementing_date   date,
    closed_at           timestamp,
    overdue             boolean       not null default false,
    reminders           int           not null default 0,
    process_instance_id varchar(64),
    primary key (directive_id, unit_code)
);
create index ix_directive_unit_parent on directive_unit (directive_id, parent_code);
create index ix_directive_unit_unit on directive_unit (unit_code, status);
