using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class ConversationsUnreadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Conversations_Unread",
                table: "Conversations",
                column: "UnreadCount",
                filter: "\"UnreadCount\" > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_Unread",
                table: "Conversations");
        }
    }
}
