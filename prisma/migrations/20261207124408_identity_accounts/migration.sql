-- CreateEnum
CREATE TYPE "UserRoleName" AS ENUM ('admin', 'finance', 'member', 'viewer');

-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('read', 'write', 'collector');

-- CreateTable
CREATE TABLE "identity_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "identity_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_user_role" (
    "user_id" UUID NOT NULL,
    "role" "UserRoleName" NOT NULL,

    CONSTRAINT "identity_user_role_pkey" PRIMARY KEY ("user_id","role")
);

-- CreateTable
CREATE TABLE "identity_user_team" (
    "user_id" UUID NOT NULL,
    "team_id" UUID NOT NULL,

    CONSTRAINT "identity_user_team_pkey" PRIMARY KEY ("user_id","team_id")
);

-- CreateTable
CREATE TABLE "identity_session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "idle_expires_at" TIMESTAMPTZ(6) NOT NULL,
    "absolute_expires_at" TIMESTAMPTZ(6) NOT NULL,
    "revoked_at" TIMESTAMPTZ(6),

    CONSTRAINT "identity_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_api_token" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "scope" "ApiTokenScope" NOT NULL,
    "cluster_name" TEXT,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "revoked_at" TIMESTAMPTZ(6),
    "last_used_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "identity_api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_audit_event" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" TEXT NOT NULL,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,

    CONSTRAINT "identity_audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_login_failure" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "last_failure_at" TIMESTAMPTZ(6) NOT NULL,
    "locked_until" TIMESTAMPTZ(6),

    CONSTRAINT "identity_login_failure_pkey" PRIMARY KEY ("email")
);

-- CreateIndex
CREATE UNIQUE INDEX "identity_user_email_key" ON "identity_user"("email");

-- CreateIndex
CREATE INDEX "identity_user_team_team_id_idx" ON "identity_user_team"("team_id");

-- CreateIndex
CREATE UNIQUE INDEX "identity_session_token_hash_key" ON "identity_session"("token_hash");

-- CreateIndex
CREATE INDEX "identity_session_user_id_idx" ON "identity_session"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "identity_api_token_name_key" ON "identity_api_token"("name");

-- CreateIndex
CREATE UNIQUE INDEX "identity_api_token_token_hash_key" ON "identity_api_token"("token_hash");

-- CreateIndex
CREATE INDEX "identity_audit_event_at_idx" ON "identity_audit_event"("at" DESC);

-- CreateIndex
CREATE INDEX "identity_audit_event_target_type_target_id_idx" ON "identity_audit_event"("target_type", "target_id");

-- AddForeignKey
ALTER TABLE "identity_user_role" ADD CONSTRAINT "identity_user_role_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity_user_team" ADD CONSTRAINT "identity_user_team_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity_user_team" ADD CONSTRAINT "identity_user_team_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity_session" ADD CONSTRAINT "identity_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A collector token writes exactly one cluster's observations; no other token names a cluster.
ALTER TABLE "identity_api_token" ADD CONSTRAINT "identity_api_token_cluster_check"
  CHECK (("scope" = 'collector') = ("cluster_name" IS NOT NULL));
