-- AlterTable
ALTER TABLE "ArticleSignOff" ADD COLUMN     "nothingCheckWorthy" TEXT;

-- Database-only rules (hand-written).
-- Signed off as having nothing check-worthy: says why, and covers no annotation (an article with findings settles each one).
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_nothing_check_worthy_check" CHECK ("nothingCheckWorthy" IS NULL OR (length(btrim("nothingCheckWorthy")) > 0 AND "coverage" = '[]'::jsonb));
