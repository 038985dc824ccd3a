-- CreateTable
CREATE TABLE "RumourKey" (
    "rumourId" INTEGER NOT NULL,
    "userId" BIGINT NOT NULL,
    "key" TEXT NOT NULL,

    PRIMARY KEY ("rumourId", "userId", "key"),
    CONSTRAINT "RumourKey_rumourId_fkey" FOREIGN KEY ("rumourId") REFERENCES "Rumour" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Rumour" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "factCheckId" TEXT,
    "createdAt" DATETIME NOT NULL,
    "lastAskedAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "decidedBy" BIGINT,
    "keyed" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Rumour_factCheckId_fkey" FOREIGN KEY ("factCheckId") REFERENCES "FactCheck" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Rumour" ("createdAt", "decidedAt", "decidedBy", "factCheckId", "id", "lastAskedAt", "status", "text") SELECT "createdAt", "decidedAt", "decidedBy", "factCheckId", "id", "lastAskedAt", "status", "text" FROM "Rumour";
DROP TABLE "Rumour";
ALTER TABLE "new_Rumour" RENAME TO "Rumour";
CREATE INDEX "Rumour_status_lastAskedAt_idx" ON "Rumour"("status", "lastAskedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RumourKey_key_rumourId_idx" ON "RumourKey"("key", "rumourId");
