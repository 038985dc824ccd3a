-- CreateTable
CREATE TABLE "FactCheckPick" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "factCheckId" TEXT NOT NULL,
    "userId" BIGINT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "decidedBy" BIGINT,
    CONSTRAINT "FactCheckPick_factCheckId_fkey" FOREIGN KEY ("factCheckId") REFERENCES "FactCheck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FactCheckPick_status_createdAt_idx" ON "FactCheckPick"("status", "createdAt");

-- CreateIndex
CREATE INDEX "FactCheckPick_userId_idx" ON "FactCheckPick"("userId");
