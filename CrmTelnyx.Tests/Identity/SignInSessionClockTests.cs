using System.Net;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Identity;

/// <summary>Sessions over time, on the app's clock: a working day stays signed in, a cookie left idle past its lifetime does not come back.</summary>
public sealed class SignInSessionClockTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly CrmAppFactory app = new();

    public SignInSessionClockTests() =>
        app.ServiceChanges.Add(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_session_in_use_survives_the_periodic_security_stamp_check_all_day()
    {
        await app.CreateUserAsync("all-day@crm.test", "AllDay-Passw0rd1", "Staff");
        var client = await app.CreateBrowserLikeClient().SignedInAsync("all-day@crm.test", "AllDay-Passw0rd1");

        // Every few minutes for ten hours: each step is past the stamp check's interval, so the cookie is rebuilt and renewed.
        for (var minutes = 0; minutes < 10 * 60; minutes += 7)
        {
            clock.Advance(TimeSpan.FromMinutes(7));
            var page = await client.GetAsync("/contacts");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"Signed out after {minutes + 7} minutes: {(int)page.StatusCode} {page.Headers.Location}");
        }
    }
}
