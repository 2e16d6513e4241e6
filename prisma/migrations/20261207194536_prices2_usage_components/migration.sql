-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PriceComponent" ADD VALUE 'data_read';
ALTER TYPE "PriceComponent" ADD VALUE 'data_write';
ALTER TYPE "PriceComponent" ADD VALUE 'requests_get';
ALTER TYPE "PriceComponent" ADD VALUE 'requests_put';
ALTER TYPE "PriceComponent" ADD VALUE 'requests_list';

-- AlterEnum
ALTER TYPE "PriceUnit" ADD VALUE 'request';
