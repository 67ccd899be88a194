using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class MessageLookupByNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Messages_From_CreatedAt",
                table: "Messages",
                columns: new[] { "From", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_To_CreatedAt",
                table: "Messages",
                columns: new[] { "To", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_From_CreatedAt",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_To_CreatedAt",
                table: "Messages");
        }
    }
}
