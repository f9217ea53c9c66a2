-- DropIndex
DROP INDEX "Annotation_clientRequestId_key";

-- DropIndex
DROP INDEX "Annotation_authorId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Annotation_authorId_clientRequestId_key" ON "Annotation"("authorId", "clientRequestId");
