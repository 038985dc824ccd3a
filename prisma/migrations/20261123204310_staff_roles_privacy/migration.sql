-- AlterTable
ALTER TABLE "User" ADD COLUMN "blockedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "displayName" TEXT;

-- CreateTable
CREATE TABLE "Clinic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nameKy" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RoleGrant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" BIGINT NOT NULL,
    "role" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "grantedBy" BIGINT,
    "grantedVia" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Invite" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "role" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "createdBy" BIGINT,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedBy" BIGINT,
    "usedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "actorId" BIGINT,
    "action" TEXT NOT NULL,
    "subjectId" BIGINT,
    "role" TEXT,
    "scope" TEXT,
    "via" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "StaffGroup" (
    "role" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'ru',
    "linkedBy" BIGINT,
    "linkedAt" DATETIME NOT NULL,

    PRIMARY KEY ("role", "scope")
);

-- CreateTable
CREATE TABLE "Consent" (
    "userId" BIGINT NOT NULL,
    "purpose" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "purpose")
);

-- CreateTable
CREATE TABLE "Tally" (
    "metric" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("metric", "day")
);

-- CreateIndex
CREATE INDEX "RoleGrant_role_scope_idx" ON "RoleGrant"("role", "scope");

-- CreateIndex
CREATE UNIQUE INDEX "RoleGrant_userId_role_scope_key" ON "RoleGrant"("userId", "role", "scope");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectId_idx" ON "AuditEvent"("subjectId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "StaffGroup_chatId_idx" ON "StaffGroup"("chatId");
