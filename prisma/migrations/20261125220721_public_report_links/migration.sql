-- CreateTable
CREATE TABLE "PublicReportLink" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "PublicReportLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicReportLink_token_key" ON "PublicReportLink"("token");

-- CreateIndex
CREATE INDEX "PublicReportLink_articleId_revokedAt_idx" ON "PublicReportLink"("articleId", "revokedAt");

-- AddForeignKey
ALTER TABLE "PublicReportLink" ADD CONSTRAINT "PublicReportLink_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicReportLink" ADD CONSTRAINT "PublicReportLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicReportLink" ADD CONSTRAINT "PublicReportLink_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: at most one active public link per article (Prisma cannot express a partial index)
CREATE UNIQUE INDEX "PublicReportLink_one_active_per_article" ON "PublicReportLink"("articleId") WHERE "revokedAt" IS NULL;
