-- DropIndex
DROP INDEX "Article_createdAt_idx";

-- DropIndex
DROP INDEX "Article_status_idx";

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_status_createdAt_id_idx" ON "Article"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_title_id_idx" ON "Article"("title", "id");

-- CreateIndex
CREATE INDEX "Article_publisher_status_idx" ON "Article"("publisher", "status");

-- CreateIndex
CREATE INDEX "Annotation_articleId_deletedAt_kind_status_idx" ON "Annotation"("articleId", "deletedAt", "kind", "status");
