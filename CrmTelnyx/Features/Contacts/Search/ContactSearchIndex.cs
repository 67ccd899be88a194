using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Search;

/// <summary>
/// The FTS5 trigram index over <see cref="Contact.SearchText"/> (table "ContactSearch", migration ContactSearchIndex),
/// filled in the background by <see cref="ContactSearchIndexer"/>. It answers substring searches without reading
/// every contact.
/// </summary>
public static class ContactSearchIndex
{
    /// <summary>Trigrams need three characters: a shorter term matches nothing in the index, so it is scanned for instead.</summary>
    public static bool CanServe(string term) => term.EnumerateRunes().Count() >= 3;

    /// <summary>
    /// Ids of the contacts that may contain <paramref name="term"/>: those the index matches, plus every contact not
    /// indexed yet (added since the indexer last ran). Composable into an EF query, which re-checks the text itself.
    /// </summary>
    public static IQueryable<long> Candidates(CrmDbContext db, string term)
    {
        // One FTS5 phrase in double quotes (inner quotes doubled): the user's OR, *, -, ( ) and quotes stay plain text.
        var phrase = "\"" + term.Replace("\"", "\"\"") + "\"";
        // One statement reads the index and the mark it has reached in the same snapshot, so no contact falls between.
        return db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "ContactSearch" WHERE "ContactSearch" MATCH {phrase}
            UNION ALL
            SELECT "Id" AS "Value" FROM "Contacts" WHERE "Id" > (SELECT "IndexedUpTo" FROM "ContactSearchProgress")
            """);
    }
}
