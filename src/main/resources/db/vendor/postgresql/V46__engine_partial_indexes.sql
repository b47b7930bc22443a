-- PostgreSQL only (spring.flyway.locations: db/vendor/{vendor}). The engine indexes every column it may
-- look up, but in this application most of those columns are empty on nearly every row: no tenants, no
-- cases, no batches, no assignees on a group's task, no user on a candidate-group link, no removal time
-- until an instance ends. PostgreSQL still files each such NULL in the index, so every row the engine
-- inserts paid for index entries that no query can find (a variable, 54,510 of them in a 2025 fan-out,
-- went into eleven indexes). Each index below keeps its name and its column and now holds only the rows
-- where the column has a value: a lookup "column = ?" or "column <= ?" implies "is not null", so the
-- engine's queries use it as before, and the foreign keys' checks too (README, Benchmark).
-- What a row costs is then what it holds, not what the engine could hold.

drop index if exists ACT_IDX_VAR_CASE_EXE;
create index ACT_IDX_VAR_CASE_EXE on ACT_RU_VARIABLE (CASE_EXECUTION_ID_) where CASE_EXECUTION_ID_ is not null;
drop index if exists ACT_IDX_VAR_CASE_INST_ID;
create index ACT_IDX_VAR_CASE_INST_ID on ACT_RU_VARIABLE (CASE_INST_ID_) where CASE_INST_ID_ is not null;
drop index if exists ACT_IDX_VARIABLE_TENANT_ID;
create index ACT_IDX_VARIABLE_TENANT_ID on ACT_RU_VARIABLE (TENANT_ID_) where TENANT_ID_ is not null;
drop index if exists ACT_IDX_BATCH_ID;
create index ACT_IDX_BATCH_ID on ACT_RU_VARIABLE (BATCH_ID_) where BATCH_ID_ is not null;
drop index if exists ACT_IDX_VAR_BYTEARRAY;
create index ACT_IDX_VAR_BYTEARRAY on ACT_RU_VARIABLE (BYTEARRAY_ID_) where BYTEARRAY_ID_ is not null;
-- process variables have no task
drop index if exists ACT_IDX_VARIABLE_TASK_ID;
create index ACT_IDX_VARIABLE_TASK_ID on ACT_RU_VARIABLE (TASK_ID_) where TASK_ID_ is not null;
drop index if exists ACT_IDX_VARIABLE_TASK_NAME_TYPE;
create index ACT_IDX_VARIABLE_TASK_NAME_TYPE on ACT_RU_VARIABLE (TASK_ID_, NAME_, TYPE_) where TASK_ID_ is not null;

drop index if exists ACT_IDX_EXEC_TENANT_ID;
create index ACT_IDX_EXEC_TENANT_ID on ACT_RU_EXECUTION (TENANT_ID_) where TENANT_ID_ is not null;
-- only a called instance has a calling execution, and only an instance its business key: of a commune's four
-- executions (its place in its district's multi-instance call, its instance, its task's scope) one has each
drop index if exists ACT_IDX_EXE_SUPER;
create index ACT_IDX_EXE_SUPER on ACT_RU_EXECUTION (SUPER_EXEC_) where SUPER_EXEC_ is not null;
drop index if exists ACT_IDX_EXEC_BUSKEY;
create index ACT_IDX_EXEC_BUSKEY on ACT_RU_EXECUTION (BUSINESS_KEY_) where BUSINESS_KEY_ is not null;

drop index if exists ACT_IDX_TASK_CASE_EXEC;
create index ACT_IDX_TASK_CASE_EXEC on ACT_RU_TASK (CASE_EXECUTION_ID_) where CASE_EXECUTION_ID_ is not null;
drop index if exists ACT_IDX_TASK_CASE_DEF_ID;
create index ACT_IDX_TASK_CASE_DEF_ID on ACT_RU_TASK (CASE_DEF_ID_) where CASE_DEF_ID_ is not null;
-- a group's task has no assignee until someone claims it, and no owner
drop index if exists ACT_IDX_TASK_ASSIGNEE;
create index ACT_IDX_TASK_ASSIGNEE on ACT_RU_TASK (ASSIGNEE_) where ASSIGNEE_ is not null;
drop index if exists ACT_IDX_TASK_OWNER;
create index ACT_IDX_TASK_OWNER on ACT_RU_TASK (OWNER_) where OWNER_ is not null;
drop index if exists ACT_IDX_TASK_TENANT_ID;
create index ACT_IDX_TASK_TENANT_ID on ACT_RU_TASK (TENANT_ID_) where TENANT_ID_ is not null;
-- V3's sub-task lookup on every completion: the application creates no sub-tasks
drop index if exists ix_act_ru_task_parent;
create index ix_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_) where PARENT_TASK_ID_ is not null;

drop index if exists ACT_IDX_JOB_TENANT_ID;
create index ACT_IDX_JOB_TENANT_ID on ACT_RU_JOB (TENANT_ID_) where TENANT_ID_ is not null;
drop index if exists ACT_IDX_JOB_EXCEPTION;
create index ACT_IDX_JOB_EXCEPTION on ACT_RU_JOB (EXCEPTION_STACK_ID_) where EXCEPTION_STACK_ID_ is not null;

-- a grant to a group names no user, and rows without a user never conflict in this unique constraint:
-- as a unique index over the rows that name a user it refuses the same duplicates
alter table ACT_RU_AUTHORIZATION drop constraint if exists ACT_UNIQ_AUTH_USER;
create unique index ACT_UNIQ_AUTH_USER on ACT_RU_AUTHORIZATION (TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_) where USER_ID_ is not null;
-- the removal time is set when a finished instance's rows are due
drop index if exists ACT_IDX_AUTH_RM_TIME;
create index ACT_IDX_AUTH_RM_TIME on ACT_RU_AUTHORIZATION (REMOVAL_TIME_) where REMOVAL_TIME_ is not null;
drop index if exists ACT_IDX_AUTH_ROOT_PI;
create index ACT_IDX_AUTH_ROOT_PI on ACT_RU_AUTHORIZATION (ROOT_PROC_INST_ID_) where ROOT_PROC_INST_ID_ is not null;

-- a candidate group's link names no user, and a task's link no process definition
drop index if exists ACT_IDX_IDENT_LNK_USER;
create index ACT_IDX_IDENT_LNK_USER on ACT_RU_IDENTITYLINK (USER_ID_) where USER_ID_ is not null;
drop index if exists ACT_IDX_ATHRZ_PROCEDEF;
create index ACT_IDX_ATHRZ_PROCEDEF on ACT_RU_IDENTITYLINK (PROC_DEF_ID_) where PROC_DEF_ID_ is not null;

drop index if exists ACT_IDX_EVENT_SUBSCR_TENANT_ID;
create index ACT_IDX_EVENT_SUBSCR_TENANT_ID on ACT_RU_EVENT_SUBSCR (TENANT_ID_) where TENANT_ID_ is not null;
drop index if exists ACT_IDX_EVENT_SUBSCR_CONFIG_;
create index ACT_IDX_EVENT_SUBSCR_CONFIG_ on ACT_RU_EVENT_SUBSCR (CONFIGURATION_) where CONFIGURATION_ is not null;

-- a variable's value (the display object) belongs to no deployment
drop index if exists ACT_IDX_BYTEAR_DEPL;
create index ACT_IDX_BYTEAR_DEPL on ACT_GE_BYTEARRAY (DEPLOYMENT_ID_) where DEPLOYMENT_ID_ is not null;
drop index if exists ACT_IDX_BYTEARRAY_RM_TIME;
create index ACT_IDX_BYTEARRAY_RM_TIME on ACT_GE_BYTEARRAY (REMOVAL_TIME_) where REMOVAL_TIME_ is not null;
drop index if exists ACT_IDX_BYTEARRAY_ROOT_PI;
create index ACT_IDX_BYTEARRAY_ROOT_PI on ACT_GE_BYTEARRAY (ROOT_PROC_INST_ID_) where ROOT_PROC_INST_ID_ is not null;

-- history: the removal time is set when an instance ends
drop index if exists ACT_IDX_HI_TASK_INST_TENANT_ID;
create index ACT_IDX_HI_TASK_INST_TENANT_ID on ACT_HI_TASKINST (TENANT_ID_) where TENANT_ID_ is not null;
drop index if exists ACT_IDX_HI_TASK_INST_RM_TIME;
create index ACT_IDX_HI_TASK_INST_RM_TIME on ACT_HI_TASKINST (REMOVAL_TIME_) where REMOVAL_TIME_ is not null;
drop index if exists ACT_IDX_HI_PRO_INST_TENANT_ID;
create index ACT_IDX_HI_PRO_INST_TENANT_ID on ACT_HI_PROCINST (TENANT_ID_) where TENANT_ID_ is not null;
drop index if exists ACT_IDX_HI_PRO_INST_RM_TIME;
create index ACT_IDX_HI_PRO_INST_RM_TIME on ACT_HI_PROCINST (REMOVAL_TIME_) where REMOVAL_TIME_ is not null;
drop index if exists ACT_IDX_HI_PRO_RST_PRO_INST_ID;
create index ACT_IDX_HI_PRO_RST_PRO_INST_ID on ACT_HI_PROCINST (RESTARTED_PROC_INST_ID_) where RESTARTED_PROC_INST_ID_ is not null;
