-- Schema version 7: a stage's scores may be planned values rather than
-- observed ones. The target triangle (~2025) is what the provinces' 14th
-- Five-Year plans aim at: its scores are planned, and a finding that reads
-- them says "planned, not observed" instead of "supported". Every statement
-- ends with a semicolon at the end of a line.

ALTER TABLE stages ADD COLUMN status TEXT NOT NULL DEFAULT 'observed'
    CHECK (status IN ('observed', 'planned'));
-- The target stage is a plan by definition; an analyst who records what was
-- achieved imports the stage with "status": "observed".
UPDATE stages SET status = 'planned' WHERE key = 'target';
