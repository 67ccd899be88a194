using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.QuietHours;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Settings;

/// <summary>At start (after the migrations), puts the quiet-hours rules an admin saved in force; none saved keeps the shipped ones.</summary>
public sealed class SavedQuietHoursLoader(IServiceScopeFactory scopes, ILogger<SavedQuietHoursLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var json = await db.TextingSettings.Where(s => s.Id == TextingSettings.SingletonId).Select(s => s.QuietHoursJson).SingleOrDefaultAsync(cancellationToken);
        try
        {
            QuietHoursRules.Use(json);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
        {
            // Checked when saved, so only a newer app reading older rules lands here: the shipped rules are the safe side.
            logger.LogWarning(e, "The saved quiet-hours rules cannot be read; the shipped rules apply until an admin saves them again");
            QuietHoursRules.Use(null);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
