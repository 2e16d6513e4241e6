-- AlterTable
ALTER TABLE "identity_api_token" ADD COLUMN     "created_by_user_id" UUID;

-- AddForeignKey
ALTER TABLE "identity_api_token" ADD CONSTRAINT "identity_api_token_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "identity_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tokens made before this column: their creator, from the name recorded beside them.
UPDATE "identity_api_token" AS t SET "created_by_user_id" = u."id"
  FROM "identity_user" AS u WHERE t."created_by" = 'user ' || u."email";
