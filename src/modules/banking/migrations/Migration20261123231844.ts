import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123231844 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bank_connection" add column if not exists "deleted_by" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bank_connection" drop column if exists "deleted_by";`);
  }

}
