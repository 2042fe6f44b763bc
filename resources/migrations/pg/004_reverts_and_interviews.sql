-- Jobdeck schema 4 on PostgreSQL (as ../004_reverts_and_interviews.sql): undo events and interview times.

ALTER TABLE stage_events ADD COLUMN reverts_event_id BIGINT REFERENCES stage_events (id);

CREATE INDEX stage_events_reverts ON stage_events (reverts_event_id) WHERE reverts_event_id IS NOT NULL;

ALTER TABLE follow_up_tasks ADD COLUMN interview_at TEXT;
