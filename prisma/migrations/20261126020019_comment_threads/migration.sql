-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'MENTIONED';

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "clientRequestId" TEXT,
ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "mentionedUserIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "resolvedAt" TIMESTAMP(3),
ADD COLUMN     "resolvedById" TEXT;

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_authorId_clientRequestId_key" ON "Comment"("authorId", "clientRequestId");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A comment says something: never empty, never a pasted book (mirrors lib/validation/comment.ts).
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_body_length" CHECK (char_length("body") BETWEEN 1 AND 5000);

-- A reply hangs off a thread's first comment, and only that one carries the resolved state.
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_resolved_on_thread" CHECK ("parentId" IS NULL OR "resolvedAt" IS NULL);

-- Live notifications. A new notification signals its recipient, so the header's badge updates
-- without a reload. Like the article events, NOTIFY inside the transaction is delivered at commit
-- and dropped on rollback, and the payload is only the user's id: the count is read from the table.
CREATE FUNCTION "notification_signal"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
  PERFORM pg_notify(''factmark_user_events'', NEW."userId")\073
  RETURN NULL\073
END';
CREATE TRIGGER "Notification_signal" AFTER INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION "notification_signal"();
