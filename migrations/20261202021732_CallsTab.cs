using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class CallsTab : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Calls_CallControlId",
                table: "Calls");

            migrationBuilder.RenameColumn(
                name: "State",
                table: "Calls",
                newName: "Status");

            migrationBuilder.AlterColumn<string>(
                name: "CallControlId",
                table: "Calls",
                type: "TEXT",
                maxLength: 128,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 128);

            migrationBuilder.AddColumn<string>(
                name: "AgentPhone",
                table: "Calls",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgentUserId",
                table: "Calls",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweringMachineResult",
                table: "Calls",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BilledSeconds",
                table: "Calls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConsentAnnounced",
                table: "Calls",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ContactId",
                table: "Calls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Cost",
                table: "Calls",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Disposition",
                table: "Calls",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DurationSeconds",
                table: "Calls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Error",
                table: "Calls",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "Calls",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OptOutOverriddenBy",
                table: "Calls",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Calls",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAvailableForCalls",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CallLegs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<long>(type: "INTEGER", nullable: false),
                    CallControlId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HangupCause = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BilledSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLegs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallLegs_Calls_CallId",
                        column: x => x.CallId,
                        principalTable: "Calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallRecordings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<long>(type: "INTEGER", nullable: false),
                    TelnyxRecordingId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    IsVoicemail = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DurationSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DownloadAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Transcript = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    IsRead = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallRecordings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallRecordings_Calls_CallId",
                        column: x => x.CallId,
                        principalTable: "Calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Recording = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DetectAnsweringMachines = table.Column<bool>(type: "INTEGER", nullable: false),
                    Transcribe = table.Column<bool>(type: "INTEGER", nullable: false),
                    Dispositions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    VoicemailDrop = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallSettings", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "CallSettings",
                columns: new[] { "Id", "DetectAnsweringMachines", "Dispositions", "Recording", "Transcribe", "UpdatedAt", "UpdatedBy", "Version", "VoicemailDrop" },
                values: new object[] { 1, true, "Connected\nLeft voicemail\nNo answer\nWrong number\nCall back later\nNot interested", "OnDemand", false, null, null, 0L, "Hello, this is a message from our office. Please call us back at your convenience. Thank you." });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_AgentUserId_StartedAt",
                table: "Calls",
                columns: new[] { "AgentUserId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_ContactId_StartedAt",
                table: "Calls",
                columns: new[] { "ContactId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Calls_StartedAt",
                table: "Calls",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Calls_Status_StartedAt",
                table: "Calls",
                columns: new[] { "Status", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CallLegs_CallControlId",
                table: "CallLegs",
                column: "CallControlId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallLegs_CallId",
                table: "CallLegs",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecordings_CallId",
                table: "CallRecordings",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecordings_IsVoicemail_IsRead",
                table: "CallRecordings",
                columns: new[] { "IsVoicemail", "IsRead" });

            migrationBuilder.CreateIndex(
                name: "IX_CallRecordings_Status",
                table: "CallRecordings",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecordings_TelnyxRecordingId",
                table: "CallRecordings",
                column: "TelnyxRecordingId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallLegs");

            migrationBuilder.DropTable(
                name: "CallRecordings");

            migrationBuilder.DropTable(
                name: "CallSettings");

            migrationBuilder.DropIndex(
                name: "IX_Calls_AgentUserId_StartedAt",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_ContactId_StartedAt",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_StartedAt",
                table: "Calls");

            migrationBuilder.DropIndex(
                name: "IX_Calls_Status_StartedAt",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "AgentPhone",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "AgentUserId",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "AnsweringMachineResult",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "BilledSeconds",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "ConsentAnnounced",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "ContactId",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "Cost",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "Disposition",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "DurationSeconds",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "Error",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "OptOutOverriddenBy",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "IsAvailableForCalls",
                table: "AspNetUsers");

            migrationBuilder.RenameColumn(
                name: "Status",
                table: "Calls",
                newName: "State");

            migrationBuilder.AlterColumn<string>(
                name: "CallControlId",
                table: "Calls",
                type: "TEXT",
                maxLength: 128,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 128,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Calls_CallControlId",
                table: "Calls",
                column: "CallControlId",
                unique: true);
        }
    }
}
