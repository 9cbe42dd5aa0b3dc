import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202003045 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "connect_session" drop constraint if exists "connect_session_purpose_check";`);

    this.addSql(`alter table if exists "sync_run" drop constraint if exists "sync_run_phase_check";`);

    this.addSql(`alter table if exists "bank_connection" add column if not exists "question_request_id_encrypted" text null, add column if not exists "question_asked_at" timestamptz null, add column if not exists "question_handed_at" timestamptz null;`);

    this.addSql(`alter table if exists "connect_session" add column if not exists "sync_run_id" text null;`);
    this.addSql(`alter table if exists "connect_session" add constraint "connect_session_purpose_check" check("purpose" in ('connect', 'reconnect', 'resume', 'refresh'));`);

    this.addSql(`alter table if exists "sync_run" add column if not exists "sign_in" text check ("sign_in" in ('cached', 'live')) not null default 'cached', add column if not exists "question" text check ("question" in ('asked', 'answered', 'declined')) null, add column if not exists "bank_data_as_of" timestamptz null;`);
    this.addSql(`alter table if exists "sync_run" add constraint "sync_run_phase_check" check("phase" in ('queued', 'signing_in', 'waiting_for_answer', 'waiting_for_flinks', 'writing'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "connect_session" drop constraint if exists "connect_session_purpose_check";`);

    this.addSql(`alter table if exists "sync_run" drop constraint if exists "sync_run_phase_check";`);

    this.addSql(`alter table if exists "bank_connection" drop column if exists "question_request_id_encrypted", drop column if exists "question_asked_at", drop column if exists "question_handed_at";`);

    this.addSql(`alter table if exists "connect_session" drop column if exists "sync_run_id";`);

    this.addSql(`alter table if exists "connect_session" add constraint "connect_session_purpose_check" check("purpose" in ('connect', 'reconnect', 'resume'));`);

    this.addSql(`alter table if exists "sync_run" drop column if exists "sign_in", drop column if exists "question", drop column if exists "bank_data_as_of";`);

    this.addSql(`alter table if exists "sync_run" add constraint "sync_run_phase_check" check("phase" in ('queued', 'signing_in', 'waiting_for_flinks', 'writing'));`);
  }

}
