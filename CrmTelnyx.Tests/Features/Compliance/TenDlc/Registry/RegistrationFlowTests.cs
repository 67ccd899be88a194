using CrmTelnyx.Features.Compliance.TenDlc;
using CrmTelnyx.Features.Compliance.TenDlc.Brands;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using CrmTelnyx.Features.Compliance.TenDlc.Numbers;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Tests.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc.Registry;

/// <summary>
/// Registering with the sandbox as Telnyx: what is submitted, how its review is followed (signed 10dlc.* webhooks, or
/// the poll when they are lost), and what registration changes for sending.
/// </summary>
public sealed class RegistrationFlowTests
{
    [Fact]
    public async Task A_brand_is_pending_when_submitted_and_active_with_its_vetting_score_once_the_registry_webhook_arrives()
    {
        await using var app = new TenDlcApp();
        app.Review(vettingScore: 80);

        var submitted = await app.RegisterBrandAsync();

        Assert.Equal(RegistrationState.Pending, submitted.State);
        Assert.Equal("admin@crm.test", submitted.SubmittedBy);
        var brand = await app.ActiveBrandAsync(submitted.TelnyxBrandId);
        Assert.Equal((RegistrationState.Active, "VERIFIED", 80), (brand.State, brand.IdentityStatus, brand.VettingScore));
        Assert.NotNull(brand.TcrBrandId);
    }

    [Fact]
    public async Task A_brand_with_a_field_the_registry_would_refuse_is_not_sent()
    {
        await using var app = new TenDlcApp();

        var result = await app.RunAsync<RegisterBrand, RegisterBrand.Result>(r =>
            r.SubmitAsync(TenDlcExamples.Brand with { Ein = "07-1234567", Website = "bit.ly/acme" }, "admin@crm.test"));

        Assert.Null(result.Brand);
        Assert.Equal(["Ein", "Website"], result.FieldErrors.Keys.Order());
        Assert.Equal(0, await app.App.WithDbAsync(db => db.RegisteredBrands.CountAsync(b => b.DisplayName == TenDlcExamples.Brand.LegalName)));
    }

    [Fact]
    public async Task A_campaign_whose_samples_lack_opt_out_language_is_held_back_until_fixed_or_knowingly_submitted()
    {
        await using var app = new TenDlcApp();
        var brand = await app.ActiveBrandAsync((await app.RegisterBrandAsync()).TelnyxBrandId);
        var noOptOut = TenDlcExamples.Campaign with
        {
            Samples = TenDlcExamples.Campaign.Samples.Select(s => s.Replace(" Reply STOP to opt out.", "")).ToList(),
        };

        var held = await app.RunAsync<RegisterCampaign, RegisterCampaign.Result>(r => r.SubmitAsync(brand.TelnyxBrandId, noOptOut, false, "admin@crm.test"));
        Assert.Null(held.Campaign);
        Assert.Contains(held.Findings, f => f.Rule == CampaignRule.NoOptOutLanguage);
        Assert.Contains("fix them, or submit anyway", held.Problem);
        Assert.Equal(0, await app.App.WithDbAsync(db => db.RegisteredCampaigns.CountAsync(c => c.TelnyxBrandId == brand.TelnyxBrandId)));

        var anyway = await app.RunAsync<RegisterCampaign, RegisterCampaign.Result>(r => r.SubmitAsync(brand.TelnyxBrandId, noOptOut, true, "admin@crm.test"));
        Assert.Null(anyway.Problem);
        Assert.Equal(RegistrationState.Pending, anyway.Campaign!.State);
    }

    [Fact]
    public async Task A_campaign_for_a_brand_still_under_review_is_refused_in_words()
    {
        await using var app = new TenDlcApp();
        app.Sandbox.TenDlcReviewDelayMs = 60_000;
        var brand = await app.RegisterBrandAsync();

        var result = await app.RunAsync<RegisterCampaign, RegisterCampaign.Result>(r => r.SubmitAsync(brand.TelnyxBrandId, TenDlcExamples.Campaign, false, "admin@crm.test"));

        Assert.Null(result.Campaign);
        Assert.Equal("The brand Acme Plumbing LLC is not registered yet (Pending review): campaigns can be submitted once it is active.", result.Problem);
    }

    [Fact]
    public async Task A_campaign_becomes_active_by_webhook_with_the_limits_carriers_granted_its_brand()
    {
        await using var app = new TenDlcApp();
        app.Review(vettingScore: 0);

        var campaign = await app.ActiveCampaignAsync();

        Assert.Equal(("MARKETING", "MNO_PROVISIONED"), (campaign.UseCase, campaign.CampaignStatus));
        Assert.Equal((75, "T", 2000), (campaign.AttMessagesPerMinute, campaign.AttMessageClass, campaign.TMobileDailyCap));
        Assert.Null(campaign.FailureReason);
    }

    [Fact]
    public async Task A_rejected_campaign_keeps_the_registry_s_reason_and_what_was_submitted_to_write_it_again()
    {
        await using var app = new TenDlcApp();
        var brand = await app.ActiveBrandAsync((await app.RegisterBrandAsync()).TelnyxBrandId);
        app.Review(rejectCampaigns: true, reason: "Sample 2 does not name the brand.");

        var submitted = await app.RunAsync<RegisterCampaign, RegisterCampaign.Result>(r => r.SubmitAsync(brand.TelnyxBrandId, TenDlcExamples.Campaign, false, "admin@crm.test"));
        var campaign = await app.SettledCampaignAsync(submitted.Campaign!.TelnyxCampaignId);

        Assert.Equal((RegistrationState.Rejected, "MNO_REJECTED"), (campaign.State, campaign.CampaignStatus));
        Assert.Equal("Sample 2 does not name the brand.", campaign.FailureReason);
        var kept = CampaignDraft.FromJson(campaign.SubmittedDraftJson);
        Assert.NotNull(kept);
        var sent = TenDlcExamples.Campaign;
        Assert.Equal((brand.DisplayName, sent.UseCase, sent.Description, sent.MessageFlow, sent.HelpReply, sent.OptOutReply),
            (kept.BrandName, kept.UseCase, kept.Description, kept.MessageFlow, kept.HelpReply, kept.OptOutReply));
        Assert.Equal(sent.Samples, kept.Samples);
    }

    [Fact]
    public async Task With_a_public_address_set_Telnyx_is_told_to_send_the_brand_s_and_the_campaign_s_reviews_there()
    {
        // Nothing listens there, so the poll follows the reviews, as it would for webhooks that never arrive.
        await using var app = new TenDlcApp(publicBaseUrl: "http://127.0.0.1:9/crm");
        var submitted = await app.RegisterBrandAsync();
        var brand = await Eventually.ReturnsAsync(async () =>
        {
            await app.RunAsync<CheckPendingRegistrations, int>(c => c.RunAsync());
            return await app.BrandAsync(submitted.TelnyxBrandId);
        }, b => b.State == RegistrationState.Active);
        var campaign = (await app.RunAsync<RegisterCampaign, RegisterCampaign.Result>(r =>
            r.SubmitAsync(brand.TelnyxBrandId, TenDlcExamples.Campaign, false, "admin@crm.test"))).Campaign!;

        await using var telnyx = await app.App.Services.GetRequiredService<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        Assert.Equal("http://127.0.0.1:9/crm/webhooks/telnyx", (await telnyx.Brands.SingleAsync(b => b.BrandId == brand.TelnyxBrandId)).WebhookUrl);
        Assert.Equal("http://127.0.0.1:9/crm/webhooks/telnyx", (await telnyx.Campaigns.SingleAsync(c => c.CampaignId == campaign.TelnyxCampaignId)).WebhookUrl);
    }

    [Fact]
    public async Task Without_a_public_address_brands_and_campaigns_name_no_webhook_url_of_their_own()
    {
        await using var app = new TenDlcApp();
        var campaign = await app.ActiveCampaignAsync();

        await using var telnyx = await app.App.Services.GetRequiredService<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        Assert.Null((await telnyx.Brands.SingleAsync(b => b.BrandId == campaign.TelnyxBrandId)).WebhookUrl);
        Assert.Null((await telnyx.Campaigns.SingleAsync(c => c.CampaignId == campaign.TelnyxCampaignId)).WebhookUrl);
    }

    [Fact]
    public async Task With_the_webhooks_lost_the_poll_follows_the_brand_and_the_campaign_to_active()
    {
        await using var app = new TenDlcApp(webhooksLost: true);
        var submitted = await app.RegisterBrandAsync();
        await Task.Delay(1000); // well past the sandbox's review: only its webhook was lost
        Assert.Equal(RegistrationState.Pending, (await app.BrandAsync(submitted.TelnyxBrandId)).State);

        var brand = await Eventually.ReturnsAsync(async () =>
        {
            await app.RunAsync<CheckPendingRegistrations, int>(c => c.RunAsync());
            return await app.BrandAsync(submitted.TelnyxBrandId);
        }, b => b.State == RegistrationState.Active);

        var campaignId = (await app.RunAsync<RegisterCampaign, RegisterCampaign.Result>(r =>
            r.SubmitAsync(brand.TelnyxBrandId, TenDlcExamples.Campaign, false, "admin@crm.test"))).Campaign!.TelnyxCampaignId;
        var campaign = await Eventually.ReturnsAsync(async () =>
        {
            await app.RunAsync<CheckPendingRegistrations, int>(c => c.RunAsync());
            return await app.CampaignAsync(campaignId);
        }, c => c.State != RegistrationState.Pending);
        Assert.Equal(RegistrationState.Active, campaign.State);
        Assert.NotNull(campaign.AttMessagesPerMinute);
    }

    [Fact]
    public async Task Bought_numbers_may_blast_only_once_assigned_to_an_active_campaign_and_stop_when_taken_off()
    {
        await using var app = new TenDlcApp();
        var campaign = await app.ActiveCampaignAsync();
        var bought = await app.BuyLocalNumbersAsync(2);
        Assert.All(bought, n => Assert.False(n.CanSendBlasts));
        var ids = bought.Select(n => n.Id).ToList();

        var assigned = await app.RunAsync<AssignCampaignNumbers, AssignCampaignNumbers.Result>(a => a.AssignAsync(ids, campaign.TelnyxCampaignId, "admin@crm.test"));

        Assert.Equal((2, 0), (assigned.Done, assigned.Problems.Count));
        var ready = await Eventually.ReturnsAsync(() => app.Numbers.NumbersAsync(bought.Select(n => n.PhoneNumber)), ns => ns.All(n => n.TenDlcAssignmentStatus == "ASSIGNED"));
        Assert.All(ready, n => Assert.True(n.CanSendBlasts));
        Assert.All(ready, n => Assert.Equal(campaign.TelnyxCampaignId, n.TenDlcCampaignId));

        var off = await app.RunAsync<AssignCampaignNumbers, AssignCampaignNumbers.Result>(a => a.UnassignAsync([ids[0]], "admin@crm.test"));
        Assert.Equal(1, off.Done);
        var after = await app.Numbers.NumbersAsync(bought.Select(n => n.PhoneNumber));
        Assert.Equal([false, true], after.OrderBy(n => n.Id != ids[0]).Select(n => n.CanSendBlasts));
        Assert.Null(after.Single(n => n.Id == ids[0]).TenDlcCampaignId);
    }

    [Fact]
    public async Task A_number_is_not_assigned_to_a_campaign_still_under_review()
    {
        await using var app = new TenDlcApp();
        var brand = await app.ActiveBrandAsync((await app.RegisterBrandAsync()).TelnyxBrandId);
        app.Sandbox.TenDlcReviewDelayMs = 60_000;
        var campaign = (await app.RunAsync<RegisterCampaign, RegisterCampaign.Result>(r => r.SubmitAsync(brand.TelnyxBrandId, TenDlcExamples.Campaign, false, "admin@crm.test"))).Campaign!;
        var number = (await app.BuyLocalNumbersAsync(1)).Single();

        var result = await app.RunAsync<AssignCampaignNumbers, AssignCampaignNumbers.Result>(a => a.AssignAsync([number.Id], campaign.TelnyxCampaignId, "admin@crm.test"));

        Assert.Equal(0, result.Done);
        Assert.Equal("The campaign is pending review: numbers can join it once carriers have provisioned it.", Assert.Single(result.Problems));
    }

    [Fact]
    public async Task The_number_sync_brings_in_the_campaign_the_starter_numbers_are_registered_to()
    {
        await using var app = new TenDlcApp();

        await app.RunAsync<SyncNumbers, SyncNumbers.Result>(s => s.RunAsync());

        var numbers = await app.App.WithDbAsync(db => db.CompanyNumbers.AsNoTracking().Where(n => n.Kind == NumberKind.Local).ToListAsync());
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(n.Carriers.TenDlcReady, n.PhoneNumber));
        var campaign = await app.CampaignAsync(numbers[0].TenDlcCampaignId!);
        Assert.Equal((RegistrationState.Active, "MIXED"), (campaign.State, campaign.UseCase));
        Assert.Equal("Sandbox Demo Co", (await app.BrandAsync(campaign.TelnyxBrandId)).DisplayName);
    }

    [Fact]
    public async Task A_campaign_s_per_minute_limit_is_shared_by_its_numbers_and_slows_the_blast_estimate()
    {
        await using var app = new TenDlcApp();
        app.Review(vettingScore: 0); // class T: 75 texts a minute for the whole campaign
        var campaign = await app.ActiveCampaignAsync();
        var bought = await app.BuyLocalNumbersAsync(2);
        await app.RunAsync<AssignCampaignNumbers, AssignCampaignNumbers.Result>(a => a.AssignAsync(bought.Select(n => n.Id).ToList(), campaign.TelnyxCampaignId, "admin@crm.test"));

        var rates = await app.App.WithDbAsync(db => SenderRates.LoadAsync(db, new TextingSettings(), CancellationToken.None));

        var phones = bought.Select(n => n.PhoneNumber).ToList();
        Assert.All(phones, p => Assert.Equal(75 / 60.0 / 2, rates.For(p).MessagesPerSecond, 6));
        Assert.Equal(1.25, rates.Combined(phones), 6);
        Assert.Equal($"10DLC campaign {campaign.TcrCampaignId} allows 75 texts a minute, shared by its 2 numbers (AT&T's limit)", Assert.Single(rates.Limits(phones)));
    }

    [Fact]
    public async Task Another_number_joining_the_campaign_slows_a_running_blast_and_its_finish_estimate_says_so()
    {
        await using var app = new TenDlcApp();
        app.Review(vettingScore: 0); // class T: 75 texts a minute for the whole campaign
        var campaign = await app.ActiveCampaignAsync();
        var bought = await app.BuyLocalNumbersAsync(3);
        await app.RunAsync<AssignCampaignNumbers, AssignCampaignNumbers.Result>(a => a.AssignAsync(bought.Take(2).Select(n => n.Id).ToList(), campaign.TelnyxCampaignId, "admin@crm.test"));
        // A blast of 10 from the two numbers, its texts waiting (as for quiet hours) so the test sees the estimate only.
        var allowedFrom = DateTimeOffset.UtcNow.AddHours(2);
        var blastId = await app.App.WithDbAsync(async db =>
        {
            var blast = new Blast
            {
                Name = "Running", Status = BlastStatus.Sending, Text = "Acme: sale today. Reply STOP to opt out.", AudienceJson = "{}", AudienceDescription = "Tag VIP",
                SendersJson = "[]", CreatedAt = DateTimeOffset.UtcNow, StartedAt = DateTimeOffset.UtcNow, Recipients = 10,
            };
            db.Add(blast);
            await db.SaveChangesAsync();
            for (var i = 0; i < 10; i++)
                db.Add(new Message
                {
                    BlastId = blast.Id, Direction = MessageDirection.Outbound, From = bought[i % 2].PhoneNumber, To = $"+1312555{7400 + i}", Text = blast.Text,
                    Status = MessageStatuses.Pending, SendAfter = allowedFrom, CreatedAt = DateTimeOffset.UtcNow,
                });
            await db.SaveChangesAsync();
            // As StartBlast estimates a blast it prepares.
            await BlastFinishEstimate.RefreshAsync(db, blast.Id, DateTimeOffset.UtcNow, CancellationToken.None);
            return blast.Id;
        });
        Task<Blast> EstimatedAsync(double seconds) => Eventually.ReturnsAsync(() => app.App.BlastRowAsync(blastId),
            b => b.EstimatedFinishAt is { } f && Math.Abs((f - allowedFrom).TotalSeconds - seconds) < 0.01);

        // Two numbers share 75 a minute: 1.25 texts a second, the last of 10 going 9 / 1.25 s after the first.
        await EstimatedAsync(9 / 1.25);

        await app.RunAsync<AssignCampaignNumbers, AssignCampaignNumbers.Result>(a => a.AssignAsync([bought[2].Id], campaign.TelnyxCampaignId, "admin@crm.test"));

        // Three share it now, and the blast uses two of them: 2 × 75 / 3 a minute.
        await EstimatedAsync(9 / (2 * 75 / 3 / 60.0));
    }
}
