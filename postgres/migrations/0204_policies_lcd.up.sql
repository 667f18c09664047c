-- Local Coverage Determinations join the standard corpus beside the NCDs
-- (policies import-lcd): their source is 'lcd'.
ALTER TABLE policies DROP CONSTRAINT policies_source_check;
ALTER TABLE policies ADD CONSTRAINT policies_source_check CHECK (source IN ('ncd', 'lcd', 'doc'));
