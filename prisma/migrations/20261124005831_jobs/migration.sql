-- CreateTable
CREATE TABLE "Jobseeker" (
    "userId" BIGINT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "occupations" TEXT NOT NULL,
    "skillsText" TEXT NOT NULL,
    "experienceYears" INTEGER NOT NULL,
    "education" TEXT NOT NULL,
    "schedules" TEXT NOT NULL,
    "minWage" INTEGER,
    "lostWorkCovid" BOOLEAN NOT NULL,
    "languages" TEXT NOT NULL,
    "disability" BOOLEAN NOT NULL,
    "wantsTraining" BOOLEAN NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "lastDigestAt" DATETIME
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "employerId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "occupation" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "district" TEXT,
    "wageMin" INTEGER,
    "wageMax" INTEGER,
    "schedule" TEXT NOT NULL,
    "experienceYears" INTEGER NOT NULL DEFAULT 0,
    "languages" TEXT NOT NULL DEFAULT '[]',
    "requirements" TEXT NOT NULL DEFAULT '',
    "contact" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdBy" BIGINT,
    "approvedBy" BIGINT,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Vacancy_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Application" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vacancyId" INTEGER NOT NULL,
    "userId" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "decidedBy" BIGINT,
    CONSTRAINT "Application_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Application_userId_fkey" FOREIGN KEY ("userId") REFERENCES "Jobseeker" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Course" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "titleKy" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "occupation" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "region" TEXT,
    "hours" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "courseId" INTEGER NOT NULL,
    "userId" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "enrolledAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    CONSTRAINT "Enrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Enrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "Jobseeker" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Employer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trusted" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_Employer" ("createdAt", "id", "name") SELECT "createdAt", "id", "name" FROM "Employer";
DROP TABLE "Employer";
ALTER TABLE "new_Employer" RENAME TO "Employer";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Vacancy_status_expiresAt_idx" ON "Vacancy"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_vacancyId_userId_key" ON "Application"("vacancyId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Course_key_key" ON "Course"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_courseId_userId_key" ON "Enrolment"("courseId", "userId");
