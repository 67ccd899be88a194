using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class HoldAndGreetingAudio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GreetingAudioFile",
                table: "InboundRoutes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GreetingAudioName",
                table: "InboundRoutes",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HeldSeconds",
                table: "Calls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "HeldSince",
                table: "Calls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HoldStep",
                table: "Calls",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GreetingAudioFile",
                table: "InboundRoutes");

            migrationBuilder.DropColumn(
                name: "GreetingAudioName",
                table: "InboundRoutes");

            migrationBuilder.DropColumn(
                name: "HeldSeconds",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "HeldSince",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "HoldStep",
                table: "Calls");
        }
    }
}
