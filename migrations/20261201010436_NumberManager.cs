using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class NumberManager : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Calls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallControlId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CallSessionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HangupCause = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NumberHealthSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumDeliveryRatePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    MaximumOptOutRatePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    MinimumSample = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PauseFlaggedNumbers = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberHealthSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NumberOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TelnyxOrderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrderedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastCheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompanyNumbers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TelnyxId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CanSms = table.Column<bool>(type: "INTEGER", nullable: false),
                    CanMms = table.Column<bool>(type: "INTEGER", nullable: false),
                    CanVoice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TelnyxStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BlastsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    MessagingProfileId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConnectionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TenDlcCampaignId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MonthlyCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    UpfrontCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    CostCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    NumberOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    HealthProblem = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    HealthFlaggedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HealthPaused = table.Column<bool>(type: "INTEGER", nullable: false),
                    PurchasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyNumbers", x => x.Id);
                    table.CheckConstraint("CK_CompanyNumbers_FriendlyName", "length(\"FriendlyName\") <= 100");
                    table.ForeignKey(
                        name: "FK_CompanyNumbers_NumberOrders_NumberOrderId",
                        column: x => x.NumberOrderId,
                        principalTable: "NumberOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "NumberOrderLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NumberOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MonthlyCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    UpfrontCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    CostCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberOrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NumberOrderLines_NumberOrders_NumberOrderId",
                        column: x => x.NumberOrderId,
                        principalTable: "NumberOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NumberAuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompanyNumberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberAuditEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NumberAuditEntries_CompanyNumbers_CompanyNumberId",
                        column: x => x.CompanyNumberId,
                        principalTable: "CompanyNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "NumberHealthSettings",
                columns: new[] { "Id", "MaximumOptOutRatePercent", "MinimumDeliveryRatePercent", "MinimumSample", "PauseFlaggedNumbers", "UpdatedAt", "UpdatedBy", "Version", "WindowDays" },
                values: new object[] { 1, 2m, 90m, 100, true, null, null, 0L, 7 });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_CallControlId",
                table: "Calls",
                column: "CallControlId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Calls_From_StartedAt",
                table: "Calls",
                columns: new[] { "From", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_To_StartedAt",
                table: "Calls",
                columns: new[] { "To", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CompanyNumbers_NumberOrderId",
                table: "CompanyNumbers",
                column: "NumberOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_CompanyNumbers_PhoneNumber",
                table: "CompanyNumbers",
                column: "PhoneNumber",
                unique: true,
                filter: "\"ReleasedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CompanyNumbers_Status_State",
                table: "CompanyNumbers",
                columns: new[] { "Status", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CompanyNumbers_TelnyxId",
                table: "CompanyNumbers",
                column: "TelnyxId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NumberAuditEntries_CompanyNumberId_At",
                table: "NumberAuditEntries",
                columns: new[] { "CompanyNumberId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_NumberOrderLines_NumberOrderId",
                table: "NumberOrderLines",
                column: "NumberOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_NumberOrders_Status",
                table: "NumberOrders",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_NumberOrders_TelnyxOrderId",
                table: "NumberOrders",
                column: "TelnyxOrderId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Calls");

            migrationBuilder.DropTable(
                name: "NumberAuditEntries");

            migrationBuilder.DropTable(
                name: "NumberHealthSettings");

            migrationBuilder.DropTable(
                name: "NumberOrderLines");

            migrationBuilder.DropTable(
                name: "CompanyNumbers");

            migrationBuilder.DropTable(
                name: "NumberOrders");
        }
    }
}
