using System.Security.Claims;
using CrmTelnyx.Features.Settings;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Features.Users;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Settings;

public sealed class SendTestNoticeTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private static ClaimsPrincipal Person(string userId, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, role)], "Test"));

    [Fact]
    public async Task The_test_update_reaches_the_senders_own_pages_and_nobody_elses()
    {
        var adminId = await app.UserIdAsync(CrmAppFactory.AdminEmail);
        var otherId = (await app.CreateUserAsync("other-admin@crm.test", "Other-Passw0rd1", "Admin")).Id;
        var feed = app.Services.GetRequiredService<LiveFeed>();
        var mine = new TaskCompletionSource<LiveNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        var theirs = new List<LiveEvent>();
        var admin = Person(adminId, "Admin");
        using var own = feed.Subscribe(admin, LiveTopics.User(adminId), events =>
        {
            if (events.Select(e => e.Data).OfType<LiveNotice>().FirstOrDefault() is { } notice) mine.TrySetResult(notice);
            return Task.CompletedTask;
        });
        using var other = feed.Subscribe(Person(otherId, "Admin"), LiveTopics.User(otherId), events =>
        {
            lock (theirs) theirs.AddRange(events);
            return Task.CompletedTask;
        });

        var sentAt = await app.RunAsync<SendTestNotice, DateTimeOffset>(s => s.SendAsync(admin));

        var notice = await mine.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("Live updates work", notice.Title);
        Assert.Contains($"{sentAt:HH:mm:ss} UTC", notice.Text);
        await Task.Delay(500);
        lock (theirs) Assert.Empty(theirs);
    }
}
