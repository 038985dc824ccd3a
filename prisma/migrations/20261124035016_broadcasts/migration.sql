-- CreateTable
CREATE TABLE "Broadcast" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "textKy" TEXT,
    "textRu" TEXT NOT NULL,
    "photoFileId" TEXT,
    "audience" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sendAt" DATETIME,
    "authorId" BIGINT NOT NULL,
    "approvedBy" BIGINT,
    "approvedAt" DATETIME,
    "rejectedBy" BIGINT,
    "rejectReason" TEXT,
    "progressChatId" BIGINT,
    "progressMessageId" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "broadcastId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "language" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "error" TEXT,
    CONSTRAINT "Outbox_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Broadcast_status_idx" ON "Broadcast"("status");

-- CreateIndex
CREATE INDEX "Outbox_broadcastId_status_nextAt_idx" ON "Outbox"("broadcastId", "status", "nextAt");

-- CreateIndex
CREATE UNIQUE INDEX "Outbox_broadcastId_chatId_key" ON "Outbox"("broadcastId", "chatId");
