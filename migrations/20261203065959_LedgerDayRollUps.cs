using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class LedgerDayRollUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Agent",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Blast",
                table: "LedgerEntries");

            // WITHOUT ROWID, as LedgerHours: the sums sit in the key's b-tree, so a period (or a blast, an agent) is one ordered
            // range read with no lookups. EF's CreateTable cannot say so; the columns and keys are the ones the
            // Ledger/Days configurations map.
            migrationBuilder.Sql("""
                CREATE TABLE "LedgerDays" (
                    "Day" TEXT NOT NULL,
                    "Type" TEXT NOT NULL,
                    "Direction" TEXT NOT NULL,
                    "CompanyNumber" TEXT NOT NULL,
                    "State" TEXT NOT NULL,
                    "Entries" INTEGER NOT NULL,
                    "Quantity" INTEGER NOT NULL,
                    "AmountMicros" INTEGER NOT NULL,
                    CONSTRAINT "PK_LedgerDays" PRIMARY KEY ("Day", "Type", "Direction", "CompanyNumber", "State")
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "LedgerBlastDays" (
                    "BlastId" INTEGER NOT NULL,
                    "Day" TEXT NOT NULL,
                    "Type" TEXT NOT NULL,
                    "Direction" TEXT NOT NULL,
                    "Entries" INTEGER NOT NULL,
                    "Quantity" INTEGER NOT NULL,
                    "AmountMicros" INTEGER NOT NULL,
                    CONSTRAINT "PK_LedgerBlastDays" PRIMARY KEY ("BlastId", "Day", "Type", "Direction")
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "LedgerAgentDays" (
                    "AgentUserId" TEXT NOT NULL,
                    "Day" TEXT NOT NULL,
                    "Type" TEXT NOT NULL,
                    "Direction" TEXT NOT NULL,
                    "Entries" INTEGER NOT NULL,
                    "Quantity" INTEGER NOT NULL,
                    "AmountMicros" INTEGER NOT NULL,
                    CONSTRAINT "PK_LedgerAgentDays" PRIMARY KEY ("AgentUserId", "Day", "Type", "Direction")
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "LedgerDayStarts" (
                    "StartsAt" TEXT NOT NULL,
                    "Day" TEXT NULL,
                    CONSTRAINT "PK_LedgerDayStarts" PRIMARY KEY ("StartsAt")
                ) WITHOUT ROWID;
                """);

            // Kept by the database in the same statement as the entry, as the hourly roll-up is. The entry's company day is the
            // last day start at or before it (one seek of LedgerDayStarts' key); its time is cut to whole seconds, with a 'T'
            // read as a space, so it compares as text with the starts EF's way of writing DateTimes ('2026-11-30 06:00:00').
            // The day starts are written by the app for the company's zone (RebuildLedgerDays, at start-up and when the zone
            // changes); until then, and outside the days they cover, an entry has no day and is left out, and the tab reads
            // the hourly roll-up or the ledger instead.
            migrationBuilder.Sql("""
                CREATE TRIGGER "LedgerEntries_RollUpDay" AFTER INSERT ON "LedgerEntries"
                BEGIN
                    INSERT INTO "LedgerDays" ("Day", "Type", "Direction", "CompanyNumber", "State", "Entries", "Quantity", "AmountMicros")
                    SELECT s."Day", NEW."Type", COALESCE(NEW."Direction", ''), COALESCE(NEW."CompanyNumber", ''), COALESCE(NEW."State", ''),
                        CASE WHEN NEW."IsCorrection" THEN 0 ELSE 1 END, NEW."Quantity", NEW."AmountMicros"
                    FROM (SELECT "Day" FROM "LedgerDayStarts" WHERE "StartsAt" <= replace(substr(NEW."OccurredAt", 1, 19), 'T', ' ') ORDER BY "StartsAt" DESC LIMIT 1) s
                    WHERE s."Day" IS NOT NULL
                    ON CONFLICT ("Day", "Type", "Direction", "CompanyNumber", "State") DO UPDATE SET
                        "Entries" = "Entries" + excluded."Entries",
                        "Quantity" = "Quantity" + excluded."Quantity",
                        "AmountMicros" = "AmountMicros" + excluded."AmountMicros";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LedgerEntries_RollUpBlastDay" AFTER INSERT ON "LedgerEntries" WHEN NEW."BlastId" IS NOT NULL
                BEGIN
                    INSERT INTO "LedgerBlastDays" ("BlastId", "Day", "Type", "Direction", "Entries", "Quantity", "AmountMicros")
                    SELECT NEW."BlastId", s."Day", NEW."Type", COALESCE(NEW."Direction", ''), CASE WHEN NEW."IsCorrection" THEN 0 ELSE 1 END, NEW."Quantity", NEW."AmountMicros"
                    FROM (SELECT "Day" FROM "LedgerDayStarts" WHERE "StartsAt" <= replace(substr(NEW."OccurredAt", 1, 19), 'T', ' ') ORDER BY "StartsAt" DESC LIMIT 1) s
                    WHERE s."Day" IS NOT NULL
                    ON CONFLICT ("BlastId", "Day", "Type", "Direction") DO UPDATE SET
                        "Entries" = "Entries" + excluded."Entries",
                        "Quantity" = "Quantity" + excluded."Quantity",
                        "AmountMicros" = "AmountMicros" + excluded."AmountMicros";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LedgerEntries_RollUpAgentDay" AFTER INSERT ON "LedgerEntries" WHEN NEW."AgentUserId" IS NOT NULL
                BEGIN
                    INSERT INTO "LedgerAgentDays" ("AgentUserId", "Day", "Type", "Direction", "Entries", "Quantity", "AmountMicros")
                    SELECT NEW."AgentUserId", s."Day", NEW."Type", COALESCE(NEW."Direction", ''), CASE WHEN NEW."IsCorrection" THEN 0 ELSE 1 END, NEW."Quantity", NEW."AmountMicros"
                    FROM (SELECT "Day" FROM "LedgerDayStarts" WHERE "StartsAt" <= replace(substr(NEW."OccurredAt", 1, 19), 'T', ' ') ORDER BY "StartsAt" DESC LIMIT 1) s
                    WHERE s."Day" IS NOT NULL
                    ON CONFLICT ("AgentUserId", "Day", "Type", "Direction") DO UPDATE SET
                        "Entries" = "Entries" + excluded."Entries",
                        "Quantity" = "Quantity" + excluded."Quantity",
                        "AmountMicros" = "AmountMicros" + excluded."AmountMicros";
                END;
                """);

            migrationBuilder.CreateTable(
                name: "LedgerDayZone",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BuiltAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerDayZone", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Agent",
                table: "LedgerEntries",
                columns: new[] { "AgentUserId", "OccurredAt", "Type", "IsCorrection", "Quantity", "AmountMicros", "Direction", "CompanyNumber", "State", "BlastId" },
                filter: "AgentUserId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_AgentByNumber",
                table: "LedgerEntries",
                columns: new[] { "CompanyNumber", "OccurredAt", "AgentUserId", "Type", "IsCorrection", "Quantity", "AmountMicros", "Direction", "State" },
                filter: "AgentUserId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_AgentByState",
                table: "LedgerEntries",
                columns: new[] { "State", "OccurredAt", "AgentUserId", "Type", "IsCorrection", "Quantity", "AmountMicros", "Direction", "CompanyNumber" },
                filter: "AgentUserId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Blast",
                table: "LedgerEntries",
                columns: new[] { "BlastId", "OccurredAt", "Type", "IsCorrection", "Quantity", "AmountMicros", "Direction", "CompanyNumber", "State", "AgentUserId" },
                filter: "BlastId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_BlastByNumber",
                table: "LedgerEntries",
                columns: new[] { "CompanyNumber", "OccurredAt", "BlastId", "Type", "IsCorrection", "Quantity", "AmountMicros", "Direction", "State" },
                filter: "BlastId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_BlastByState",
                table: "LedgerEntries",
                columns: new[] { "State", "OccurredAt", "BlastId", "Type", "IsCorrection", "Quantity", "AmountMicros", "Direction", "CompanyNumber" },
                filter: "BlastId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerDays_Cube",
                table: "LedgerDays",
                columns: new[] { "CompanyNumber", "State", "Type", "Day", "Direction", "Entries", "Quantity", "AmountMicros" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerDays_State",
                table: "LedgerDays",
                columns: new[] { "State", "CompanyNumber", "Type", "Day", "Direction", "Entries", "Quantity", "AmountMicros" });

            // No backfill here: a migration cannot know the company's zone. LedgerDayZone starts empty, so the app's start-up
            // (DatabaseInitializer → RebuildLedgerDays.EnsureAsync) writes the day starts, adds up the existing entries and
            // gathers the statistics the planner needs for the new indexes.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "LedgerEntries_RollUpAgentDay";""");
            migrationBuilder.Sql("""DROP TRIGGER "LedgerEntries_RollUpBlastDay";""");
            migrationBuilder.Sql("""DROP TRIGGER "LedgerEntries_RollUpDay";""");
            migrationBuilder.DropTable(
                name: "LedgerAgentDays");

            migrationBuilder.DropTable(
                name: "LedgerBlastDays");

            migrationBuilder.DropTable(
                name: "LedgerDays");

            migrationBuilder.DropTable(
                name: "LedgerDayStarts");

            migrationBuilder.DropTable(
                name: "LedgerDayZone");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Agent",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_AgentByNumber",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_AgentByState",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Blast",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_BlastByNumber",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_BlastByState",
                table: "LedgerEntries");

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
        }
    }
}
