-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "copiedFromFactCheckId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "publishedOn" DATE;

-- CreateIndex
CREATE INDEX "Verdict_copiedFromFactCheckId_idx" ON "Verdict"("copiedFromFactCheckId");

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_copiedFromFactCheckId_fkey" FOREIGN KEY ("copiedFromFactCheckId") REFERENCES "FactCheck"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Database-only rules (hand-written).
-- The same earlier fact-check is attached to a claim once: one live source per (claim, URL) with that stance.
CREATE UNIQUE INDEX "Source_earlier_fact_check_key" ON "Source"("annotationId", "url")
  WHERE "stance" = 'EARLIER_FACT_CHECK' AND "deletedAt" IS NULL;
