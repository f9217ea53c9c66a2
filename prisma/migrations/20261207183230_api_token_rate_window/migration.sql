-- CreateTable
-- UNLOGGED: counted on every API request with a token, and a count lost in a crash costs nothing
-- (the table comes back empty, every window starts afresh), so its writes skip the WAL and the
-- commit waits for no disk flush. Prisma models no table persistence: written here by hand.
CREATE UNLOGGED TABLE "ApiTokenRateWindow" (
    "tokenId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowEndsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiTokenRateWindow_pkey" PRIMARY KEY ("tokenId")
);

-- AddForeignKey
ALTER TABLE "ApiTokenRateWindow" ADD CONSTRAINT "ApiTokenRateWindow_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
