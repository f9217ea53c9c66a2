-- CreateTable
CREATE TABLE "ApiTokenRateWindow" (
    "tokenId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowEndsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiTokenRateWindow_pkey" PRIMARY KEY ("tokenId")
);

-- AddForeignKey
ALTER TABLE "ApiTokenRateWindow" ADD CONSTRAINT "ApiTokenRateWindow_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
