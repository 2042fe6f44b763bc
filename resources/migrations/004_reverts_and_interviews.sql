-- Jobdeck schema 4 (number 3 is kept for the stage_events guard triggers): undo that truly undoes, and
-- interview times.
--
-- A compensating event (an undo) names the event it reverts. The log stays append-only: nothing is updated or
-- deleted; instead every figure reads the log without a reverted pair (the reverted event, found through this
-- column, and its compensating event, which records no stay: stay_seconds is NULL because the stay it would
-- end never happened). A redo is a new move.
ALTER TABLE stage_events ADD COLUMN reverts_event_id INTEGER REFERENCES stage_events (id);

-- Few events are ever reverted, so the index holds only the undos; "is this event reverted?" is one probe.
CREATE INDEX stage_events_reverts ON stage_events (reverts_event_id) WHERE reverts_event_id IS NOT NULL;

-- The interview a round's prep and thank-you tasks are about, when the person gave its date and time (UTC
-- ISO-8601); NULL when not given, and for every other task. It lives on the tasks, not on the immutable
-- event, because a person may set or change it after the move.
ALTER TABLE follow_up_tasks ADD COLUMN interview_at TEXT;
