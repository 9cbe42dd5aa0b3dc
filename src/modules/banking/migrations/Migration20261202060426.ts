import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202060426 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bank_account" add column if not exists "bank_order" integer not null default 0;`);
    // Accounts stored before this column keep the order they were created in, until the next
    // sign-in stores the bank's own order.
    this.addSql(`update "bank_account" as account set "bank_order" = ordered.position from (
      select "id", row_number() over (partition by "connection_id" order by "created_at", "id") - 1 as position
      from "bank_account"
    ) as ordered where account."id" = ordered."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bank_account" drop column if exists "bank_order";`);
  }

}
