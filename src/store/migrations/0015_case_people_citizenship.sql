-- 0014 The border check's list of citizenships (the citizenships of the people Retur holds) walks this index
-- one value at a time: SELECT DISTINCT read all of case_people (two rows a case, 2,000,000 at 1,000,000
-- cases) for some 200 values. Numbered 0014, not 0013: a migration of another branch is 0013.
CREATE INDEX case_people_citizenship_idx ON case_people (citizenship);
