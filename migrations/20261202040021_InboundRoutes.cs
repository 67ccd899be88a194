using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class InboundRoutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MenuChoice",
                table: "Calls",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RoutedByApp",
                table: "Calls",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TransferredTo",
                table: "Calls",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgentUserId",
                table: "CallLegs",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InboundRoutes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Holidays = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Strategy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RingTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    VoicemailGreeting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MenuGreeting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MenuOptions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LastRungAgentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundRoutes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboundRoutes_PhoneNumber",
                table: "InboundRoutes",
                column: "PhoneNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboundRoutes");

            migrationBuilder.DropColumn(
                name: "MenuChoice",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "RoutedByApp",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "TransferredTo",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "AgentUserId",
                table: "CallLegs");
        }
    }
}
