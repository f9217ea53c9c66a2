-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "canonicalUrl" TEXT;

-- CreateTable
CREATE TABLE "PageSnapshot" (
    "id" TEXT NOT NULL,
    "articleId" TEXT,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "gzippedBody" BYTEA NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fetchedById" TEXT NOT NULL,

    CONSTRAINT "PageSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageSnapshot_articleId_fetchedAt_idx" ON "PageSnapshot"("articleId", "fetchedAt");

-- CreateIndex
CREATE INDEX "PageSnapshot_fetchedById_fetchedAt_idx" ON "PageSnapshot"("fetchedById", "fetchedAt");

-- AddForeignKey
ALTER TABLE "PageSnapshot" ADD CONSTRAINT "PageSnapshot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageSnapshot" ADD CONSTRAINT "PageSnapshot_fetchedById_fkey" FOREIGN KEY ("fetchedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
