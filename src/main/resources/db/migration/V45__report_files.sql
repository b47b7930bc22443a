-- Files a unit attaches to its report (CONTRACT section 9, as built): kind REPORT, beside the implementing
-- document's files (kind DOCUMENT, every row before this migration). The (b/c) recipients read them with the report.
alter table document_file add column kind varchar(16) default 'DOCUMENT' not null;
