using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <summary>
    /// The Contacts triggers of <see cref="ContactSearchIndex"/>, created again: <see cref="FieldLimits"/> rebuilt the
    /// table to add its CHECK constraints, and a rebuilt SQLite table loses its triggers. A migration of its own because
    /// EF runs a migration's table rebuilds after its SQL.
    /// </summary>
    public partial class FieldLimitsSearchTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => CreateSearchTriggers(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // FieldLimits' Down rebuilds the table again and drops them; its own Down cannot create them afterwards.
        }

        /// <summary>Word for word as <see cref="ContactSearchIndex"/> created them.</summary>
        private static void CreateSearchTriggers(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Contacts_SearchIndex_AfterUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Contacts_SearchIndex_AfterDelete";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "Contacts_SearchIndex_AfterUpdate" AFTER UPDATE OF "SearchText" ON "Contacts"
                WHEN old."Id" <= (SELECT "IndexedUpTo" FROM "ContactSearchProgress") BEGIN
                    INSERT INTO "ContactSearch"("ContactSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                    INSERT INTO "ContactSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Contacts_SearchIndex_AfterDelete" AFTER DELETE ON "Contacts"
                WHEN old."Id" <= (SELECT "IndexedUpTo" FROM "ContactSearchProgress") BEGIN
                    INSERT INTO "ContactSearch"("ContactSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                END;
                """);
        }
    }
}
