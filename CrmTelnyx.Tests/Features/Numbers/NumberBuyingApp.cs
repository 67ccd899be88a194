using System.Security.Claims;
using CrmTelnyx.Components;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>
/// The app on real Kestrel with its built-in sandbox as Telnyx, webhooks applied quickly, and the number use cases run
/// as the buy page runs them (each in its own scope).
/// </summary>
public sealed class NumberBuyingApp : IAsyncDisposable
{
    public const string AdminEmail = "buyer@crm.test";

    public static readonly ClaimsPrincipal Admin = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "buyer"), new Claim(ClaimTypes.Name, AdminEmail), new Claim(ClaimTypes.Email, AdminEmail),
         new Claim(ClaimTypes.Role, AppRoles.Admin)], "Test"));

    public CrmAppFactory App { get; } = new();

    public NumberBuyingApp(Action<CrmAppFactory>? configure = null)
    {
        App.Settings["Sandbox:NumberOrderDelayMs"] = "100";
        App.Settings["Sandbox:WebhookRetryDelayMs"] = "100";
        App.Settings["Webhooks:RetryBaseDelay"] = "00:00:00.100";
        configure?.Invoke(App);
        App.StartKestrel();
    }

    public Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> run) where TUseCase : notnull =>
        App.Services.GetRequiredService<UseCaseRunner>().RunAsync(run);

    public NumberOrderRules SandboxOrders => App.Services.GetRequiredService<NumberOrderRules>();

    public async Task<IReadOnlyList<NumberOffer>> SearchAsync(NumberSearch search)
    {
        var result = await RunAsync<FindAvailableNumbers, FindAvailableNumbers.Result>(f => f.SearchAsync(search));
        Assert.Null(result.Error);
        return result.Numbers;
    }

    public Task<BuyNumbers.Result> BuyAsync(IReadOnlyList<NumberOffer> offers, string? state) =>
        RunAsync<BuyNumbers, BuyNumbers.Result>(b => b.BuyAsync(Admin, offers, state));

    public Task<NumberOrder> OrderAsync(long id) =>
        App.WithDbAsync(db => db.NumberOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id));

    public Task<NumberOrder> SettledOrderAsync(long id) =>
        Eventually.ReturnsAsync(() => OrderAsync(id), o => CompleteNumberOrder.IsSettled(o.Status));

    public Task<List<CompanyNumber>> NumbersAsync(IEnumerable<string> phoneNumbers)
    {
        var wanted = phoneNumbers.ToList();
        return App.WithDbAsync(db => db.CompanyNumbers.AsNoTracking().Where(n => wanted.Contains(n.PhoneNumber)).OrderBy(n => n.PhoneNumber).ToListAsync());
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
