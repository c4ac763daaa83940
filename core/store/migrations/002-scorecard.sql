-- Schema version 2: the indicator scorecard, several raters, and scores that
-- are derived from indicators or set by hand.
--
-- Every statement ends with a semicolon at the end of a line: the migrator
-- runs them one at a time, in one transaction.

-- Where each score of an assessment comes from. Scores of a version 1
-- database were typed by hand and stay so.
ALTER TABLE assessments ADD COLUMN mission_origin TEXT NOT NULL DEFAULT 'hand'
    CHECK (mission_origin IN ('hand', 'derived'));
ALTER TABLE assessments ADD COLUMN political_origin TEXT NOT NULL DEFAULT 'hand'
    CHECK (political_origin IN ('hand', 'derived'));
ALTER TABLE assessments ADD COLUMN operational_origin TEXT NOT NULL DEFAULT 'hand'
    CHECK (operational_origin IN ('hand', 'derived'));

-- Choices that change what the database's own numbers mean (how raters'
-- scores are combined), so they travel with the file.
CREATE TABLE settings (
    key     TEXT PRIMARY KEY CHECK (key IN ('rater_aggregate')),
    value   TEXT NOT NULL,
    CHECK (key <> 'rater_aggregate' OR value IN ('mean', 'median'))
);

-- Someone who scores indicators: an analyst, a panel member, a reading of a source.
CREATE TABLE raters (
    id              INTEGER PRIMARY KEY,
    key             TEXT    NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    organisation    TEXT    NOT NULL DEFAULT ''
);

-- What a dimension's score is made of; weights are relative within a dimension.
CREATE TABLE indicators (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
    dimension   TEXT    NOT NULL CHECK (dimension IN ('mission', 'political', 'operational')),
    name_zh     TEXT    NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en     TEXT    NOT NULL DEFAULT '',
    definition  TEXT    NOT NULL DEFAULT '',
    observation TEXT    NOT NULL DEFAULT '',
    direction   TEXT    NOT NULL DEFAULT 'higher-better' CHECK (direction IN ('higher-better', 'lower-better')),
    weight      REAL    NOT NULL CHECK (weight > 0 AND weight <= 100),
    sort_order  INTEGER NOT NULL
);

-- The named anchors of an indicator's rubric on the 0-10 scale.
CREATE TABLE rubric_levels (
    id              INTEGER PRIMARY KEY,
    indicator_id    INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    score           REAL    NOT NULL CHECK (score BETWEEN 0 AND 10
                                AND abs(score * 10 - round(score * 10)) < 1e-6),
    label_zh        TEXT    NOT NULL CHECK (length(trim(label_zh)) > 0),
    label_en        TEXT    NOT NULL DEFAULT '',
    description_zh  TEXT    NOT NULL DEFAULT '',
    description_en  TEXT    NOT NULL DEFAULT '',
    UNIQUE (indicator_id, score)
);

-- One rater's score of one indicator for one region at one stage.
CREATE TABLE indicator_values (
    id              INTEGER PRIMARY KEY,
    region_id       INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    stage_id        INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    rater_id        INTEGER NOT NULL REFERENCES raters (id) ON DELETE CASCADE,
    score           REAL    NOT NULL CHECK (score BETWEEN 0 AND 10
                                AND abs(score * 10 - round(score * 10)) < 1e-6),
    note            TEXT    NOT NULL DEFAULT '',
    UNIQUE (region_id, stage_id, indicator_id, rater_id)
);
CREATE INDEX indicator_values_by_stage ON indicator_values (stage_id);
CREATE INDEX indicator_values_by_indicator ON indicator_values (indicator_id);
CREATE INDEX indicator_values_by_rater ON indicator_values (rater_id);

-- A policy or milestone that supports one indicator value.
CREATE TABLE indicator_evidence (
    id              INTEGER PRIMARY KEY,
    value_id        INTEGER NOT NULL REFERENCES indicator_values (id) ON DELETE CASCADE,
    policy_id       INTEGER REFERENCES policies (id) ON DELETE CASCADE,
    milestone_id    INTEGER REFERENCES milestones (id) ON DELETE CASCADE,
    CHECK ((policy_id IS NULL) <> (milestone_id IS NULL))
);
CREATE UNIQUE INDEX indicator_evidence_policy_once ON indicator_evidence (value_id, policy_id)
    WHERE policy_id IS NOT NULL;
CREATE UNIQUE INDEX indicator_evidence_milestone_once ON indicator_evidence (value_id, milestone_id)
    WHERE milestone_id IS NOT NULL;
CREATE INDEX indicator_evidence_by_policy ON indicator_evidence (policy_id);
CREATE INDEX indicator_evidence_by_milestone ON indicator_evidence (milestone_id);
