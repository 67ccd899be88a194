using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <summary>
    /// CHECK constraints so the database itself refuses values past each field's one limit (SQLite ignores column sizes).
    /// SQLite adds them by rebuilding the tables (EF puts the rebuilds after any SQL of the same migration), which drops
    /// the Contacts triggers of <see cref="ContactSearchIndex"/>: <see cref="FieldLimitsSearchTriggers"/> creates them again. Values stored past a limit before this (imports skipped the limits) are cut to
    /// it first, or the rebuild would refuse them and the app would not start.
    /// </summary>
    public partial class FieldLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (column, limit) in new[] { ("FirstName", 100), ("LastName", 100), ("Company", 200), ("Notes", 4000) })
                migrationBuilder.Sql($"""UPDATE "Contacts" SET "{column}" = substr("{column}", 1, {limit}) WHERE length("{column}") > {limit};""");
            migrationBuilder.Sql("""UPDATE "Contacts" SET "Email" = NULL WHERE length("Email") > 254;""");
            migrationBuilder.Sql("""UPDATE "ConsentEvents" SET "Detail" = substr("Detail", 1, 500) WHERE length("Detail") > 500;""");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Tags_Name_Length",
                table: "Tags",
                sql: "length(\"Name\") <= 50");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contacts_Company_Length",
                table: "Contacts",
                sql: "length(\"Company\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contacts_Email_Length",
                table: "Contacts",
                sql: "length(\"Email\") <= 254");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contacts_FirstName_Length",
                table: "Contacts",
                sql: "length(\"FirstName\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contacts_LastName_Length",
                table: "Contacts",
                sql: "length(\"LastName\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contacts_Notes_Length",
                table: "Contacts",
                sql: "length(\"Notes\") <= 4000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contacts_Phone_Length",
                table: "Contacts",
                sql: "length(\"Phone\") <= 16");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contacts_State_Length",
                table: "Contacts",
                sql: "length(\"State\") <= 2");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ConsentEvents_Actor_Length",
                table: "ConsentEvents",
                sql: "length(\"Actor\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ConsentEvents_Detail_Length",
                table: "ConsentEvents",
                sql: "length(\"Detail\") <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_DisplayName_Length",
                table: "AspNetUsers",
                sql: "length(\"DisplayName\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_Email_Length",
                table: "AspNetUsers",
                sql: "length(\"Email\") <= 256");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Tags_Name_Length",
                table: "Tags");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contacts_Company_Length",
                table: "Contacts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contacts_Email_Length",
                table: "Contacts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contacts_FirstName_Length",
                table: "Contacts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contacts_LastName_Length",
                table: "Contacts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contacts_Notes_Length",
                table: "Contacts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contacts_Phone_Length",
                table: "Contacts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contacts_State_Length",
                table: "Contacts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ConsentEvents_Actor_Length",
                table: "ConsentEvents");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ConsentEvents_Detail_Length",
                table: "ConsentEvents");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_DisplayName_Length",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_Email_Length",
                table: "AspNetUsers");
        }
    }
}
