import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201210050 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sync_run" drop constraint if exists "sync_run_status_check";`);

    this.addSql(`alter table if exists "sync_run" add column if not exists "kind" text check ("kind" in ('import', 'mfa_check')) not null default 'import', add column if not exists "requested_by" text null, add column if not exists "phase" text check ("phase" in ('queued', 'signing_in', 'waiting_for_flinks', 'writing')) null, add column if not exists "lines_to_write" integer null, add column if not exists "heartbeat_at" timestamptz null;`);
    this.addSql(`alter table if exists "sync_run" alter column "status" type text using ("status"::text);`);
    this.addSql(`alter table if exists "sync_run" alter column "status" set default 'queued';`);
    this.addSql(`alter table if exists "sync_run" add constraint "sync_run_status_check" check("status" in ('queued', 'running', 'succeeded', 'partial', 'failed', 'interrupted'));`);
    // Runs left "running" by a process that died before this version could close them: they are
    // not running (migrations run with the server stopped), and the index below allows one at most.
    this.addSql(`update "sync_run" set "status" = 'interrupted', "finished_at" = now(), "error_code" = 'interrupted', "error_message" = 'The import stopped before it finished; the next run picks up from what was saved.' where "status" = 'running';`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sync_run_one_active_per_connection" ON "sync_run" ("connection_id") WHERE status IN ('queued', 'running') AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "sync_run" drop constraint if exists "sync_run_status_check";`);

    this.addSql(`drop index if exists "IDX_sync_run_one_active_per_connection";`);
    this.addSql(`alter table if exists "sync_run" drop column if exists "kind", drop column if exists "requested_by", drop column if exists "phase", drop column if exists "lines_to_write", drop column if exists "heartbeat_at";`);

    this.addSql(`alter table if exists "sync_run" alter column "status" type text using ("status"::text);`);
    this.addSql(`alter table if exists "sync_run" alter column "status" set default 'running';`);
    this.addSql(`alter table if exists "sync_run" add constraint "sync_run_status_check" check("status" in ('running', 'succeeded', 'partial', 'failed'));`);
  }

}
