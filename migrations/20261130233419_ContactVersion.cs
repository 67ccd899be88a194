using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <inheritdoc />
    public partial class ContactVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Contacts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // DropColumn would rebuild the table, losing its search-index triggers (ContactSearchIndex); SQLite drops a plain column in place.
            migrationBuilder.Sql("ALTER TABLE \"Contacts\" DROP COLUMN \"UpdatedBy\";");
            migrationBuilder.Sql("ALTER TABLE \"Contacts\" DROP COLUMN \"Version\";");
        }
    }
}
