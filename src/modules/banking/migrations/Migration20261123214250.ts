import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123214250 extends Migration {

  override async up(): Promise<void> {
    // No import had run before this column changed type, so it holds nothing to convert.
    this.addSql(`alter table if exists "sync_run" drop column if exists "feed_ids";`);
    this.addSql(`alter table if exists "sync_run" add column if not exists "feed_ids" text[] null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "sync_run" drop column if exists "feed_ids";`);
    this.addSql(`alter table if exists "sync_run" add column if not exists "feed_ids" jsonb null;`);
  }

}
