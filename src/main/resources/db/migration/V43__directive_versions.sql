-- Amendment (cập nhật, thay thế; CONTRACT section 8): every version of a registered directive. The directive row
-- always holds the current one (current_version); directive_version keeps each version as it was registered,
-- version 1 written from the directive row when it is first amended.
alter table directive add column current_version int default 1 not null;
create table directive_version (
    directive_id     varchar(36)      not null references directive (id),
    version          int              not null,
    number           varchar(64),
    subject          varchar(2000),
    report_deadline  date             not null,
    draft_json       varchar(1048576) not null,
    full_text        varchar(1048576),
    registered_at    timestamp        not null,
    registered_by    varchar(128),
    amendment_note   varchar(4000),
    primary key (directive_id, version)
);
