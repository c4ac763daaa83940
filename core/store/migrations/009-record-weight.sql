-- Schema version 9: how a dated record counts in the traction reading from
-- the evidence (docs/method.md, "Findings"). A record bearing on several
-- dimensions names the one it counts for (primary_dimension; without one it
-- is shared equally among them), so that one fact is not counted two or
-- three times; and a date the source does not give, placed by the analyst
-- from context, is marked (date_imputed), so the reading can be made with
-- and without such dates. Every statement ends with a semicolon at the end of a line.

ALTER TABLE policies ADD COLUMN primary_dimension TEXT
    CHECK (primary_dimension IS NULL
           OR (primary_dimension = 'mission' AND bears_mission = 1)
           OR (primary_dimension = 'political' AND bears_political = 1)
           OR (primary_dimension = 'operational' AND bears_operational = 1));
ALTER TABLE policies ADD COLUMN date_imputed INTEGER NOT NULL DEFAULT 0 CHECK (date_imputed IN (0, 1));
ALTER TABLE milestones ADD COLUMN primary_dimension TEXT
    CHECK (primary_dimension IS NULL
           OR (primary_dimension = 'mission' AND bears_mission = 1)
           OR (primary_dimension = 'political' AND bears_political = 1)
           OR (primary_dimension = 'operational' AND bears_operational = 1));
ALTER TABLE milestones ADD COLUMN date_imputed INTEGER NOT NULL DEFAULT 0 CHECK (date_imputed IN (0, 1));
-- The shipped records whose dates the article does not give say so in their
-- text ("placed at 2019", "placed in the 13th FYP period").
UPDATE policies SET date_imputed = 1 WHERE summary LIKE '%placed at%' OR summary LIKE '%placed in%';
UPDATE milestones SET date_imputed = 1 WHERE description LIKE '%placed at%' OR description LIKE '%placed in%';
