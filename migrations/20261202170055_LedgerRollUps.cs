using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class LedgerRollUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WITHOUT ROWID: the sums sit in the key's b-tree, so a period is one ordered range read with no lookups (EF's
            // CreateTable cannot say so; the columns and key are the ones LedgerHourConfiguration maps).
            migrationBuilder.Sql("""
                CREATE TABLE "LedgerHours" (
                    "Hour" TEXT NOT NULL,
                    "Type" TEXT NOT NULL,
                    "Direction" TEXT NOT NULL,
                    "CompanyNumber" TEXT NOT NULL,
                    "State" TEXT NOT NULL,
                    "Entries" INTEGER NOT NULL,
                    "Quantity" INTEGER NOT NULL,
                    "AmountMicros" INTEGER NOT NULL,
                    CONSTRAINT "PK_LedgerHours" PRIMARY KEY ("Hour", "Type", "Direction", "CompanyNumber", "State")
                ) WITHOUT ROWID;
                """);

            // The roll-up is kept by the database in the same statement as the entry, whoever writes it (EF, SQL, a
            // migration): no race between two writers, no extra query per save. The hour text is the format EF writes
            // DateTimes in, so EF reads and compares it as any other DateTime.
            migrationBuilder.Sql("""
                CREATE TRIGGER "LedgerEntries_RollUpHour" AFTER INSERT ON "LedgerEntries"
                BEGIN
                    INSERT INTO "LedgerHours" ("Hour", "Type", "Direction", "CompanyNumber", "State", "Entries", "Quantity", "AmountMicros")
                    VALUES (strftime('%Y-%m-%d %H:00:00', NEW."OccurredAt"), NEW."Type", COALESCE(NEW."Direction", ''), COALESCE(NEW."CompanyNumber", ''),
                        COALESCE(NEW."State", ''), CASE WHEN NEW."IsCorrection" THEN 0 ELSE 1 END, NEW."Quantity", NEW."AmountMicros")
                    ON CONFLICT ("Hour", "Type", "Direction", "CompanyNumber", "State") DO UPDATE SET
                        "Entries" = "Entries" + excluded."Entries",
                        "Quantity" = "Quantity" + excluded."Quantity",
                        "AmountMicros" = "AmountMicros" + excluded."AmountMicros";
                END;
                """);

            // The ledger is append-only (a correction is a new entry), which is what lets one insert trigger keep the roll-up
            // right; an edit or a delete would silently put the two apart, so the database refuses them.
            migrationBuilder.Sql("""
                CREATE TRIGGER "LedgerEntries_NoEdits" BEFORE UPDATE OF "OccurredAt", "Type", "Direction", "CompanyNumber", "State", "IsCorrection",
                    "Quantity", "AmountMicros" ON "LedgerEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'Ledger entries are never edited: add a correction entry instead.');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LedgerEntries_NoDeletes" BEFORE DELETE ON "LedgerEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'Ledger entries are never deleted: add a correction entry instead.');
                END;
                """);

            // The entries written before the roll-up existed (the table is new, and each group is one key: no upsert needed).
            migrationBuilder.Sql("""
                INSERT INTO "LedgerHours" ("Hour", "Type", "Direction", "CompanyNumber", "State", "Entries", "Quantity", "AmountMicros")
                SELECT strftime('%Y-%m-%d %H:00:00', "OccurredAt"), "Type", COALESCE("Direction", ''), COALESCE("CompanyNumber", ''), COALESCE("State", ''),
                    SUM(CASE WHEN "IsCorrection" THEN 0 ELSE 1 END), SUM("Quantity"), SUM("AmountMicros")
                FROM "LedgerEntries"
                GROUP BY 1, 2, 3, 4, 5;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Agent",
                table: "LedgerEntries",
                columns: new[] { "OccurredAt", "AgentUserId", "Type", "IsCorrection", "Quantity", "AmountMicros" },
                filter: "AgentUserId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Blast",
                table: "LedgerEntries",
                columns: new[] { "OccurredAt", "BlastId", "Type", "IsCorrection", "Quantity", "AmountMicros" },
                filter: "BlastId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerHours_Cube",
                table: "LedgerHours",
                columns: new[] { "CompanyNumber", "State", "Type", "Hour", "Direction", "Entries", "Quantity", "AmountMicros" });

            // Statistics for the roll-up filled above, so the planner skip-scans IX_LedgerHours_Cube from the start (LedgerHourStatisticsJob keeps them).
            migrationBuilder.Sql("""PRAGMA analysis_limit=1000; ANALYZE "LedgerHours";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "LedgerEntries_NoDeletes";""");
            migrationBuilder.Sql("""DROP TRIGGER "LedgerEntries_NoEdits";""");
            migrationBuilder.Sql("""DROP TRIGGER "LedgerEntries_RollUpHour";""");
            migrationBuilder.DropTable(
                name: "LedgerHours");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Agent",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Blast",
                table: "LedgerEntries");
        }
    }
}
