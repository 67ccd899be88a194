using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls;

/// <summary>What a call's far end heard, as the two sides recorded it: the webhooks the app received, and what the sandbox spoke.</summary>
public static class CallPlayedAudio
{
    /// <summary>The bodies of the webhooks of one type the app received.</summary>
    public static Task<List<string>> PayloadsAsync(CrmAppFactory app, string eventType) =>
        app.WithDbAsync(db => db.Set<WebhookEvent>().AsNoTracking().Where(e => e.EventType == eventType).Select(e => e.Payload).ToListAsync());

    /// <summary>What the sandbox spoke (speak, gather) on the call's contact leg.</summary>
    public static async Task<List<string>> SpokenToContactAsync(CrmAppFactory app, Call call)
    {
        var contact = call.Legs.Single(l => l.Role == CallLegRole.Contact).CallControlId;
        await using var sandbox = await app.Services.GetRequiredService<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        return await sandbox.Speeches.AsNoTracking().Where(s => s.CallControlId == contact).Select(s => s.Text).ToListAsync();
    }
}
