-- Schema version 8: what a region's data rest on, "observed" (gathered from
-- documents and measurement) or "illustrative" (built from a narrative, as
-- the shipped cases are from the article's prose). Every verdict shows it.
-- Every statement ends with a semicolon at the end of a line.

ALTER TABLE regions ADD COLUMN data_basis TEXT NOT NULL DEFAULT 'observed'
    CHECK (data_basis IN ('observed', 'illustrative'));
-- A database seeded before version 8 holds the article's cases with the
-- shipped source note, which says they are a reading of the article, not
-- measured data: those regions are illustrative. Any other region, and a
-- region whose assessments an analyst has re-sourced, stays observed.
UPDATE regions SET data_basis = 'illustrative'
    WHERE id IN (SELECT region_id FROM assessments
                 WHERE source_note LIKE '%not measured data%' OR source_note LIKE '%非实测数据%');
