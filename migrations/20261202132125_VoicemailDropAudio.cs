using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class VoicemailDropAudio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VoicemailDropAudioFile",
                table: "CallSettings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoicemailDropAudioName",
                table: "CallSettings",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.UpdateData(
                table: "CallSettings",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "VoicemailDropAudioFile", "VoicemailDropAudioName" },
                values: new object[] { null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VoicemailDropAudioFile",
                table: "CallSettings");

            migrationBuilder.DropColumn(
                name: "VoicemailDropAudioName",
                table: "CallSettings");
        }
    }
}
