using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Users;

/// <summary>One line of the users list.</summary>
public sealed record UserRow(
    string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsDisabled, DateTimeOffset? LockoutEnd, DateTimeOffset CreatedAt);

/// <summary>A page of the users list, searched by name or email and sorted, all in the query.</summary>
public static class UserList
{
    public const string ByName = nameof(UserRow.DisplayName);
    public const string ByEmail = nameof(UserRow.Email);

    public static async Task<(IReadOnlyList<UserRow> Rows, int Total)> ReadAsync(
        CrmDbContext db, string? search, string? sortBy, bool descending, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // LIKE rather than Contains: SQLite's instr() is case-sensitive, and people type names in any case.
            var pattern = $"%{search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            users = users.Where(u => EF.Functions.Like(u.Email!, pattern, "\\") || EF.Functions.Like(u.DisplayName, pattern, "\\"));
        }
        var total = await users.CountAsync(cancellationToken);

        users = (sortBy, descending) switch
        {
            (ByName, false) => users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email),
            (ByName, true) => users.OrderByDescending(u => u.DisplayName).ThenBy(u => u.Email),
            (ByEmail, true) => users.OrderByDescending(u => u.Email),
            _ => users.OrderBy(u => u.Email),
        };
        var rows = await users
            .Skip(page * pageSize).Take(pageSize)
            .Select(u => new UserRow(
                u.Id, u.DisplayName, u.Email!,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                u.IsDisabled, u.LockoutEnd, u.CreatedAt))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }
}
