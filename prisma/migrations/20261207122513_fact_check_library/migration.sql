-- Database-only setup (hand-written): the extensions and text search configurations that the
-- library's search vector and, next, every other search of the desk's memory use.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Each language's stemmer after unaccent, so "café" finds "cafe", and simple (no stemming, no stop
-- words) for names and for languages PostgreSQL has no stemmer for.
CREATE TEXT SEARCH CONFIGURATION factmark_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION factmark_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, pg_catalog.simple;
CREATE TEXT SEARCH CONFIGURATION factmark_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION factmark_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION factmark_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION factmark_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION factmark_german (COPY = german);
ALTER TEXT SEARCH CONFIGURATION factmark_german ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION factmark_spanish (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION factmark_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION factmark_italian (COPY = italian);
ALTER TEXT SEARCH CONFIGURATION factmark_italian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;
CREATE TEXT SEARCH CONFIGURATION factmark_portuguese (COPY = portuguese);
ALTER TEXT SEARCH CONFIGURATION factmark_portuguese ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
CREATE TEXT SEARCH CONFIGURATION factmark_dutch (COPY = dutch);
ALTER TEXT SEARCH CONFIGURATION factmark_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;

-- The configuration for a BCP 47 tag, English when none is given. IMMUTABLE because the mapping is
-- fixed here (a generated column may only call immutable functions).
CREATE FUNCTION factmark_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lower(split_part(coalesce(language, 'en'), '-', 1))
    WHEN 'en' THEN 'factmark_english'::regconfig
    WHEN '' THEN 'factmark_english'::regconfig
    WHEN 'fr' THEN 'factmark_french'::regconfig
    WHEN 'de' THEN 'factmark_german'::regconfig
    WHEN 'es' THEN 'factmark_spanish'::regconfig
    WHEN 'it' THEN 'factmark_italian'::regconfig
    WHEN 'pt' THEN 'factmark_portuguese'::regconfig
    WHEN 'nl' THEN 'factmark_dutch'::regconfig
    ELSE 'factmark_simple'::regconfig
  END
$$;

-- CreateEnum
CREATE TYPE "FactCheckOrigin" AS ENUM ('LIBRARY', 'DESK');

-- CreateEnum
CREATE TYPE "FactCheckStanding" AS ENUM ('CURRENT', 'REOPENED', 'CORRECTED');

-- AlterEnum
ALTER TYPE "SourceStance" ADD VALUE 'EARLIER_FACT_CHECK';

-- CreateTable
CREATE TABLE "FactCheck" (
    "id" TEXT NOT NULL,
    "origin" "FactCheckOrigin" NOT NULL DEFAULT 'LIBRARY',
    "url" TEXT,
    "claimReviewed" TEXT NOT NULL,
    "claimKey" TEXT NOT NULL,
    "headline" TEXT,
    "ratingName" TEXT,
    "ratingValue" DOUBLE PRECISION,
    "bestRating" DOUBLE PRECISION,
    "worstRating" DOUBLE PRECISION,
    "rating" "VerdictRating",
    "publisherName" TEXT,
    "publisherUrl" TEXT,
    "datePublished" DATE,
    "language" TEXT,
    "claimAuthor" TEXT,
    "claimDate" DATE,
    "appearanceUrl" TEXT,
    "annotationId" TEXT,
    "articleId" TEXT,
    "standing" "FactCheckStanding" NOT NULL DEFAULT 'CURRENT',
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(factmark_search_config("language"), "claimReviewed"), 'A') ||
        setweight(to_tsvector(factmark_search_config("language"), coalesce("headline", '')), 'B') ||
        setweight(to_tsvector('factmark_simple'::regconfig, coalesce("publisherName", '') || ' ' || coalesce("claimAuthor", '')), 'C')
    ) STORED,

    CONSTRAINT "FactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactCheckTerm" (
    "term" TEXT NOT NULL,
    "docs" INTEGER NOT NULL,

    CONSTRAINT "FactCheckTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE UNIQUE INDEX "FactCheck_annotationId_key" ON "FactCheck"("annotationId");

-- CreateIndex
CREATE INDEX "FactCheck_searchVector_idx" ON "FactCheck" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "FactCheck_origin_standing_idx" ON "FactCheck"("origin", "standing");

-- CreateIndex
CREATE INDEX "FactCheck_articleId_idx" ON "FactCheck"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "FactCheck_url_claimKey_key" ON "FactCheck"("url", "claimKey");

-- AddForeignKey
ALTER TABLE "FactCheck" ADD CONSTRAINT "FactCheck_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactCheck" ADD CONSTRAINT "FactCheck_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactCheck" ADD CONSTRAINT "FactCheck_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Database-only rules (hand-written).
-- A desk entry names its finding, an imported one has the address it was published at.
ALTER TABLE "FactCheck" ADD CONSTRAINT "FactCheck_origin_check" CHECK (
  ("origin" = 'DESK' AND "annotationId" IS NOT NULL) OR ("origin" = 'LIBRARY' AND "annotationId" IS NULL AND "url" IS NOT NULL)
);
ALTER TABLE "FactCheck" ADD CONSTRAINT "FactCheck_claim_check" CHECK (length(btrim("claimReviewed")) > 0);
ALTER TABLE "FactCheckTerm" ADD CONSTRAINT "FactCheckTerm_docs_check" CHECK ("docs" >= 0);
