import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123232904 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_statement_feed_period" ON "bank_statement" ("feed_id", "period_end") WHERE deleted_at IS NULL;`);

    // Existing lines are numbered in storage order, which is the order they were written: oldest first.
    this.addSql(`alter table if exists "bank_transaction" add column if not exists "import_order" serial;`);
    this.addSql(`alter table if exists "bank_transaction" add column if not exists "feed_id" text null;`);
    this.addSql(`update "bank_transaction" t set "feed_id" = s."feed_id" from "bank_statement" s where s."id" = t."statement_id" and t."feed_id" is null;`);
    this.addSql(`drop index if exists "IDX_bank_transaction_account_date";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_account_date_order" ON "bank_transaction" ("bank_account_id", "date", "import_order") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_feed_date_order" ON "bank_transaction" ("feed_id", "date", "import_order") WHERE deleted_at IS NULL;`);
    // Not in the model (its indexes cannot INCLUDE): lets a statement's totals and progress be summed
    // from the index alone, without reading the lines.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_statement_totals" ON "bank_transaction" ("statement_id") INCLUDE ("debit", "credit", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_bank_statement_feed_period";`);

    this.addSql(`drop index if exists "IDX_bank_transaction_statement_totals";`);
    this.addSql(`drop index if exists "IDX_bank_transaction_feed_date_order";`);
    this.addSql(`drop index if exists "IDX_bank_transaction_account_date_order";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transaction_account_date" ON "bank_transaction" ("bank_account_id", "date") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "bank_transaction" drop column if exists "feed_id";`);
    this.addSql(`alter table if exists "bank_transaction" drop column if exists "import_order";`);
  }

}
