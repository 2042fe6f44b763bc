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
