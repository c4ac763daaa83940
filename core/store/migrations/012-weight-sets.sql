-- Schema version 12: weight sets (issue 22, "weights from the data"). A
-- weight set is one named vector of indicator weights: the analyst's own, an
-- expert panel's (AHP), or one derived from the indicator values themselves
-- (entropy, CRITIC) or combined from two. Activating a set copies its weights
-- into indicators.weight, from which the scores are derived as before; at
-- most one set is active, and editing a weight by hand clears it. Every
-- statement ends with a semicolon at the end of a line.

CREATE TABLE weight_sets (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    method      TEXT    NOT NULL CHECK (method IN ('analyst', 'ahp', 'entropy', 'critic', 'combined')),
    detail      TEXT    NOT NULL DEFAULT '',
    round       INTEGER CHECK (round IS NULL OR round BETWEEN 1 AND 20),
    stage_id    INTEGER REFERENCES stages (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL CHECK (length(created_at) > 0),
    active      INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
-- At most one set is in force.
CREATE UNIQUE INDEX weight_sets_one_active ON weight_sets (active) WHERE active = 1;

CREATE TABLE weight_set_values (
    weight_set_id   INTEGER NOT NULL REFERENCES weight_sets (id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    weight          REAL    NOT NULL CHECK (weight >= 0 AND weight <= 100),
    PRIMARY KEY (weight_set_id, indicator_id)
);
CREATE INDEX weight_set_values_by_indicator ON weight_set_values (indicator_id);

-- The weights in force when the database is upgraded are the analyst's set,
-- and active: nothing has changed yet.
INSERT INTO weight_sets (name, method, detail, created_at, active)
    SELECT 'analyst', 'analyst', 'the indicator weights in force when the database was upgraded to schema 12',
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 1
    WHERE EXISTS (SELECT 1 FROM indicators);
INSERT INTO weight_set_values (weight_set_id, indicator_id, weight)
    SELECT s.id, i.id, i.weight FROM weight_sets s, indicators i WHERE s.name = 'analyst';
