-- Schema version 6: a dimension nobody has scored yet. A new assessment
-- starts unscored; its score is derived as soon as the indicators give one,
-- or set by hand when the analyst types it. An unscored dimension keeps the
-- score 0 and no figure, finding or report reads it as a score.
--
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt
-- as in version 4; the migrator runs it with foreign keys off (the evidence
-- cites assessments) and checks every reference before it commits. Every
-- statement ends with a semicolon at the end of a line.

CREATE TABLE assessments_v6 (
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
    mission_origin          TEXT    NOT NULL DEFAULT 'hand'
                                CHECK (mission_origin IN ('hand', 'derived', 'unscored')),
    political_origin        TEXT    NOT NULL DEFAULT 'hand'
                                CHECK (political_origin IN ('hand', 'derived', 'unscored')),
    operational_origin      TEXT    NOT NULL DEFAULT 'hand'
                                CHECK (operational_origin IN ('hand', 'derived', 'unscored')),
    CHECK (mission_origin <> 'unscored' OR mission = 0),
    CHECK (political_origin <> 'unscored' OR political = 0),
    CHECK (operational_origin <> 'unscored' OR operational = 0),
    UNIQUE (region_id, stage_id)
);
INSERT INTO assessments_v6 (id, region_id, stage_id, mission, political, operational, mission_rationale,
                            political_rationale, operational_rationale, source_note, mission_origin,
                            political_origin, operational_origin)
    SELECT id, region_id, stage_id, mission, political, operational, mission_rationale,
           political_rationale, operational_rationale, source_note, mission_origin,
           political_origin, operational_origin
    FROM assessments;
DROP TABLE assessments;
ALTER TABLE assessments_v6 RENAME TO assessments;
CREATE INDEX assessments_by_stage ON assessments (stage_id);
