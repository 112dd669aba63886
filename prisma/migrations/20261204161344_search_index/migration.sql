-- This is an empty migration.
-- Full-text index over papers (hand-written: Prisma has no FTS5 model).
-- External content: the index stores no copy of the text, it reads "Paper" by rowid.
-- Porter stemming on top of unicode61, diacritics folded ("Schölkopf" finds "scholkopf").
CREATE VIRTUAL TABLE "paper_fts" USING fts5(
    title,
    authors,
    summary,
    content = 'Paper',
    content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Term statistics (document frequency per term) for "similar papers".
CREATE VIRTUAL TABLE "paper_fts_vocab" USING fts5vocab('paper_fts', 'row');

-- Keep the index in step with every write to "Paper", whoever makes it.
CREATE TRIGGER "paper_fts_after_insert" AFTER INSERT ON "Paper" BEGIN
    INSERT INTO "paper_fts" (rowid, title, authors, summary)
    VALUES (new.rowid, new.title, new.authors, new.summary);
END;

CREATE TRIGGER "paper_fts_after_delete" AFTER DELETE ON "Paper" BEGIN
    INSERT INTO "paper_fts" ("paper_fts", rowid, title, authors, summary)
    VALUES ('delete', old.rowid, old.title, old.authors, old.summary);
END;

CREATE TRIGGER "paper_fts_after_update" AFTER UPDATE OF title, authors, summary ON "Paper" BEGIN
    INSERT INTO "paper_fts" ("paper_fts", rowid, title, authors, summary)
    VALUES ('delete', old.rowid, old.title, old.authors, old.summary);
    INSERT INTO "paper_fts" (rowid, title, authors, summary)
    VALUES (new.rowid, new.title, new.authors, new.summary);
END;

-- Index whatever papers exist already.
INSERT INTO "paper_fts" ("paper_fts") VALUES ('rebuild');
