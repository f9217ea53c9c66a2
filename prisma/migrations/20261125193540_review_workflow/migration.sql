-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ASSIGNED', 'REVIEW_REQUESTED', 'CHANGES_REQUESTED', 'ARTICLE_SIGNED_OFF', 'ARTICLE_REOPENED');

-- AlterEnum
ALTER TYPE "ArticleStatus" ADD VALUE 'SIGNED_OFF';

-- AlterEnum
ALTER TYPE "AnnotationStatus" ADD VALUE 'DISMISSED';

-- AlterEnum
ALTER TYPE "ReviewOutcome" ADD VALUE 'DISMISSED';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "checkerId" TEXT,
ADD COLUMN     "reviewerId" TEXT;

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "lastEditedById" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ArticleSignOff" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "coverage" JSONB NOT NULL,
    "chainHead" TEXT NOT NULL,
    "signedOffById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reopenedAt" TIMESTAMP(3),
    "reopenedById" TEXT,
    "reopenReason" TEXT,

    CONSTRAINT "ArticleSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "articleId" TEXT,
    "annotationId" TEXT,
    "actorId" TEXT,
    "message" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleSignOff_articleId_createdAt_idx" ON "ArticleSignOff"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Article_checkerId_idx" ON "Article"("checkerId");

-- CreateIndex
CREATE INDEX "Article_reviewerId_idx" ON "Article"("reviewerId");

-- CreateIndex
CREATE INDEX "AuditEvent_articleId_seq_idx" ON "AuditEvent"("articleId", "seq");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_checkerId_fkey" FOREIGN KEY ("checkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_lastEditedById_fkey" FOREIGN KEY ("lastEditedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_reopenedById_fkey" FOREIGN KEY ("reopenedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Database-only rules (hand-written).
-- A request for changes or a dismissal must say why (an approval may).
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_reason_check" CHECK ("outcome" = 'APPROVED' OR length(btrim(coalesce("comment", ''))) > 0);
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_version_check" CHECK ("annotationVersion" >= 1);
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_reopen_reason_check" CHECK ("reopenedAt" IS NULL OR length(btrim(coalesce("reopenReason", ''))) > 0);
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_message_check" CHECK (length(btrim("message")) > 0);
