using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Messages;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Conversations;

/// <summary>
/// The app on Kestrel in Sandbox mode, so people text in through the sandbox (signed webhooks to the app, as Telnyx does)
/// and the app's answers go out through the sandbox.
/// </summary>
public sealed class TextingApp : IAsyncLifetime
{
    /// <summary>Numbers the sandbox account owns.</summary>
    public const string Ours = "+13125550142";
    public const string OtherOfOurs = "+13125550141";

    public CrmAppFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        Factory.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A person texts one of our numbers from the sandbox; returns once the app has recorded the text.</summary>
    /// <param name="media">Pictures or files sent with it, making it an MMS.</param>
    public async Task<Message> TextInAsync(string from, string text, string to = Ours, string[]? media = null)
    {
        var result = await Factory.Services.GetRequiredService<SandboxRunner>()
            .RunAsync<ReceiveInboundText, ReceiveInboundText.Result>(r => r.ReceiveAsync(from, to, text, media));
        Assert.True(result.Accepted, result.Message);
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        return (await Eventually.ReturnsAsync(
            () => Factory.WithDbAsync(db => db.Messages.AsNoTracking()
                .Where(m => m.Direction == MessageDirection.Inbound && m.From == from && m.Text == text)
                .OrderByDescending(m => m.Id).FirstOrDefaultAsync()),
            m => m is not null && m.CreatedAt > before))!;
    }

    public Task<Conversation?> ThreadAsync(string phone) =>
        Factory.WithDbAsync(db => db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Phone == phone));

    public Task<List<Message>> OutboundToAsync(string phone) =>
        Factory.WithDbAsync(db => db.Messages.AsNoTracking().Where(m => m.Direction == MessageDirection.Outbound && m.To == phone).OrderBy(m => m.Id).ToListAsync());

    public async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> run) where TUseCase : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
