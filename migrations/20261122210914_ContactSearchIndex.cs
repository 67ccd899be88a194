using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmTelnyx.Migrations
{
    /// <summary>
    /// An FTS5 trigram index over Contacts.SearchText, so contact search (a substring match) reads an index instead of
    /// every row. External content: it points at Contacts rows by Id and stores no copy of the text. Not part of the
    /// EF model.
    ///
    /// Rows are indexed in Id order by ContactSearchIndexer, in the background, up to ContactSearchProgress.IndexedUpTo,
    /// so a 100,000-row import does not pay for the index while it runs; search scans the few rows above that mark.
    /// The triggers keep rows already indexed in step with edits and deletes (an external-content index removes a row
    /// by being told the text it indexed, so rows not yet indexed must not be "removed").
    /// </summary>
    public partial class ContactSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ContactSearch" USING fts5("SearchText", content='Contacts', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "ContactSearchProgress" (
                    "Id" INTEGER NOT NULL PRIMARY KEY CHECK ("Id" = 1),
                    "IndexedUpTo" INTEGER NOT NULL);
                """);
            migrationBuilder.Sql("""INSERT INTO "ContactSearchProgress" ("Id", "IndexedUpTo") VALUES (1, 0);""");
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // IF EXISTS: going down through FieldLimits rebuilds Contacts, which drops its triggers already.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Contacts_SearchIndex_AfterDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Contacts_SearchIndex_AfterUpdate";""");
            migrationBuilder.Sql("""DROP TABLE "ContactSearchProgress";""");
            migrationBuilder.Sql("""DROP TABLE "ContactSearch";""");
        }
    }
}
