-- The subject (trích yếu) of the implementing document a unit issues, shown to the units that receive it.
alter table directive_unit add column implementing_subject varchar(2000);
