-- CreateTable
CREATE TABLE "Notice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "error" TEXT
);

-- CreateIndex
CREATE INDEX "Notice_sentAt_dueAt_idx" ON "Notice"("sentAt", "dueAt");

-- CreateIndex
CREATE INDEX "Notice_kind_subjectId_idx" ON "Notice"("kind", "subjectId");
