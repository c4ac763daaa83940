-- Schema version 5: comparison sets, the named and ordered selections of
-- regions an analyst saves from the navigator to compare again (set:KEY on
-- the command line); version 4 gave policies the kind "rule".
--
-- Every statement ends with a semicolon at the end of a line: the migrator
-- runs them one at a time, in one transaction.

-- The key is what a --regions list names it by, so it holds no comma and no
-- white space (it may be Chinese). char(12288) is the ideographic space.
CREATE TABLE comparison_sets (
    id      INTEGER PRIMARY KEY,
    key     TEXT    NOT NULL UNIQUE
                    CHECK (length(key) > 0
                           AND instr(key, ' ') = 0 AND instr(key, ',') = 0 AND instr(key, char(65292)) = 0
                           AND instr(key, char(9)) = 0 AND instr(key, char(10)) = 0 AND instr(key, char(13)) = 0
                           AND instr(key, char(12288)) = 0),
    name    TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    note    TEXT    NOT NULL DEFAULT ''
);

-- A set's regions in the order they are compared; a member goes with either
-- the set or the region.
CREATE TABLE comparison_set_members (
    set_id      INTEGER NOT NULL REFERENCES comparison_sets (id) ON DELETE CASCADE,
    region_id   INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (set_id, region_id),
    UNIQUE (set_id, position)
) WITHOUT ROWID;
CREATE INDEX comparison_set_members_by_region ON comparison_set_members (region_id);
