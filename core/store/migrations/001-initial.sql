-- Schema version 1: the strategic-triangle model of Zhang Fan's article.
--
-- Every statement ends with a semicolon at the end of a line: the migrator
-- runs them one at a time, in one transaction.

-- A region at one administrative level (GB/T 2260 codes; the national level
-- uses 100000). Deleting a region deletes what belongs to it.
CREATE TABLE regions (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE
                        CHECK (length(code) = 6 AND code NOT GLOB '*[^0-9]*'),
    name_zh     TEXT    NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en     TEXT    NOT NULL DEFAULT '',
    level       TEXT    NOT NULL CHECK (level IN ('national', 'province', 'city', 'county')),
    parent_id   INTEGER REFERENCES regions (id) ON DELETE CASCADE,
    agency      TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK ((level = 'national') = (parent_id IS NULL))
);
CREATE INDEX regions_by_parent ON regions (parent_id);

-- A time slice of the evolution: initial (~2011), advantage (2016-2020),
-- target (~2025), and any an analyst adds.
CREATE TABLE stages (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
    name_zh     TEXT    NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en     TEXT    NOT NULL DEFAULT '',
    start_year  INTEGER NOT NULL CHECK (start_year BETWEEN 1900 AND 2100),
    end_year    INTEGER NOT NULL CHECK (end_year BETWEEN start_year AND 2100),
    sort_order  INTEGER NOT NULL
);

-- One region at one stage: a score per dimension (0-10, one decimal) and why.
CREATE TABLE assessments (
    id                      INTEGER PRIMARY KEY,
    region_id               INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    stage_id                INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    mission                 REAL    NOT NULL CHECK (mission BETWEEN 0 AND 10
                                        AND abs(mission * 10 - round(mission * 10)) < 1e-6),
    political               REAL    NOT NULL CHECK (political BETWEEN 0 AND 10
                                        AND abs(political * 10 - round(political * 10)) < 1e-6),
    operational             REAL    NOT NULL CHECK (operational BETWEEN 0 AND 10
                                        AND abs(operational * 10 - round(operational * 10)) < 1e-6),
    mission_rationale       TEXT    NOT NULL DEFAULT '',
    political_rationale     TEXT    NOT NULL DEFAULT '',
    operational_rationale   TEXT    NOT NULL DEFAULT '',
    source_note             TEXT    NOT NULL DEFAULT '',
    UNIQUE (region_id, stage_id)
);
CREATE INDEX assessments_by_stage ON assessments (stage_id);

-- A policy issued by the government of a region. Dates are known to a year,
-- a month or a day; bears_* say which dimensions it bears on.
CREATE TABLE policies (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE CHECK (length(trim(uid)) > 0),
    region_id       INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    title_zh        TEXT    NOT NULL CHECK (length(trim(title_zh)) > 0),
    title_en        TEXT    NOT NULL DEFAULT '',
    issuer          TEXT    NOT NULL DEFAULT '',
    date_year       INTEGER NOT NULL CHECK (date_year BETWEEN 1900 AND 2100),
    date_month      INTEGER CHECK (date_month BETWEEN 1 AND 12),
    date_day        INTEGER CHECK (date_day BETWEEN 1 AND 31),
    date_precision  TEXT    NOT NULL CHECK (
                        (date_precision = 'year'  AND date_month IS NULL     AND date_day IS NULL) OR
                        (date_precision = 'month' AND date_month IS NOT NULL AND date_day IS NULL) OR
                        (date_precision = 'day'   AND date_month IS NOT NULL AND date_day IS NOT NULL)),
    level           TEXT    NOT NULL CHECK (level IN ('national', 'province', 'city', 'county')),
    kind            TEXT    NOT NULL CHECK (kind IN ('law', 'regulation', 'plan', 'pilot', 'standard',
                                                     'platform', 'institution', 'other')),
    bears_mission       INTEGER NOT NULL DEFAULT 0 CHECK (bears_mission IN (0, 1)),
    bears_political     INTEGER NOT NULL DEFAULT 0 CHECK (bears_political IN (0, 1)),
    bears_operational   INTEGER NOT NULL DEFAULT 0 CHECK (bears_operational IN (0, 1)),
    summary         TEXT    NOT NULL DEFAULT '',
    reference       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX policies_by_region_date ON policies (region_id, date_year, date_month, date_day);
CREATE INDEX policies_by_date ON policies (date_year);

-- Something that happened in a region, with an optional quantity
-- (283 standards, 9.25 million records, 280,000 m2).
CREATE TABLE milestones (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE CHECK (length(trim(uid)) > 0),
    region_id       INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    title_zh        TEXT    NOT NULL CHECK (length(trim(title_zh)) > 0),
    title_en        TEXT    NOT NULL DEFAULT '',
    description     TEXT    NOT NULL DEFAULT '',
    date_year       INTEGER NOT NULL CHECK (date_year BETWEEN 1900 AND 2100),
    date_month      INTEGER CHECK (date_month BETWEEN 1 AND 12),
    date_day        INTEGER CHECK (date_day BETWEEN 1 AND 31),
    date_precision  TEXT    NOT NULL CHECK (
                        (date_precision = 'year'  AND date_month IS NULL     AND date_day IS NULL) OR
                        (date_precision = 'month' AND date_month IS NOT NULL AND date_day IS NULL) OR
                        (date_precision = 'day'   AND date_month IS NOT NULL AND date_day IS NOT NULL)),
    bears_mission       INTEGER NOT NULL DEFAULT 0 CHECK (bears_mission IN (0, 1)),
    bears_political     INTEGER NOT NULL DEFAULT 0 CHECK (bears_political IN (0, 1)),
    bears_operational   INTEGER NOT NULL DEFAULT 0 CHECK (bears_operational IN (0, 1)),
    quantity        REAL,
    unit            TEXT    NOT NULL DEFAULT '',
    CHECK (quantity IS NOT NULL OR unit = '')
);
CREATE INDEX milestones_by_region_date ON milestones (region_id, date_year, date_month, date_day);
CREATE INDEX milestones_by_date ON milestones (date_year);

-- Evidence: one dimension of one assessment is supported by a policy or by a
-- milestone (exactly one of the two).
CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    dimension       TEXT    NOT NULL CHECK (dimension IN ('mission', 'political', 'operational')),
    policy_id       INTEGER REFERENCES policies (id) ON DELETE CASCADE,
    milestone_id    INTEGER REFERENCES milestones (id) ON DELETE CASCADE,
    CHECK ((policy_id IS NULL) <> (milestone_id IS NULL))
);
CREATE UNIQUE INDEX evidence_policy_once ON evidence (assessment_id, dimension, policy_id)
    WHERE policy_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_milestone_once ON evidence (assessment_id, dimension, milestone_id)
    WHERE milestone_id IS NOT NULL;
CREATE INDEX evidence_by_policy ON evidence (policy_id);
CREATE INDEX evidence_by_milestone ON evidence (milestone_id);
