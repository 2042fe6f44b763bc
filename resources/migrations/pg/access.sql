-- Who may use Jobdeck on this database, run by `server init` after the migrations, every time (each statement
-- is idempotent, so a re-run also repairs grants someone removed). Members of the group role jobdeck_users get
-- exactly what the app needs: rows of their own (row-level security does the rest), an append-only event log,
-- no TRUNCATE, no DDL.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobdeck_users') THEN
        CREATE ROLE jobdeck_users NOLOGIN;
    END IF;
END;
$$;

GRANT USAGE ON SCHEMA public TO jobdeck_users;
GRANT SELECT ON jobdeck_schema TO jobdeck_users;
GRANT SELECT, INSERT, UPDATE, DELETE ON applications, follow_up_tasks, resumes, matcher_models, settings
    TO jobdeck_users;
GRANT SELECT, INSERT ON stage_events TO jobdeck_users;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO jobdeck_users;

-- Ids are handed out by one sequence per table, shared by all users; row-level security hides the others'
-- rows, so no max(id) a user can see is the high-water mark: only the sequence is. An id written explicitly
-- must therefore be one the sequence has already handed out (the redo of an undone add writes back the id it
-- had): a user writing one above it is refused, since the sequence would later hand it out again, and
-- letting users move a shared sequence would let one of them exhaust it for everybody. The owner (a restore,
-- a bulk load) may: the sequence then moves past the id, forward only, under a transaction lock ("JBID") so
-- two such writers cannot move it back past each other. The trigger's WHEN compares with the sequence's last
-- value, so rows that took nextval never call the function.
CREATE OR REPLACE FUNCTION jobdeck_claim_id() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
DECLARE
    sequence regclass := pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'id')::regclass;
BEGIN
    IF NOT has_sequence_privilege(sequence, 'UPDATE') THEN
        RAISE EXCEPTION 'id % of % was never handed out: new rows take their id from the sequence',
            NEW.id, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(1245858116, hashtext(sequence::text));
    IF NEW.id > coalesce(pg_sequence_last_value(sequence), 0) THEN
        PERFORM setval(sequence, NEW.id);
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['applications', 'stage_events', 'follow_up_tasks', 'resumes'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER INSERT ON %I FOR EACH ROW '
                       'WHEN (NEW.id > coalesce(pg_sequence_last_value(%L::regclass), 0)) '
                       'EXECUTE FUNCTION jobdeck_claim_id()',
                       name || '_claim_id', name, pg_get_serial_sequence(name, 'id'));
    END LOOP;
END;
$$;

-- Planner statistics after a bulk write (an import, a copy into the server: Database::refreshStatistics), so
-- the next report is planned for the rows now there, not for the empty tables autovacuum last saw. Users do not
-- own the tables and PostgreSQL 15 lets only the owner ANALYZE them: this runs as the owner. Statistics never
-- show a user others' rows (pg_stats hides the columns of tables with row-level security on).
CREATE OR REPLACE FUNCTION jobdeck_analyze() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
BEGIN
    ANALYZE applications, stage_events, follow_up_tasks, resumes, matcher_models, settings;
END;
$$;

REVOKE ALL ON FUNCTION jobdeck_analyze() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION jobdeck_analyze() TO jobdeck_users;
