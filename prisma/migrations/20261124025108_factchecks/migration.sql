-- CreateTable
CREATE TABLE "FactCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimKy" TEXT NOT NULL,
    "claimRu" TEXT NOT NULL,
    "phrasings" TEXT NOT NULL DEFAULT '[]',
    "verdict" TEXT NOT NULL,
    "explanationKy" TEXT NOT NULL,
    "explanationRu" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "verifiedBy" TEXT NOT NULL,
    "editedBy" BIGINT,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Rumour" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "factCheckId" TEXT,
    "createdAt" DATETIME NOT NULL,
    "lastAskedAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "decidedBy" BIGINT,
    CONSTRAINT "Rumour_factCheckId_fkey" FOREIGN KEY ("factCheckId") REFERENCES "FactCheck" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RumourAsker" (
    "rumourId" INTEGER NOT NULL,
    "userId" BIGINT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "toldAt" DATETIME,

    PRIMARY KEY ("rumourId", "userId"),
    CONSTRAINT "RumourAsker_rumourId_fkey" FOREIGN KEY ("rumourId") REFERENCES "Rumour" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Subscription" (
    "userId" BIGINT NOT NULL,
    "topic" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "topic")
);

-- CreateIndex
CREATE INDEX "FactCheck_updatedAt_idx" ON "FactCheck"("updatedAt");

-- CreateIndex
CREATE INDEX "Rumour_status_lastAskedAt_idx" ON "Rumour"("status", "lastAskedAt");

-- CreateIndex
CREATE INDEX "RumourAsker_userId_idx" ON "RumourAsker"("userId");
