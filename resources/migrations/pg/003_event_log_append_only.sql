-- Jobdeck schema 3 on PostgreSQL (as ../003_event_log_append_only.sql): no DELETE of an event whose application
-- still exists, and no insert that names an id already in the log (the primary key refuses it too; the
-- trigger gives the log's own message, and an INSERT ... ON CONFLICT DO UPDATE meets the update trigger).

CREATE TRIGGER stage_events_are_not_deleted BEFORE DELETE ON stage_events
    FOR EACH ROW EXECUTE FUNCTION jobdeck_stage_events_append_only();

CREATE FUNCTION jobdeck_stage_events_not_replaced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM stage_events WHERE id = NEW.id) THEN
        RAISE EXCEPTION 'stage_events is an append-only log' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER stage_events_are_not_replaced BEFORE INSERT ON stage_events
    FOR EACH ROW EXECUTE FUNCTION jobdeck_stage_events_not_replaced();
