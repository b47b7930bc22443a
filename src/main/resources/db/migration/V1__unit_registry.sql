-- The registry of administrative units and agencies that directives are routed to.
-- Filled at start-up from the dataset named by directive.units.dataset (UnitRegistryLoader).
create table unit (
    code          varchar(32)  not null primary key,
    name          varchar(255) not null,
    kind          varchar(24)  not null,
    type          varchar(64),
    parent_code   varchar(32),
    province_code varchar(32),
    district_code varchar(32)
);
create index ix_unit_parent on unit (parent_code);
create index ix_unit_kind on unit (kind);
create index ix_unit_province on unit (province_code);
create index ix_unit_district on unit (district_code);

-- Which dataset the unit table holds, so a change of directive.units.dataset reloads it.
create table unit_dataset (
    id        int         not null primary key,
    dataset   varchar(16) not null,
    unit_count int        not null,
    loaded_at timestamp   not null
);
