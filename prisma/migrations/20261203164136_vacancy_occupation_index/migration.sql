-- CreateIndex
CREATE INDEX "Vacancy_occupation_status_idx" ON "Vacancy"("occupation", "status");
