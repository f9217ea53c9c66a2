-- CreateIndex
CREATE INDEX "FactCheck_createdAt_id_idx" ON "FactCheck"("createdAt", "id");

-- CreateIndex
CREATE INDEX "FactCheck_publisherName_createdAt_id_idx" ON "FactCheck"("publisherName", "createdAt", "id");
