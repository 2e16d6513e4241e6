-- CreateEnum
CREATE TYPE "PriceGrade" AS ENUM ('A', 'B', 'C');

-- AlterTable
ALTER TABLE "price_source" ADD COLUMN     "grade" "PriceGrade",
ADD COLUMN     "key" TEXT,
ADD COLUMN     "version" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "price_source_key_key" ON "price_source"("key");
