using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class TextBlasts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BlastId",
                table: "Messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAt",
                table: "Messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ContactId",
                table: "Messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SendAfter",
                table: "Messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Blasts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1600, nullable: false),
                    MediaUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsMarketing = table.Column<bool>(type: "INTEGER", nullable: false),
                    AudienceJson = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    AudienceDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Rotation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SendersJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ScheduledFor = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false),
                    SuppressedOptedOut = table.Column<int>(type: "INTEGER", nullable: false),
                    SuppressedInvalid = table.Column<int>(type: "INTEGER", nullable: false),
                    SuppressedDuplicate = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedSegments = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedCost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    EstimatedFinishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Blasts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContactId = table.Column<long>(type: "INTEGER", nullable: true),
                    CompanyNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LastMessageAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastMessagePreview = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastDirection = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnreadCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MessageTemplates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1600, nullable: false),
                    MediaUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedContactFilters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedContactFilters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StickySenders",
                columns: table => new
                {
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SenderNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StickySenders", x => x.Phone);
                });

            migrationBuilder.CreateTable(
                name: "TextingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    SmsRatePerPart = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    MmsRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    LocalNumberMessagesPerSecond = table.Column<double>(type: "REAL", nullable: false),
                    TollFreeMessagesPerSecond = table.Column<double>(type: "REAL", nullable: false),
                    AccountMessagesPerSecond = table.Column<double>(type: "REAL", nullable: false),
                    CompanyTimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HelpReply = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    OptOutConfirmation = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ProfileSendsOptOutConfirmation = table.Column<bool>(type: "INTEGER", nullable: false),
                    QuietHoursJson = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextingSettings", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "TextingSettings",
                columns: new[] { "Id", "AccountMessagesPerSecond", "CompanyTimeZone", "HelpReply", "LocalNumberMessagesPerSecond", "MmsRate", "OptOutConfirmation", "ProfileSendsOptOutConfirmation", "QuietHoursJson", "SmsRatePerPart", "TollFreeMessagesPerSecond", "UpdatedAt", "UpdatedBy", "Version" },
                values: new object[] { 1, 50.0, "America/New_York", "Reply STOP to opt out of texts. Msg & data rates may apply.", 1.0, 0.0200m, "You are unsubscribed and will get no more texts from us. Reply START to resubscribe.", true, null, 0.0070m, 20.0, null, null, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_BlastId_Status",
                table: "Messages",
                columns: new[] { "BlastId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_BlastId_To",
                table: "Messages",
                columns: new[] { "BlastId", "To" },
                unique: true,
                filter: "\"BlastId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ContactId",
                table: "Messages",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_Status_SendAfter",
                table: "Messages",
                columns: new[] { "Status", "SendAfter" },
                filter: "\"BlastId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Blasts_CreatedAt",
                table: "Blasts",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Blasts_Status_ScheduledFor",
                table: "Blasts",
                columns: new[] { "Status", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_AssignedUserId_LastMessageAt",
                table: "Conversations",
                columns: new[] { "AssignedUserId", "LastMessageAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ContactId",
                table: "Conversations",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_LastMessageAt",
                table: "Conversations",
                column: "LastMessageAt");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_Phone",
                table: "Conversations",
                column: "Phone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MessageTemplates_Name",
                table: "MessageTemplates",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavedContactFilters_Name",
                table: "SavedContactFilters",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Blasts");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "MessageTemplates");

            migrationBuilder.DropTable(
                name: "SavedContactFilters");

            migrationBuilder.DropTable(
                name: "StickySenders");

            migrationBuilder.DropTable(
                name: "TextingSettings");

            migrationBuilder.DropIndex(
                name: "IX_Messages_BlastId_Status",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_BlastId_To",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_ContactId",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_Status_SendAfter",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "BlastId",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "ContactId",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "SendAfter",
                table: "Messages");
        }
    }
}
