-- Files of a directive: the registered directive's own (unit_code null) and the implementing document each
-- unit issued (unit_code = that unit). PDF or DOCX, at most 20 MB each. bytea is PostgreSQL's binary type;
-- H2 reads it as BINARY VARYING (up to 1 GB), so one script serves both.
create table document_file (
    id            varchar(36)   not null primary key,
    directive_id  varchar(36)   not null references directive (id),
    unit_code     varchar(32),
    name          varchar(255)  not null,
    content_type  varchar(100)  not null,
    size          bigint        not null,
    content       bytea         not null,
    uploaded_at   timestamp     not null,
    uploaded_by   varchar(128)
);
create index ix_document_file_directive on document_file (directive_id, unit_code);
