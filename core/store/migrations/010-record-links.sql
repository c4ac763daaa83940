-- Schema version 10: causal links between a region's records (issue 21 §6).
-- The article asserts pull ("由此, 在使命愿景的驱动下…"); an analyst records
-- that record A drove record B, with the sentence that says so and where it
-- stands in the source, so that the dates can be checked against the claim
-- (docs/method.md, "Causal links"). Each end is a policy or a milestone
-- (exactly one of the two, as in evidence); deleting a record deletes its
-- links. A record's key in a link is its id; policies and milestones number
-- apart, so the pair is unique with a milestone's id negated. Every
-- statement ends with a semicolon at the end of a line, a trigger's body
-- on one line with its END.

CREATE TABLE record_links (
    id                  INTEGER PRIMARY KEY,
    region_id           INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    from_policy_id      INTEGER REFERENCES policies (id) ON DELETE CASCADE,
    from_milestone_id   INTEGER REFERENCES milestones (id) ON DELETE CASCADE,
    to_policy_id        INTEGER REFERENCES policies (id) ON DELETE CASCADE,
    to_milestone_id     INTEGER REFERENCES milestones (id) ON DELETE CASCADE,
    quote               TEXT    NOT NULL CHECK (length(trim(quote)) > 0),
    location            TEXT    NOT NULL DEFAULT '',
    note                TEXT    NOT NULL DEFAULT '',
    CHECK ((from_policy_id IS NULL) <> (from_milestone_id IS NULL)),
    CHECK ((to_policy_id IS NULL) <> (to_milestone_id IS NULL)),
    CHECK (from_policy_id IS NULL OR to_policy_id IS NULL OR from_policy_id <> to_policy_id),
    CHECK (from_milestone_id IS NULL OR to_milestone_id IS NULL OR from_milestone_id <> to_milestone_id)
);
CREATE UNIQUE INDEX record_links_once ON record_links (
    coalesce(from_policy_id, -from_milestone_id), coalesce(to_policy_id, -to_milestone_id));
CREATE INDEX record_links_by_region ON record_links (region_id);
CREATE INDEX record_links_from_policy ON record_links (from_policy_id);
CREATE INDEX record_links_from_milestone ON record_links (from_milestone_id);
CREATE INDEX record_links_to_policy ON record_links (to_policy_id);
CREATE INDEX record_links_to_milestone ON record_links (to_milestone_id);

-- Both ends belong to the link's region: a link is read within one region's records.
CREATE TRIGGER record_links_same_region_insert BEFORE INSERT ON record_links
WHEN NEW.region_id IS NOT coalesce((SELECT region_id FROM policies WHERE id = NEW.from_policy_id),
                                   (SELECT region_id FROM milestones WHERE id = NEW.from_milestone_id))
  OR NEW.region_id IS NOT coalesce((SELECT region_id FROM policies WHERE id = NEW.to_policy_id),
                                   (SELECT region_id FROM milestones WHERE id = NEW.to_milestone_id))
BEGIN SELECT RAISE(ABORT, 'both records of a link belong to its region'); END;
CREATE TRIGGER record_links_same_region_update BEFORE UPDATE ON record_links
WHEN NEW.region_id IS NOT coalesce((SELECT region_id FROM policies WHERE id = NEW.from_policy_id),
                                   (SELECT region_id FROM milestones WHERE id = NEW.from_milestone_id))
  OR NEW.region_id IS NOT coalesce((SELECT region_id FROM policies WHERE id = NEW.to_policy_id),
                                   (SELECT region_id FROM milestones WHERE id = NEW.to_milestone_id))
BEGIN SELECT RAISE(ABORT, 'both records of a link belong to its region'); END;
