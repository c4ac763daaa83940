-- Schema version 11: expert panels (issue 22). An analyst sends each expert
-- a scoring packet (a workbook, data/ScoringPacket.h) per Delphi round and
-- imports it when it comes back; the answers are kept per round, as given,
-- and the latest round's answer of each expert is that expert's indicator
-- value, from which the scores are derived as before. Every statement ends
-- with a semicolon at the end of a line.

-- The database's own identity: a returned packet names the database it was
-- made from, so that it is never imported into another one. A copy of the
-- file (a backup, Save a Copy) keeps it: the copy is the same panel's data.
CREATE TABLE database_identity (
    only_row    INTEGER PRIMARY KEY CHECK (only_row = 1),
    uuid        TEXT    NOT NULL CHECK (length(uuid) = 32)
);
INSERT INTO database_identity (only_row, uuid) VALUES (1, lower(hex(randomblob(16))));

-- What a panel reports of its experts, and the language their packets are in.
ALTER TABLE raters ADD COLUMN field TEXT NOT NULL DEFAULT '';
ALTER TABLE raters ADD COLUMN experience_years INTEGER
    CHECK (experience_years IS NULL OR experience_years BETWEEN 0 AND 80);
ALTER TABLE raters ADD COLUMN language TEXT NOT NULL DEFAULT 'zh_CN'
    CHECK (language IN ('zh_CN', 'en'));

-- One workbook sent to one expert for one round and stage, over some regions.
CREATE TABLE panel_packets (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 32),
    rater_id    INTEGER NOT NULL REFERENCES raters (id) ON DELETE CASCADE,
    round       INTEGER NOT NULL CHECK (round BETWEEN 1 AND 20),
    stage_id    INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    comparisons INTEGER NOT NULL DEFAULT 0 CHECK (comparisons IN (0, 1)),
    deadline    TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL CHECK (length(created_at) > 0),
    returned_at TEXT
);
CREATE INDEX panel_packets_by_rater ON panel_packets (rater_id);
CREATE TABLE panel_packet_regions (
    packet_id   INTEGER NOT NULL REFERENCES panel_packets (id) ON DELETE CASCADE,
    region_id   INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    PRIMARY KEY (packet_id, region_id)
);
CREATE INDEX panel_packet_regions_by_region ON panel_packet_regions (region_id);

-- One expert's answer to one item in one round, as the returned packet gave
-- it: the record the round's statistics are computed from.
CREATE TABLE panel_scores (
    id              INTEGER PRIMARY KEY,
    rater_id        INTEGER NOT NULL REFERENCES raters (id) ON DELETE CASCADE,
    round           INTEGER NOT NULL CHECK (round BETWEEN 1 AND 20),
    stage_id        INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    region_id       INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    score           REAL    NOT NULL CHECK (score BETWEEN 0 AND 10
                                AND abs(score * 10 - round(score * 10)) < 1e-6),
    note            TEXT    NOT NULL DEFAULT '',
    reason          TEXT    NOT NULL DEFAULT '',
    packet_id       INTEGER REFERENCES panel_packets (id) ON DELETE SET NULL,
    UNIQUE (rater_id, stage_id, region_id, indicator_id, round)
);
CREATE INDEX panel_scores_by_round ON panel_scores (stage_id, round);
CREATE INDEX panel_scores_by_indicator ON panel_scores (indicator_id);
CREATE INDEX panel_scores_by_region ON panel_scores (region_id);
CREATE INDEX panel_scores_by_packet ON panel_scores (packet_id);

-- One expert's pairwise comparison (the analytic hierarchy process, Saaty's
-- 1–9 scale) in one round: how much more important the first item is than
-- the second, 1/9 … 9. The items are two indicators of one dimension, or two
-- dimensions; each pair is stored once, its first item the one of lower id
-- (or dimension key), the reverse judgment being the reciprocal.
CREATE TABLE panel_judgments (
    id                  INTEGER PRIMARY KEY,
    rater_id            INTEGER NOT NULL REFERENCES raters (id) ON DELETE CASCADE,
    round               INTEGER NOT NULL CHECK (round BETWEEN 1 AND 20),
    first_indicator_id  INTEGER REFERENCES indicators (id) ON DELETE CASCADE,
    second_indicator_id INTEGER REFERENCES indicators (id) ON DELETE CASCADE,
    first_dimension     TEXT    CHECK (first_dimension IN ('mission', 'political', 'operational')),
    second_dimension    TEXT    CHECK (second_dimension IN ('mission', 'political', 'operational')),
    value               REAL    NOT NULL CHECK (value >= 0.111111 AND value <= 9.0),
    packet_id           INTEGER REFERENCES panel_packets (id) ON DELETE SET NULL,
    CHECK ((first_indicator_id IS NULL) = (second_indicator_id IS NULL)),
    CHECK ((first_dimension IS NULL) = (second_dimension IS NULL)),
    CHECK ((first_indicator_id IS NULL) <> (first_dimension IS NULL)),
    CHECK (first_indicator_id IS NULL OR first_indicator_id < second_indicator_id),
    CHECK (first_dimension IS NULL OR first_dimension < second_dimension)
);
CREATE UNIQUE INDEX panel_judgments_once ON panel_judgments (
    rater_id, round, coalesce(first_indicator_id, first_dimension), coalesce(second_indicator_id, second_dimension));
CREATE INDEX panel_judgments_by_first ON panel_judgments (first_indicator_id);
CREATE INDEX panel_judgments_by_second ON panel_judgments (second_indicator_id);

-- Both indicators of a comparison belong to one dimension.
CREATE TRIGGER panel_judgments_one_dimension BEFORE INSERT ON panel_judgments
WHEN NEW.first_indicator_id IS NOT NULL
 AND (SELECT dimension FROM indicators WHERE id = NEW.first_indicator_id)
     IS NOT (SELECT dimension FROM indicators WHERE id = NEW.second_indicator_id)
BEGIN SELECT RAISE(ABORT, 'the two indicators of a comparison belong to one dimension'); END;

-- When the panel has converged: the analyst's stop rule, and how the
-- experts' comparisons are combined and which experts' are consistent enough.
CREATE TABLE panel_settings (
    only_row        INTEGER PRIMARY KEY CHECK (only_row = 1),
    max_cv          REAL    NOT NULL DEFAULT 0.25 CHECK (max_cv > 0 AND max_cv <= 5),
    significance    REAL    NOT NULL DEFAULT 0.05 CHECK (significance > 0 AND significance < 1),
    min_w           REAL    CHECK (min_w IS NULL OR (min_w >= 0 AND min_w <= 1)),
    ahp_aggregation TEXT    NOT NULL DEFAULT 'aij' CHECK (ahp_aggregation IN ('aij', 'aip')),
    max_cr          REAL    NOT NULL DEFAULT 0.10 CHECK (max_cr > 0 AND max_cr < 1)
);
INSERT INTO panel_settings (only_row) VALUES (1);
