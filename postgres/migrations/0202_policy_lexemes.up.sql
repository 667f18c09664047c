-- Document frequency of each full-text lexeme, refreshed after imports, so
-- a search keeps only a query's rarest (most telling) words: "class" and
-- "patient" match a third of the corpus and ranking them costs more than
-- it tells.
CREATE TABLE policy_lexemes (
    word text    PRIMARY KEY,
    ndoc integer NOT NULL
);
