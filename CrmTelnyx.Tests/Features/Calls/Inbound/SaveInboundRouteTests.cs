using System.Security.Claims;
using CrmTelnyx.Features.Calls.Inbound;
using CrmTelnyx.Features.Calls.Routing;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Inbound;

/// <summary>The "Inbound calls" card's save: every field checked as the router reads it, nothing stored on a mistake.</summary>
public sealed class SaveInboundRouteTests : IAsyncLifetime
{
    private static readonly string Number = SandboxAccount.SeedNumbers[0];
    private readonly CrmAppFactory app = new();

    private static ClaimsPrincipal As(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, $"{role.ToLowerInvariant()}@crm.test"), new Claim(ClaimTypes.Role, role)], "test"));

    private static SaveInboundRoute.Form Form(string hours = "Mon-Fri 09:00-17:00", string zone = "America/Chicago", string holidays = "", int timeout = 20, string greeting = "Leave a message.") =>
        new(hours, zone, holidays, RingStrategy.RoundRobin, timeout, greeting);

    public async Task InitializeAsync()
    {
        app.StartKestrel();
        await app.SyncNumbersAsync();
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<SaveInboundRoute.Result> SaveAsync(ClaimsPrincipal user, SaveInboundRoute.Form form)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SaveInboundRoute>().RunAsync(user, Number, form);
    }

    [Theory]
    [InlineData("Mon-Fry 09:00-17:00", "America/Chicago", "", 20, "hours")]
    [InlineData("Mon-Fri 09:00-17:00", "Mars/Olympus", "", 20, "zone")]
    [InlineData("Mon-Fri 09:00-17:00", "America/Chicago", "Christmas", 20, "holidays")]
    [InlineData("Mon-Fri 09:00-17:00", "America/Chicago", "", 2, "timeout")]
    public async Task A_mistake_is_named_at_its_field_and_nothing_is_stored(string hours, string zone, string holidays, int timeout, string field)
    {
        var result = await SaveAsync(As(AppRoles.Admin), Form(hours, zone, holidays, timeout));

        Assert.Equal(field, result.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Equal(0, await app.WithDbAsync(db => db.InboundRoutes.CountAsync()));
    }

    [Theory]
    [InlineData("Press 1 for sales.", "1 Sales nobody", "should read like")]
    [InlineData("Press 1 for sales.", "1 Sales: ghost@crm.test", "No agent, manager or admin has the e-mail ghost@crm.test.")]
    [InlineData("", "1 Sales: admin@crm.test", "Write what callers hear")]
    [InlineData("Press 1 for sales.", "1 Sales: admin@crm.test\n1 Support: admin@crm.test", "Key 1 is listed twice.")]
    public async Task A_menu_mistake_is_named_and_nothing_is_stored(string spoken, string keys, string message)
    {
        // admin@crm.test is the app's first admin (CrmAppFactory.AdminEmail), who takes calls too.
        var result = await SaveAsync(As(AppRoles.Admin), Form() with { MenuGreeting = spoken, MenuOptions = keys });

        Assert.Equal("menu", result.Field);
        Assert.Contains(message, result.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.InboundRoutes.CountAsync()));
    }

    [Fact]
    public async Task A_menu_is_saved_with_its_keys_in_order()
    {
        await app.CreateUserAsync("ann@crm.test", "Agent-Passw0rd-2", AppRoles.Agent);

        var result = await SaveAsync(As(AppRoles.Admin), Form() with { MenuGreeting = " Press 1 or 2. ", MenuOptions = "2 Support: ann@crm.test\n1) Sales: ann@crm.test" });

        Assert.Null(result.Error);
        var route = await app.WithDbAsync(db => db.InboundRoutes.SingleAsync());
        Assert.Equal(("Press 1 or 2.", "1 Sales: ann@crm.test\n2 Support: ann@crm.test"), (route.MenuGreeting, route.MenuOptions));
    }

    [Fact]
    public async Task Only_admins_set_routes()
    {
        var result = await SaveAsync(As(AppRoles.Manager), Form());

        Assert.Equal("Only admins set how numbers answer calls.", result.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.InboundRoutes.CountAsync()));
    }

    [Fact]
    public async Task A_saved_route_reads_back_as_the_router_will_use_it()
    {
        Assert.Null((await SaveAsync(As(AppRoles.Admin), Form(hours: "mon-fri 9:00-17:00", holidays: "2026-12-25, 2026-12-24"))).Error);

        var route = await app.WithDbAsync(db => db.InboundRoutes.SingleAsync());
        Assert.Equal((Number, "Mon-Fri 09:00-17:00", "2026-12-24\n2026-12-25", RingStrategy.RoundRobin, "admin@crm.test"),
            (route.PhoneNumber, route.Hours, route.Holidays, route.Strategy, route.UpdatedBy));
        await using var scope = app.Services.CreateAsyncScope();
        var (rule, error) = await scope.ServiceProvider.GetRequiredService<InboundRules>().RuleOfAsync(route, default);
        Assert.Null(error);
        Assert.True(rule!.Hours.IsOpen(new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.Zero)), "Wednesday 10:00 in Chicago is open");
        Assert.False(rule.Hours.IsOpen(new DateTimeOffset(2026, 12, 25, 16, 0, 0, TimeSpan.Zero)), "Christmas is a holiday");
    }
}
