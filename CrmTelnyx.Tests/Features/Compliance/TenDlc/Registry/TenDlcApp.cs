using CrmTelnyx.Features.Compliance.TenDlc;
using CrmTelnyx.Features.Compliance.TenDlc.Brands;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Sandbox;
using TenDlcReviewSettings = CrmTelnyx.Sandbox.TenDlc.TenDlcReviewSettings;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc.Registry;

/// <summary>The app on Kestrel with its sandbox reviewing 10DLC registrations in a few hundred milliseconds.</summary>
public sealed class TenDlcApp : IAsyncDisposable
{
    public NumberBuyingApp Numbers { get; }

    public CrmAppFactory App => Numbers.App;

    /// <param name="webhooksLost">The sandbox sends its webhooks nowhere: only the poll can follow the reviews.</param>
    /// <param name="publicBaseUrl">App:PublicBaseUrl, where Telnyx would reach the app.</param>
    public TenDlcApp(bool webhooksLost = false, string? publicBaseUrl = null) => Numbers = new NumberBuyingApp(a =>
    {
        a.Settings["Sandbox:TenDlcReviewDelayMs"] = "400";
        if (webhooksLost) a.Settings["Sandbox:WebhookUrl"] = "http://127.0.0.1:9/webhooks/telnyx";
        if (publicBaseUrl is not null) a.Settings["App:PublicBaseUrl"] = publicBaseUrl;
    });

    public SandboxRuntimeSettings Sandbox => App.Services.GetRequiredService<SandboxRuntimeSettings>();

    public void Review(bool rejectCampaigns = false, int vettingScore = 80, string reason = TenDlcReviewSettings.DefaultReason) =>
        Sandbox.TenDlcReview = new TenDlcReviewSettings(false, rejectCampaigns, reason, vettingScore);

    public Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> run) where TUseCase : notnull => Numbers.RunAsync(run);

    public async Task<RegisteredBrand> RegisterBrandAsync()
    {
        var result = await RunAsync<RegisterBrand, RegisterBrand.Result>(r => r.SubmitAsync(TenDlcExamples.Brand, "admin@crm.test"));
        Assert.Null(result.Problem);
        return result.Brand!;
    }

    public Task<RegisteredBrand> BrandAsync(string telnyxId) =>
        App.WithDbAsync(db => db.RegisteredBrands.AsNoTracking().SingleAsync(b => b.TelnyxBrandId == telnyxId));

    public Task<RegisteredCampaign> CampaignAsync(string telnyxId) =>
        App.WithDbAsync(db => db.RegisteredCampaigns.AsNoTracking().SingleAsync(c => c.TelnyxCampaignId == telnyxId));

    public Task<RegisteredBrand> ActiveBrandAsync(string telnyxId) =>
        Eventually.ReturnsAsync(() => BrandAsync(telnyxId), b => b.State != RegistrationState.Pending);

    public Task<RegisteredCampaign> SettledCampaignAsync(string telnyxId) =>
        Eventually.ReturnsAsync(() => CampaignAsync(telnyxId), c => c.State != RegistrationState.Pending);

    /// <summary>A brand reviewed and active, and an active campaign for it.</summary>
    public async Task<RegisteredCampaign> ActiveCampaignAsync()
    {
        var brand = await ActiveBrandAsync((await RegisterBrandAsync()).TelnyxBrandId);
        var submitted = await RunAsync<RegisterCampaign, RegisterCampaign.Result>(r => r.SubmitAsync(brand.TelnyxBrandId, TenDlcExamples.Campaign, false, "admin@crm.test"));
        Assert.Null(submitted.Problem);
        var campaign = await SettledCampaignAsync(submitted.Campaign!.TelnyxCampaignId);
        Assert.Equal(RegistrationState.Active, campaign.State);
        return campaign;
    }

    /// <summary>Buys numbers in Illinois through the number manager: new local numbers, on no campaign.</summary>
    public async Task<List<CompanyNumber>> BuyLocalNumbersAsync(int count)
    {
        var offers = (await Numbers.SearchAsync(new NumberSearch { State = "IL" })).Take(count).ToList();
        var order = await Numbers.SettledOrderAsync((await Numbers.BuyAsync(offers, "IL")).OrderId!.Value);
        Assert.Equal(NumberOrderStatus.Completed, order.Status);
        return await Numbers.NumbersAsync(offers.Select(o => o.PhoneNumber));
    }

    public ValueTask DisposeAsync() => Numbers.DisposeAsync();
}
