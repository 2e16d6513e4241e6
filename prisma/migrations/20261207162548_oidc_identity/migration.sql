-- AlterTable
ALTER TABLE "identity_user" ALTER COLUMN "password_hash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "identity_oidc_identity" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "identity_oidc_identity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "identity_oidc_identity_user_id_idx" ON "identity_oidc_identity"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "identity_oidc_identity_issuer_subject_key" ON "identity_oidc_identity"("issuer", "subject");

-- AddForeignKey
ALTER TABLE "identity_oidc_identity" ADD CONSTRAINT "identity_oidc_identity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
