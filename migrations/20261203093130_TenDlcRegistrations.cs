using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class TenDlcRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TenDlcAssignmentStatus",
                table: "CompanyNumbers",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TenDlcCampaignActive",
                table: "CompanyNumbers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "TenDlcBrands",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TelnyxBrandId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TcrBrandId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IdentityStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    VettingScore = table.Column<int>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenDlcBrands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TenDlcCampaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TelnyxCampaignId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TcrCampaignId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TelnyxBrandId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UseCase = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    CampaignStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AttMessagesPerMinute = table.Column<int>(type: "INTEGER", nullable: true),
                    AttMessageClass = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    TMobileDailyCap = table.Column<int>(type: "INTEGER", nullable: true),
                    TMobileBrandTier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MessagesPerMinuteSetting = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenDlcCampaigns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TenDlcBrands_TelnyxBrandId",
                table: "TenDlcBrands",
                column: "TelnyxBrandId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenDlcCampaigns_TelnyxBrandId",
                table: "TenDlcCampaigns",
                column: "TelnyxBrandId");

            migrationBuilder.CreateIndex(
                name: "IX_TenDlcCampaigns_TelnyxCampaignId",
                table: "TenDlcCampaigns",
                column: "TelnyxCampaignId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TenDlcBrands");

            migrationBuilder.DropTable(
                name: "TenDlcCampaigns");

            migrationBuilder.DropColumn(
                name: "TenDlcAssignmentStatus",
                table: "CompanyNumbers");

            migrationBuilder.DropColumn(
                name: "TenDlcCampaignActive",
                table: "CompanyNumbers");
        }
    }
}
