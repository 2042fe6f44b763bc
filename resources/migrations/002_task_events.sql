-- Jobdeck schema 2: each follow-up task remembers the stage event that created it and the one that cancelled
-- it, so undoing a move touches exactly that move's tasks even when two moves share a second (schema 1 told
-- them apart by created_at and closed_at alone). Rows from before this migration keep NULL in both.
-- SQLite adds a column with a REFERENCES clause only with a NULL default, which is what these want.

ALTER TABLE follow_up_tasks ADD COLUMN created_by_event INTEGER REFERENCES stage_events (id);
ALTER TABLE follow_up_tasks ADD COLUMN cancelled_by_event INTEGER REFERENCES stage_events (id);

-- Both serve the foreign keys (an event deleted with its application looks up the tasks that point at it)
-- and an undo's lookups. Most tasks are never cancelled by a move, so that index holds only the ones that were.
CREATE INDEX follow_up_tasks_created_by_event ON follow_up_tasks (created_by_event);
CREATE INDEX follow_up_tasks_cancelled_by_event ON follow_up_tasks (cancelled_by_event)
    WHERE cancelled_by_event IS NOT NULL;
