-- A refused form on the case page (Post/Redirect/Get): what the reviewer
-- typed and why it was refused wait with their session for the one page
-- load after the redirect, so a refresh never resubmits.
ALTER TABLE sessions ADD COLUMN pending jsonb;
