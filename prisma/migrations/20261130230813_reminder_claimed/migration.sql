-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN "claimedAt" DATETIME;
