import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123204113 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mfa_request" drop constraint if exists "mfa_request_token_hash_unique";`);
    this.addSql(`alter table if exists "bank_transaction" drop constraint if exists "bank_transaction_account_provider_id_unique";`);
    this.addSql(`alter table if exists "ledger_account" drop constraint if exists "ledger_account_code_unique";`);
    this.addSql(`alter table if exists "connect_session" drop constraint if exists "connect_session_state_hash_unique";`);
    this.addSql(`alter table if exists "bank_account" drop constraint if exists "bank_account_connection_provider_account_unique";`);
    this.addSql(`alter table if exists "bank_connection" drop constraint if exists "bank_connection_provider_login_unique";`);
    this.addSql(`create table if not exists "bank_connection" ("id" text not null, "provider" text check ("provider" in ('flinks-ca', 'flinks-us')) not null, "institution_name" text not null, "institution_id" text null, "login_id_encrypted" text not null, "login_id_hash" text not null, "login_type" text check ("login_type" in ('personal', 'business')) null, "status" text check ("status" in ('active', 'refreshing', 'mfa_required', 'credentials_invalid', 'institution_unavailable', 'error', 'disconnected')) not null default 'active', "status_reason" text null, "last_success_at" timestamptz null, "last_attempt_at" timestamptz null, "provider_refreshed_at" timestamptz null, "consent_accepted_by" text not null, "consent_accepted_at" timestamptz not null, "consent_version" text not null, "created_by" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_connection_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_connection_deleted_at" ON "bank_connection" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_connection_provider_login_unique" ON "bank_connection" ("provider", "login_id_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_connection_status" ON "bank_connection" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bank_account" ("id" text not null, "connection_id" text not null, "provider_account_id" text not null, "title" text not null, "account_number_masked" text null, "last_four_digits" text null, "transit_number" text null, "institution_number" text null, "type" text not null, "category" text not null, "holder_type" text check ("holder_type" in ('personal', 'business')) null, "currency_code" text not null, "balance_current" numeric null, "balance_available" numeric null, "balance_limit" numeric null, "overdraft_limit" numeric null, "balances_updated_at" timestamptz null, "raw_balance_current" jsonb null, "raw_balance_available" jsonb null, "raw_balance_limit" jsonb null, "raw_overdraft_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_account_connection_id" ON "bank_account" ("connection_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_account_deleted_at" ON "bank_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_account_connection_provider_account_unique" ON "bank_account" ("connection_id", "provider_account_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "banking_settings" ("id" text not null, "mfa_notification_recipients" jsonb null, "options" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "banking_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_banking_settings_deleted_at" ON "banking_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "connect_session" ("id" text not null, "state_hash" text not null, "purpose" text check ("purpose" in ('connect', 'reconnect', 'resume')) not null, "provider" text check ("provider" in ('flinks-ca', 'flinks-us')) not null, "actor_id" text null, "connection_id" text null, "consent_accepted_at" timestamptz null, "consent_version" text null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "connect_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_connect_session_deleted_at" ON "connect_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_connect_session_state_hash_unique" ON "connect_session" ("state_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_account" ("id" text not null, "code" text not null, "name" text not null, "type" text check ("type" in ('asset', 'liability', 'equity', 'revenue', 'expense')) not null, "currency_code" text not null, "description" text null, "archived_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_account_deleted_at" ON "ledger_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_account_code_unique" ON "ledger_account" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bank_feed" ("id" text not null, "bank_account_id" text not null, "ledger_account_id" text not null, "start_date" text not null, "status" text check ("status" in ('linked', 'unlinked')) not null default 'linked', "high_water_date" text null, "last_import_at" timestamptz null, "linked_by" text null, "linked_at" timestamptz not null, "unlinked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_feed_pkey" primary key ("id"), constraint bank_feed_start_date_is_calendar_date check (start_date ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\$'), constraint bank_feed_high_water_date_is_calendar_date check ((high_water_date IS NULL OR high_water_date ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\$')));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_feed_bank_account_id" ON "bank_feed" ("bank_account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_feed_ledger_account_id" ON "bank_feed" ("ledger_account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_feed_deleted_at" ON "bank_feed" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_feed_one_linked_per_account" ON "bank_feed" ("bank_account_id") WHERE status = 'linked' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bank_statement" ("id" text not null, "bank_account_id" text not null, "feed_id" text null, "sync_run_id" text null, "period_start" text not null, "period_end" text not null, "opening_balance" numeric null, "closing_balance" numeric null, "total_debits" numeric not null, "total_credits" numeric not null, "transaction_count" integer not null, "currency_code" text not null, "raw_opening_balance" jsonb null, "raw_closing_balance" jsonb null, "raw_total_debits" jsonb not null, "raw_total_credits" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_statement_pkey" primary key ("id"), constraint bank_statement_period_start_is_calendar_date check (period_start ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\$'), constraint bank_statement_period_end_is_calendar_date check (period_end ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\$'), constraint bank_statement_period_in_order check (period_start <= period_end));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_statement_bank_account_id" ON "bank_statement" ("bank_account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_statement_feed_id" ON "bank_statement" ("feed_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_statement_deleted_at" ON "bank_statement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_statement_account_period" ON "bank_statement" ("bank_account_id", "period_end") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bank_transaction" ("id" text not null, "bank_account_id" text not null, "statement_id" text null, "provider_transaction_id" text not null, "fingerprint" text not null, "date" text not null, "description" text not null, "debit" numeric null, "credit" numeric null, "running_balance" numeric null, "currency_code" text not null, "status" text check ("status" in ('unreconciled', 'reconciled', 'excluded', 'possible_duplicate')) not null default 'unreconciled', "reconciled_at" timestamptz null, "reconciled_by" text null, "raw" jsonb null, "raw_debit" jsonb null, "raw_credit" jsonb null, "raw_running_balance" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transaction_pkey" primary key ("id"), constraint bank_transaction_date_is_calendar_date check (date ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\$'), constraint bank_transaction_one_of_debit_credit check ((debit IS NULL) <> (credit IS NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_bank_account_id" ON "bank_transaction" ("bank_account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_statement_id" ON "bank_transaction" ("statement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_deleted_at" ON "bank_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transaction_account_provider_id_unique" ON "bank_transaction" ("bank_account_id", "provider_transaction_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_account_fingerprint" ON "bank_transaction" ("bank_account_id", "fingerprint") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_account_date" ON "bank_transaction" ("bank_account_id", "date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mfa_request" ("id" text not null, "connection_id" text not null, "detected_at" timestamptz not null, "notified_at" timestamptz null, "recipients" jsonb null, "token_hash" text null, "expires_at" timestamptz null, "used_at" timestamptz null, "status" text check ("status" in ('pending', 'notified', 'resumed', 'expired', 'failed')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mfa_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mfa_request_connection_id" ON "mfa_request" ("connection_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mfa_request_deleted_at" ON "mfa_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mfa_request_token_hash_unique" ON "mfa_request" ("token_hash") WHERE token_hash IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mfa_request_connection_status" ON "mfa_request" ("connection_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sync_run" ("id" text not null, "connection_id" text not null, "feed_ids" jsonb null, "trigger" text check ("trigger" in ('link', 'schedule', 'manual', 'resume')) not null, "window_start" text null, "window_end" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "status" text check ("status" in ('running', 'succeeded', 'partial', 'failed')) not null default 'running', "fetched_count" integer not null default 0, "inserted_count" integer not null default 0, "duplicate_count" integer not null default 0, "skipped_count" integer not null default 0, "error_code" text null, "error_message" text null, "details" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sync_run_pkey" primary key ("id"), constraint sync_run_window_start_is_calendar_date check ((window_start IS NULL OR window_start ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\$')), constraint sync_run_window_end_is_calendar_date check ((window_end IS NULL OR window_end ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\$')));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sync_run_connection_id" ON "sync_run" ("connection_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sync_run_deleted_at" ON "sync_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sync_run_connection_started" ON "sync_run" ("connection_id", "started_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "bank_account" add constraint "bank_account_connection_id_foreign" foreign key ("connection_id") references "bank_connection" ("id") on update cascade;`);

    this.addSql(`alter table if exists "bank_feed" add constraint "bank_feed_bank_account_id_foreign" foreign key ("bank_account_id") references "bank_account" ("id") on update cascade;`);
    this.addSql(`alter table if exists "bank_feed" add constraint "bank_feed_ledger_account_id_foreign" foreign key ("ledger_account_id") references "ledger_account" ("id") on update cascade;`);

    this.addSql(`alter table if exists "bank_statement" add constraint "bank_statement_bank_account_id_foreign" foreign key ("bank_account_id") references "bank_account" ("id") on update cascade;`);
    this.addSql(`alter table if exists "bank_statement" add constraint "bank_statement_feed_id_foreign" foreign key ("feed_id") references "bank_feed" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "bank_transaction" add constraint "bank_transaction_bank_account_id_foreign" foreign key ("bank_account_id") references "bank_account" ("id") on update cascade;`);
    this.addSql(`alter table if exists "bank_transaction" add constraint "bank_transaction_statement_id_foreign" foreign key ("statement_id") references "bank_statement" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "mfa_request" add constraint "mfa_request_connection_id_foreign" foreign key ("connection_id") references "bank_connection" ("id") on update cascade;`);

    this.addSql(`alter table if exists "sync_run" add constraint "sync_run_connection_id_foreign" foreign key ("connection_id") references "bank_connection" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bank_account" drop constraint if exists "bank_account_connection_id_foreign";`);

    this.addSql(`alter table if exists "mfa_request" drop constraint if exists "mfa_request_connection_id_foreign";`);

    this.addSql(`alter table if exists "sync_run" drop constraint if exists "sync_run_connection_id_foreign";`);

    this.addSql(`alter table if exists "bank_feed" drop constraint if exists "bank_feed_bank_account_id_foreign";`);

    this.addSql(`alter table if exists "bank_statement" drop constraint if exists "bank_statement_bank_account_id_foreign";`);

    this.addSql(`alter table if exists "bank_transaction" drop constraint if exists "bank_transaction_bank_account_id_foreign";`);

    this.addSql(`alter table if exists "bank_feed" drop constraint if exists "bank_feed_ledger_account_id_foreign";`);

    this.addSql(`alter table if exists "bank_statement" drop constraint if exists "bank_statement_feed_id_foreign";`);

    this.addSql(`alter table if exists "bank_transaction" drop constraint if exists "bank_transaction_statement_id_foreign";`);

    this.addSql(`drop table if exists "bank_connection" cascade;`);

    this.addSql(`drop table if exists "bank_account" cascade;`);

    this.addSql(`drop table if exists "banking_settings" cascade;`);

    this.addSql(`drop table if exists "connect_session" cascade;`);

    this.addSql(`drop table if exists "ledger_account" cascade;`);

    this.addSql(`drop table if exists "bank_feed" cascade;`);

    this.addSql(`drop table if exists "bank_statement" cascade;`);

    this.addSql(`drop table if exists "bank_transaction" cascade;`);

    this.addSql(`drop table if exists "mfa_request" cascade;`);

    this.addSql(`drop table if exists "sync_run" cascade;`);
  }

}
