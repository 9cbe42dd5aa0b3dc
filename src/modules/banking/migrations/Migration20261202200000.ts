import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Issue 16: an import checks its lines against the account's stored ones in PostgreSQL, within the
 * fetched window, instead of loading every stored key.
 * - The provider-id, fingerprint and account-date indexes cover deleted lines too: a line the merchant
 *   deleted must not come back, and the newest stored line, deleted or not, is where a running balance
 *   continues (the schema generator does not see a change of an index's WHERE, hence by hand).
 * - `bank_import_line`: the lines of an answer being read, staged by COPY as they stream in, before
 *   each account's new ones are written to bank_transaction. UNLOGGED: the staging of a run a crash
 *   interrupted is worth nothing (the next run reads Flinks again), so it need not survive one, and
 *   writing it costs no WAL. It is not a model: nothing reads it through the ORM.
 * - Three single-column indexes Medusa adds to every model (`deleted_at`) and foreign key
 *   (`bank_account_id`, `statement_id`) go: every query on the lines filters on a column the
 *   composite indexes lead with (`bank_account_id`, `feed_id`, or `statement_id` in
 *   IDX_bank_transaction_statement_totals, with the same deleted_at scope), and each of them cost
 *   every import's write. The snapshot keeps them, so that the generator does not add them back.
 */
export class Migration20261202200000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_bank_transaction_account_provider_id_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transaction_account_provider_id_unique" ON "bank_transaction" ("bank_account_id", "provider_transaction_id");`);
    this.addSql(`drop index if exists "IDX_bank_transaction_account_fingerprint";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_account_fingerprint" ON "bank_transaction" ("bank_account_id", "fingerprint");`);
    this.addSql(`drop index if exists "IDX_bank_transaction_account_date_order";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_account_date_order" ON "bank_transaction" ("bank_account_id", "date", "import_order");`);
    this.addSql(`drop index if exists "IDX_bank_transaction_bank_account_id";`);
    this.addSql(`drop index if exists "IDX_bank_transaction_statement_id";`);
    this.addSql(`drop index if exists "IDX_bank_transaction_deleted_at";`);
    this.addSql(`create unlogged table if not exists "bank_import_line" ("sync_run_id" text not null, "account_index" integer not null, "position" integer not null, "id" text not null, "provider_transaction_id" text not null, "date" text not null, "description" text null, "debit" text null, "credit" text null, "balance" text null, "fingerprint_tail" text not null, "repeat_number" integer null, "raw" text null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_import_line";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_bank_account_id" ON "bank_transaction" ("bank_account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_statement_id" ON "bank_transaction" ("statement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_deleted_at" ON "bank_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_bank_transaction_account_date_order";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_account_date_order" ON "bank_transaction" ("bank_account_id", "date", "import_order") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_bank_transaction_account_provider_id_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transaction_account_provider_id_unique" ON "bank_transaction" ("bank_account_id", "provider_transaction_id") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_bank_transaction_account_fingerprint";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_account_fingerprint" ON "bank_transaction" ("bank_account_id", "fingerprint") WHERE deleted_at IS NULL;`);
  }

}
