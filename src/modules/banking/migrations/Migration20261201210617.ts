import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201210617 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "login_discard" drop constraint if exists "login_discard_pending_login_unique";`);
    this.addSql(`create table if not exists "login_discard" ("id" text not null, "provider" text check ("provider" in ('flinks-ca', 'flinks-us')) not null, "login_id_encrypted" text null, "login_id_hash" text not null, "reason" text check ("reason" in ('another_login', 'sign_in_refused')) not null, "due_at" timestamptz not null, "attempts" integer not null default 0, "last_error" text null, "done_at" timestamptz null, "outcome" text check ("outcome" in ('deleted', 'already_gone', 'kept')) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "login_discard_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_login_discard_deleted_at" ON "login_discard" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_login_discard_pending_login_unique" ON "login_discard" ("provider", "login_id_hash") WHERE done_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_login_discard_pending_due" ON "login_discard" ("due_at") WHERE done_at IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_discard" cascade;`);
  }

}
