-- Search of everything the desk holds (hand-edited). Each searchable row carries a weighted
-- tsvector with a GIN index, stemmed in its article's language (factmark_search_config, from the
-- fact-check library migration), and the short fields have pg_trgm indexes for near matches.
--
-- Articles: a generated column, because every input is in the row (nothing can drift and no
-- trigger has to be kept). Findings and sources: columns kept by triggers, because they need
-- other rows (the article's language, the verdict's rationale), which a generated column cannot
-- read. Only the first 100,000 characters of an article's text are indexed: a tsvector holds at
-- most 1 MB, and a text of short distinct words takes about twice its size (2 MB imports would
-- otherwise fail to save).

-- The plain text of Tiptap JSON (a rationale), as lib/validation/rich-text.ts plainText does it:
-- a paragraph's text nodes joined as they are, hard breaks and blocks as line breaks.
CREATE FUNCTION factmark_rich_text_plain(node jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN node IS NULL OR jsonb_typeof(node) <> 'object' THEN ''
    WHEN node->>'type' = 'text' THEN coalesce(node->>'text', '')
    WHEN node->>'type' = 'hardBreak' THEN E'\n'
    ELSE coalesce((
      SELECT string_agg(factmark_rich_text_plain(child), CASE WHEN node->>'type' IN ('doc', 'bulletList', 'orderedList', 'listItem') THEN E'\n' ELSE '' END ORDER BY position)
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(node->'content') = 'array' THEN node->'content' ELSE '[]'::jsonb END) WITH ORDINALITY AS c(child, position)
    ), '')
  END
$$;

-- A finding's vector: the checkable claim A, the passage and who said or holds it B, the note,
-- where a quote first appeared and the verdict's rationale C. Names are not stemmed.
CREATE FUNCTION factmark_finding_vector(config regconfig, claim text, passage text, who text, note text, origin text, rationale text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(config, coalesce(claim, '')), 'A')
      || setweight(to_tsvector(config, coalesce(passage, '')), 'B')
      || setweight(to_tsvector('factmark_simple'::regconfig, coalesce(who, '')), 'B')
      || setweight(to_tsvector(config, concat_ws(' ', note, origin, rationale)), 'C')
$$;

-- A source's vector: title A, publisher B, excerpt C, and its address D (host and path words).
CREATE FUNCTION factmark_source_vector(config regconfig, title text, publisher text, excerpt text, url text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(config, coalesce(title, '')), 'A')
      || setweight(to_tsvector('factmark_simple'::regconfig, coalesce(publisher, '')), 'B')
      || setweight(to_tsvector(config, coalesce(excerpt, '')), 'C')
      || setweight(to_tsvector('factmark_simple'::regconfig, coalesce(url, '')), 'D')
$$;

-- The query of a search: each term (a word, a number or a quoted phrase) is required, and matches
-- as it is stemmed by any of the configurations a row may be indexed with (so a French article is
-- found by its French stem, a name by its unstemmed form). A term that English drops as a stop
-- word is left out, unless every term is one ("The Who"): then they are kept as they are.
CREATE FUNCTION factmark_search_tsquery(terms text[]) RETURNS tsquery
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH configs(config) AS (
    VALUES ('factmark_english'::regconfig), ('factmark_simple'::regconfig), ('factmark_french'::regconfig), ('factmark_german'::regconfig),
           ('factmark_spanish'::regconfig), ('factmark_italian'::regconfig), ('factmark_portuguese'::regconfig), ('factmark_dutch'::regconfig)
  ), meaningful AS (
    SELECT t.term, t.position FROM unnest(terms) WITH ORDINALITY AS t(term, position)
    WHERE numnode(phraseto_tsquery('factmark_english'::regconfig, t.term)) > 0
  ), per_term AS (
    SELECT m.position, '(' || string_agg(DISTINCT '(' || q::text || ')', ' | ') || ')' AS alternatives
    FROM meaningful m CROSS JOIN configs c CROSS JOIN LATERAL phraseto_tsquery(c.config, m.term) AS q
    WHERE numnode(q) > 0
    GROUP BY m.position
  ), as_typed AS (
    SELECT '(' || string_agg(q::text, ') & (' ORDER BY t.position) || ')' AS query
    FROM unnest(terms) WITH ORDINALITY AS t(term, position) CROSS JOIN LATERAL phraseto_tsquery('factmark_simple'::regconfig, t.term) AS q
    WHERE numnode(q) > 0
  )
  SELECT coalesce(
    (SELECT string_agg(alternatives, ' & ' ORDER BY position) FROM per_term),
    (SELECT query FROM as_typed)
  )::tsquery
$$;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(factmark_search_config("language"), "title"), 'A') ||
    setweight(to_tsvector('factmark_simple'::regconfig, coalesce("byline", '') || ' ' || coalesce("publisher", '')), 'B') ||
    setweight(to_tsvector(factmark_search_config("language"), left("text", 100000)), 'D')
) STORED;

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector;

-- A finding's vector from its row, its article's language and its verdict's rationale. Also fires
-- when "searchVector" itself is set (to NULL): that is how the verdict's and the article's
-- triggers ask for it to be computed again.
CREATE FUNCTION "annotation_search_vector"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
  NEW."searchVector" := factmark_finding_vector(
    (SELECT factmark_search_config(a."language") FROM "Article" a WHERE a."id" = NEW."articleId"),
    NEW."claimText", NEW."exact", concat_ws(\' \', NEW."speaker", NEW."holder"), NEW."note", NEW."quoteOrigin",
    (SELECT factmark_rich_text_plain(v."rationale") FROM "Verdict" v WHERE v."annotationId" = NEW."id"))\073
  RETURN NEW\073
END';
CREATE TRIGGER "Annotation_search_vector" BEFORE INSERT OR UPDATE OF "claimText", "exact", "note", "speaker", "holder", "quoteOrigin", "articleId", "searchVector"
  ON "Annotation" FOR EACH ROW EXECUTE FUNCTION "annotation_search_vector"();

CREATE FUNCTION "verdict_search_vector"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
  UPDATE "Annotation" SET "searchVector" = NULL WHERE "id" = CASE WHEN TG_OP = \'DELETE\' THEN OLD."annotationId" ELSE NEW."annotationId" END\073
  RETURN NULL\073
END';
CREATE TRIGGER "Verdict_search_vector" AFTER INSERT OR DELETE OR UPDATE OF "rationale", "annotationId"
  ON "Verdict" FOR EACH ROW EXECUTE FUNCTION "verdict_search_vector"();

CREATE FUNCTION "source_search_vector"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
  NEW."searchVector" := factmark_source_vector(
    (SELECT factmark_search_config(a."language") FROM "Annotation" n JOIN "Article" a ON a."id" = n."articleId" WHERE n."id" = NEW."annotationId"),
    NEW."title", NEW."publisher", NEW."excerpt", NEW."url")\073
  RETURN NEW\073
END';
CREATE TRIGGER "Source_search_vector" BEFORE INSERT OR UPDATE OF "title", "publisher", "excerpt", "url", "annotationId", "searchVector"
  ON "Source" FOR EACH ROW EXECUTE FUNCTION "source_search_vector"();

-- A new language stems the article's findings and sources anew.
CREATE FUNCTION "article_language_search_vectors"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
  UPDATE "Annotation" SET "searchVector" = NULL WHERE "articleId" = NEW."id"\073
  UPDATE "Source" s SET "searchVector" = NULL FROM "Annotation" n WHERE n."id" = s."annotationId" AND n."articleId" = NEW."id"\073
  RETURN NULL\073
END';
CREATE TRIGGER "Article_language_search_vectors" AFTER UPDATE OF "language" ON "Article"
  FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language") EXECUTE FUNCTION "article_language_search_vectors"();

-- Existing rows: setting the column to NULL fires the triggers, which compute it.
UPDATE "Annotation" SET "searchVector" = NULL;
UPDATE "Source" SET "searchVector" = NULL;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_publisher_trgm_idx" ON "Article" USING GIN ("publisher" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Annotation_searchVector_idx" ON "Annotation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Annotation_claimText_trgm_idx" ON "Annotation" USING GIN ("claimText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Annotation_speaker_trgm_idx" ON "Annotation" USING GIN ("speaker" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Annotation_holder_trgm_idx" ON "Annotation" USING GIN ("holder" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Source_title_trgm_idx" ON "Source" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_publisher_trgm_idx" ON "Source" USING GIN ("publisher" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "FactCheck_claimReviewed_trgm_idx" ON "FactCheck" USING GIN ("claimReviewed" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "FactCheck_headline_trgm_idx" ON "FactCheck" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "FactCheck_publisherName_trgm_idx" ON "FactCheck" USING GIN ("publisherName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "FactCheck_claimAuthor_trgm_idx" ON "FactCheck" USING GIN ("claimAuthor" gin_trgm_ops);
