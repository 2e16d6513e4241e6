-- AlterEnum
ALTER TYPE "DigestSendStatus" ADD VALUE 'skipped';
