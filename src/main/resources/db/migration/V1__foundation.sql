-- Scrutiny's schema, one file for SQLite and PostgreSQL. ${identity} is an auto-numbered primary key in
-- each engine's own spelling (see org.scrutiny.store.Database). Dates are ISO text (YYYY-MM-DD) and
-- instants are epoch milliseconds, so both engines store, compare and order them alike.

CREATE TABLE force (
    code     TEXT PRIMARY KEY,  -- the police.uk name: 'devon-and-cornwall'
    name     TEXT NOT NULL,     -- 'Devon and Cornwall'
    ons_code TEXT               -- 'E23000035'
);

-- A plan is kept as the files it was imported from: each import adds a version, the newest is current.
CREATE TABLE plan (
    id              ${identity},
    slug            TEXT NOT NULL UNIQUE,
    force_code      TEXT NOT NULL REFERENCES force (code),
    title           TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    current_version INTEGER NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);

CREATE TABLE plan_version (
    plan_id     BIGINT NOT NULL REFERENCES plan (id),
    version     INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    source      TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    imported_at BIGINT NOT NULL,
    imported_by TEXT NOT NULL,
    PRIMARY KEY (plan_id, version)
);

CREATE TABLE action_update (
    id          ${identity},
    plan_id     BIGINT NOT NULL REFERENCES plan (id),
    action_ref  TEXT NOT NULL,
    as_of       TEXT NOT NULL,
    status      TEXT NOT NULL,
    text        TEXT NOT NULL,
    author      TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX action_update_by_action ON action_update (plan_id, action_ref, recorded_at);

-- One import of a data file. Observations point at the load that brought them.
CREATE TABLE data_load (
    id          ${identity},
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT,
    plan_id     BIGINT REFERENCES plan (id),
    row_count   BIGINT NOT NULL,
    revisions   BIGINT NOT NULL,
    loaded_at   BIGINT NOT NULL,
    loaded_by   TEXT NOT NULL
);

-- A series is one measure for one force, for one combination of breakdown values ('' for the total;
-- otherwise 'age=children;area=rural', dimensions in alphabetical order).
CREATE TABLE series (
    id         ${identity},
    measure    TEXT NOT NULL,
    force_code TEXT NOT NULL REFERENCES force (code),
    breakdown  TEXT NOT NULL,
    UNIQUE (measure, force_code, breakdown)
);

-- Observations are never updated or deleted: a load that changes a value adds the next revision.
CREATE TABLE observation (
    series_id    BIGINT NOT NULL REFERENCES series (id),
    period       TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    value        DOUBLE PRECISION,
    numerator    DOUBLE PRECISION,
    denominator  DOUBLE PRECISION,
    status       TEXT NOT NULL CHECK (status IN ('provisional', 'final')),
    note         TEXT,
    load_id      BIGINT NOT NULL REFERENCES data_load (id),
    recorded_at  BIGINT NOT NULL,
    PRIMARY KEY (series_id, period, revision)
);
CREATE INDEX observation_by_load ON observation (load_id);

-- Rows of a load being checked, before they become observations in the same transaction.
CREATE TABLE observation_staging (
    load_id      BIGINT NOT NULL,
    line         BIGINT NOT NULL,
    measure      TEXT NOT NULL,
    force_code   TEXT NOT NULL,
    breakdown    TEXT NOT NULL,
    period       TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    value        DOUBLE PRECISION,
    numerator    DOUBLE PRECISION,
    denominator  DOUBLE PRECISION,
    status       TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX observation_staging_by_key ON observation_staging (load_id, measure, force_code, breakdown, period);

CREATE TABLE app_user (
    id            ${identity},
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('ADMIN', 'ANALYST', 'CONTRIBUTOR', 'VIEWER')),
    enabled       BOOLEAN NOT NULL,
    created_at    BIGINT NOT NULL
);
