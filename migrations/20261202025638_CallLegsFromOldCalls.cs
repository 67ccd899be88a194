using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class CallLegsFromOldCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Apart from CallsTab, whose rebuild of the Calls table SQLite runs at the end of that migration.
            // Each call recorded before this version was one leg: it becomes a call with that one leg, in the new words.
            migrationBuilder.Sql("""
                INSERT INTO "CallLegs" ("CallId", "CallControlId", "Role", "To", "State", "StartedAt", "AnsweredAt", "EndedAt", "HangupCause")
                SELECT "Id", "CallControlId", 'Contact', "To", "Status", "StartedAt", "AnsweredAt", "EndedAt", "HangupCause"
                FROM "Calls" WHERE "CallControlId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "Calls" SET
                    "Status" = CASE "Status" WHEN 'hangup' THEN 'ended' WHEN 'answered' THEN 'answered' WHEN 'bridged' THEN 'answered' ELSE 'ringing' END,
                    "Outcome" = CASE
                        WHEN "Status" <> 'hangup' THEN NULL
                        WHEN "AnsweredAt" IS NOT NULL THEN 'completed'
                        WHEN "HangupCause" IN ('user_busy', 'call_rejected') THEN 'busy'
                        WHEN "HangupCause" IN ('timeout', 'no_answer') THEN 'no answer'
                        WHEN "HangupCause" = 'originator_cancel' THEN 'canceled'
                        ELSE 'failed' END,
                    "DurationSeconds" = CASE WHEN "AnsweredAt" IS NOT NULL AND "EndedAt" IS NOT NULL
                        THEN CAST(ROUND((julianday("EndedAt") - julianday("AnsweredAt")) * 86400) AS INTEGER) END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"CallLegs\";");
        }
    }
}
