-- Indexes for what a national wave (one directive to ~11,000 units) does thousands of times.
-- Runs after the engine created its ACT_* tables (EngineSchemaFirst).

-- Completing a task looks for its sub-tasks (WHERE PARENT_TASK_ID_ = ?): a full scan of every open
-- task otherwise, i.e. 10,000 rows per completion with the wave open.
create index ix_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);

-- Tasklist's filters select by task kind (Văn bản chờ tiếp nhận = user_acknowledge, ...).
create index ix_act_ru_task_def_key on ACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_);

-- Job acquisition (DUEDATE_ IS NULL OR DUEDATE_ <= now): three deadline timers per unit wait for
-- days in ACT_RU_JOB, and the job executor would scan all of them on every acquisition.
create index ix_act_ru_job_due on ACT_RU_JOB (DUEDATE_);

-- The status read of a directive, in its order, without sorting the whole tree.
create index ix_directive_unit_received on directive_unit (directive_id, received_at, unit_code);
