-- Jobdeck schema 3: the event log is append-only against every way of changing a row, not only UPDATE.
-- An event goes only with its application (ON DELETE CASCADE runs after the application's row is gone, so the
-- WHEN below lets it through); a DELETE of an event whose application is still there is refused.
CREATE TRIGGER stage_events_are_not_deleted BEFORE DELETE ON stage_events
WHEN EXISTS (SELECT 1 FROM applications WHERE id = OLD.application_id)
BEGIN
    SELECT RAISE(ABORT, 'stage_events is an append-only log');
END;

-- INSERT OR REPLACE (or REPLACE) over an existing event deletes it first without firing the delete trigger
-- (SQLite fires delete triggers for REPLACE only with recursive_triggers on), so an insert that names an id
-- already in the log is refused before it gets there. An upsert's DO UPDATE meets the update trigger.
CREATE TRIGGER stage_events_are_not_replaced BEFORE INSERT ON stage_events
WHEN EXISTS (SELECT 1 FROM stage_events WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'stage_events is an append-only log');
END;
