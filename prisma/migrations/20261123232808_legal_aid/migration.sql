-- CreateTable
CREATE TABLE "ClinicClosure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clinicId" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdBy" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClinicClosure_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT NOT NULL,
    "userId" BIGINT NOT NULL,
    "clinicId" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "seat" INTEGER,
    "status" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "description" TEXT,
    "phone" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "declineReason" TEXT,
    "outcome" TEXT,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Booking_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bookingId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    CONSTRAINT "Reminder_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobRun" (
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL,

    PRIMARY KEY ("name", "key")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Clinic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT,
    "nameKy" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "region" TEXT NOT NULL DEFAULT '',
    "addressKy" TEXT NOT NULL DEFAULT '',
    "addressRu" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "hours" TEXT NOT NULL DEFAULT '{}',
    "lunchFrom" TEXT,
    "lunchTo" TEXT,
    "slotMinutes" INTEGER NOT NULL DEFAULT 60,
    "seats" INTEGER NOT NULL DEFAULT 1,
    "topics" TEXT NOT NULL DEFAULT '[]',
    "languages" TEXT NOT NULL DEFAULT '["ky","ru"]',
    "latitude" REAL,
    "longitude" REAL,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_Clinic" ("createdAt", "id", "nameKy", "nameRu") SELECT "createdAt", "id", "nameKy", "nameRu" FROM "Clinic";
DROP TABLE "Clinic";
ALTER TABLE "new_Clinic" RENAME TO "Clinic";
CREATE UNIQUE INDEX "Clinic_key_key" ON "Clinic"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ClinicClosure_clinicId_startsAt_idx" ON "ClinicClosure"("clinicId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_ref_key" ON "Booking"("ref");

-- CreateIndex
CREATE INDEX "Booking_userId_idx" ON "Booking"("userId");

-- CreateIndex
CREATE INDEX "Booking_clinicId_startsAt_idx" ON "Booking"("clinicId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_clinicId_startsAt_seat_key" ON "Booking"("clinicId", "startsAt", "seat");

-- CreateIndex
CREATE INDEX "Reminder_sentAt_dueAt_idx" ON "Reminder"("sentAt", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_bookingId_kind_key" ON "Reminder"("bookingId", "kind");
