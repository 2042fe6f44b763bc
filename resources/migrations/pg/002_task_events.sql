-- Jobdeck schema 2 on PostgreSQL (as ../002_task_events.sql): the events that created and cancelled a task.

ALTER TABLE follow_up_tasks ADD COLUMN created_by_event BIGINT REFERENCES stage_events (id);
ALTER TABLE follow_up_tasks ADD COLUMN cancelled_by_event BIGINT REFERENCES stage_events (id);

CREATE INDEX follow_up_tasks_created_by_event ON follow_up_tasks (created_by_event);
CREATE INDEX follow_up_tasks_cancelled_by_event ON follow_up_tasks (cancelled_by_event)
    WHERE cancelled_by_event IS NOT NULL;
