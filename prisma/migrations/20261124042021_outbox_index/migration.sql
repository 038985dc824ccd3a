-- DropIndex
DROP INDEX "Outbox_broadcastId_status_nextAt_idx";

-- CreateIndex
CREATE INDEX "Outbox_broadcastId_status_id_idx" ON "Outbox"("broadcastId", "status", "id");
