namespace CrmTelnyx.Tests.Identity;

/// <summary>The README's roles table as data: for each part of the app (a row), the roles ticked (✓) for it.</summary>
public sealed record ReadmeRolesTable(IReadOnlyList<string> Roles, IReadOnlyDictionary<string, IReadOnlySet<string>> RolesByPart)
{
    public static ReadmeRolesTable Load()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var heading = Array.IndexOf(readme, "## Roles");
        Assert.True(heading >= 0, "README.md has no '## Roles' section.");
        var rows = readme.Skip(heading + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.True(rows.Count > 2, "The README's roles table has no rows.");

        var roles = rows[0].Skip(1).ToList();
        var byPart = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var cells in rows.Skip(2))
            byPart.Add(cells[0], roles.Where((_, i) => i + 1 < cells.Length && cells[i + 1] == "✓").ToHashSet());
        return new(roles, byPart);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && Directory.Exists(Path.Combine(dir.FullName, "CrmTelnyx")))
                return dir.FullName;
        throw new InvalidOperationException("The repository root (README.md beside CrmTelnyx/) was not found above the test output.");
    }
}
