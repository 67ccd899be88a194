using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class Ledger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LedgerEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    IsCorrection = table.Column<bool>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CompanyNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ContactId = table.Column<long>(type: "INTEGER", nullable: true),
                    BlastId = table.Column<long>(type: "INTEGER", nullable: true),
                    AgentUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountMicros = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TelnyxRecordId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_OccurredAt",
                table: "LedgerEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Source",
                table: "LedgerEntries",
                column: "Source",
                unique: true,
                filter: "IsCorrection = 0");

            // Costs the app knew before the ledger existed become its first entries, so nothing already charged is missing.
            migrationBuilder.Sql("""
                INSERT INTO LedgerEntries (Source, IsCorrection, OccurredAt, Type, Direction, CompanyNumber, State, ContactId, BlastId,
                    AgentUserId, Quantity, AmountMicros, Currency, TelnyxRecordId, RecordedAt)
                SELECT 'text:' || m.TelnyxMessageId, 0, datetime(COALESCE(m.CompletedAt, m.SentAt, m.CreatedAt)),
                    CASE WHEN m.MediaUrls IS NOT NULL AND m.MediaUrls <> '[]' THEN 'Mms' ELSE 'Sms' END, m.Direction,
                    CASE WHEN m.Direction = 'Outbound' THEN m."From" ELSE m."To" END,
                    COALESCE(c.State, (SELECT n.State FROM CompanyNumbers n WHERE n.PhoneNumber = CASE WHEN m.Direction = 'Outbound' THEN m."From" ELSE m."To" END LIMIT 1)),
                    m.ContactId, m.BlastId, NULL, COALESCE(m.Parts, 1), CAST(ROUND(CAST(m.CostAmount AS REAL) * 1000000) AS INTEGER), 'USD',
                    m.TelnyxMessageId, datetime('now')
                FROM Messages m LEFT JOIN Contacts c ON c.Id = m.ContactId
                WHERE m.CostAmount IS NOT NULL AND m.TelnyxMessageId IS NOT NULL;

                INSERT INTO LedgerEntries (Source, IsCorrection, OccurredAt, Type, Direction, CompanyNumber, State, ContactId, BlastId,
                    AgentUserId, Quantity, AmountMicros, Currency, TelnyxRecordId, RecordedAt)
                SELECT 'call-leg:' || l.CallControlId, 0, COALESCE(l.EndedAt, l.StartedAt), 'Call', k.Direction,
                    CASE WHEN k.Direction = 'Outbound' THEN k."From" ELSE k."To" END,
                    COALESCE(c.State, (SELECT n.State FROM CompanyNumbers n WHERE n.PhoneNumber = CASE WHEN k.Direction = 'Outbound' THEN k."From" ELSE k."To" END LIMIT 1)),
                    k.ContactId, NULL, COALESCE(k.AgentUserId, l.AgentUserId), COALESCE(l.BilledSeconds, 0),
                    CAST(ROUND(CAST(l.Cost AS REAL) * 1000000) AS INTEGER), 'USD', l.CallControlId, datetime('now')
                FROM CallLegs l JOIN Calls k ON k.Id = l.CallId LEFT JOIN Contacts c ON c.Id = k.ContactId
                WHERE l.Cost IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerEntries");
        }
    }
}
