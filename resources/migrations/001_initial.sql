-- Jobdeck schema 1. Statements end with ';' at the end of a line; a trigger body ends with a line "END;".
-- Times are ISO-8601 text in UTC ("2026-01-31T09:00:00Z"), dates "YYYY-MM-DD".

CREATE TABLE applications (
    id               INTEGER PRIMARY KEY,
    company          TEXT    NOT NULL CHECK (length(trim(company)) > 0),
    title            TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    source           TEXT    NOT NULL DEFAULT '',
    url              TEXT    NOT NULL DEFAULT '',
    location         TEXT    NOT NULL DEFAULT '',
    salary           TEXT    NOT NULL DEFAULT '',
    notes            TEXT    NOT NULL DEFAULT '',
    job_description  TEXT    NOT NULL DEFAULT '',
    applied_on       TEXT,
    -- Derived state, a cache of the event log kept in step by PipelineService in the same transaction:
    stage            TEXT    NOT NULL,
    stage_entered_at TEXT    NOT NULL,
    furthest_rank    INTEGER NOT NULL,
    archived         INTEGER NOT NULL DEFAULT 0,
    match_score      REAL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE INDEX applications_stage ON applications (stage);
CREATE INDEX applications_source ON applications (source, furthest_rank);
CREATE INDEX applications_applied_on ON applications (applied_on);

-- The immutable log. stay_seconds is how long the application had been in `previous` when this event
-- happened (known at append time), so time-in-stage needs no window over the log.
CREATE TABLE stage_events (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    previous       TEXT,
    current        TEXT    NOT NULL,
    current_rank   INTEGER NOT NULL,
    at             TEXT    NOT NULL,
    stay_seconds   INTEGER
);

CREATE INDEX stage_events_application ON stage_events (application_id, at, current_rank);
CREATE INDEX stage_events_at ON stage_events (at);
CREATE INDEX stage_events_stay ON stage_events (previous, stay_seconds, at);

CREATE TRIGGER stage_events_are_immutable BEFORE UPDATE ON stage_events
BEGIN
    SELECT RAISE(ABORT, 'stage_events is an append-only log');
END;

CREATE TABLE follow_up_tasks (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    type           TEXT    NOT NULL CHECK (type IN ('prep', 'thank_you', 'follow_up', 'custom')),
    title          TEXT    NOT NULL,
    due_at         TEXT    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'cancelled')),
    created_at     TEXT    NOT NULL,
    notified_at    TEXT,
    closed_at      TEXT
);

CREATE INDEX follow_up_tasks_due ON follow_up_tasks (status, due_at);
CREATE INDEX follow_up_tasks_application ON follow_up_tasks (application_id, status);

CREATE TABLE resumes (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    file_name  TEXT    NOT NULL DEFAULT '',
    content    TEXT    NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL
);

-- The matcher's fitted model, one row per analyzer, reloaded at start.
CREATE TABLE matcher_models (
    analyzer       TEXT PRIMARY KEY,
    format_version INTEGER NOT NULL,
    corpus_hash    TEXT    NOT NULL,
    fitted_at      TEXT    NOT NULL,
    data           BLOB    NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
