using System.Security.Claims;
using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Identity;

/// <summary>A person's own display choices (light or dark theme), kept with their account so every browser follows.</summary>
public sealed class UserPreferences(IDbContextFactory<CrmDbContext> contexts)
{
    public async Task<bool> PrefersDarkModeAsync(ClaimsPrincipal user)
    {
        if (UserId(user) is not { } id) return false;
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == id).Select(u => u.PrefersDarkMode).FirstOrDefaultAsync();
    }

    public async Task SetDarkModeAsync(ClaimsPrincipal user, bool dark)
    {
        if (UserId(user) is not { } id) return;
        await using var db = await contexts.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PrefersDarkMode, dark));
    }

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
