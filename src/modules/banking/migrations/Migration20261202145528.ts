import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The two recipient lists become text[] (model.array()). PostgreSQL has no cast from jsonb to text[]
 * and refuses a subquery in ALTER COLUMN ... USING, so each list is copied into a new column, element
 * by element, and the new column takes the old one's name. A value that was not a JSON list (none is
 * written so) becomes null, which every reader already reads as no recipients.
 */
export class Migration20261202145528 extends Migration {

  override async up(): Promise<void> {
    for (const [table, column] of [["banking_settings", "mfa_notification_recipients"], ["mfa_request", "recipients"]]) {
      this.addSql(`alter table if exists "${table}" add column if not exists "${column}_list" text[] null;`);
      this.addSql(`update "${table}" set "${column}_list" = array(select jsonb_array_elements_text("${column}")) where jsonb_typeof("${column}") = 'array';`);
      this.addSql(`alter table if exists "${table}" drop column if exists "${column}";`);
      this.addSql(`alter table if exists "${table}" rename column "${column}_list" to "${column}";`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "banking_settings" alter column "mfa_notification_recipients" type jsonb using (to_jsonb("mfa_notification_recipients"));`);

    this.addSql(`alter table if exists "mfa_request" alter column "recipients" type jsonb using (to_jsonb("recipients"));`);
  }

}
