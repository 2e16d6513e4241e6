-- CreateEnum
CREATE TYPE "BudgetScope" AS ENUM ('fleet', 'cluster', 'team', 'cost_centre', 'namespace', 'storage_class');

-- CreateTable
CREATE TABLE "budget" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope_kind" "BudgetScope" NOT NULL,
    "scope_key" TEXT NOT NULL,
    "monthly_amount" DECIMAL(19,4) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "actual_threshold" DECIMAL(6,4) NOT NULL DEFAULT 0.8,
    "forecast_threshold" DECIMAL(6,4) NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "budget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "budget_name_key" ON "budget"("name");

-- CreateIndex
CREATE UNIQUE INDEX "budget_scope_kind_scope_key_currency_key" ON "budget"("scope_kind", "scope_key", "currency");
