-- Schema version 4: a policy may be a government rule (规章: a province's or
-- a city's 地方政府规章, or a ministry's 部门规章), the instrument most
-- provincial reforms of government operations support are issued as.
--
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt
-- (SQLite's "Making Other Kinds Of Table Schema Changes"). The migrator runs
-- it with foreign keys off, so dropping the old table does not cascade into
-- the evidence that cites a policy, and checks every reference before it
-- commits. Every statement ends with a semicolon at the end of a line.

CREATE TABLE policies_v4 (
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
    kind            TEXT    NOT NULL CHECK (kind IN ('law', 'regulation', 'rule', 'plan', 'pilot', 'standard',
                                                     'platform', 'institution', 'other')),
    bears_mission       INTEGER NOT NULL DEFAULT 0 CHECK (bears_mission IN (0, 1)),
    bears_political     INTEGER NOT NULL DEFAULT 0 CHECK (bears_political IN (0, 1)),
    bears_operational   INTEGER NOT NULL DEFAULT 0 CHECK (bears_operational IN (0, 1)),
    summary         TEXT    NOT NULL DEFAULT '',
    reference       TEXT    NOT NULL DEFAULT ''
);
INSERT INTO policies_v4 (id, uid, region_id, title_zh, title_en, issuer, date_year, date_month, date_day,
                         date_precision, level, kind, bears_mission, bears_political, bears_operational, summary, reference)
    SELECT id, uid, region_id, title_zh, title_en, issuer, date_year, date_month, date_day,
           date_precision, level, kind, bears_mission, bears_political, bears_operational, summary, reference
    FROM policies;
DROP TABLE policies;
ALTER TABLE policies_v4 RENAME TO policies;
CREATE INDEX policies_by_region_date ON policies (region_id, date_year, date_month, date_day);
CREATE INDEX policies_by_date ON policies (date_year);
