-- Figures asked once and reported everywhere (CONTRACT section 9). directive_unit.indicators: the JSON list
-- [{"code","name","unit"}] a unit asked of its subordinates when it assigned them (what it inherited from
-- above, plus its own); null when it asked nothing. unit_figure: the figures each unit reported with its report.
alter table directive_unit add column indicators varchar(20000);
create table unit_figure (
    directive_id  varchar(36)    not null references directive (id),
    unit_code     varchar(32)    not null,
    code          varchar(40)    not null,
    amount        numeric(20, 4) not null,
    primary key (directive_id, unit_code, code)
);
-- The (b/c) recipients a unit's report goes to besides its parent: JSON [{"unitCode","name"}], unitCode null for a
-- name of the registered directive that resolves to no unit (it stays listed on the report).
alter table directive_unit add column report_to varchar(8000);
