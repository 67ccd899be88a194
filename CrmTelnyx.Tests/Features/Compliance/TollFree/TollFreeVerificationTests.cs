using CrmTelnyx.Features.Compliance.TenDlc;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Features.Compliance.TenDlc.Registry;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Compliance.TollFree;

/// <summary>Toll-free numbers are verified instead of registered: one still under verification is not offered, then is once Telnyx says verified.</summary>
public sealed class TollFreeVerificationTests
{
    [Fact]
    public async Task A_toll_free_number_under_verification_is_not_offered_until_the_poll_finds_it_verified()
    {
        await using var app = new TenDlcApp();
        app.Sandbox.TenDlcReviewDelayMs = 1500;
        var offer = (await app.Numbers.SearchAsync(new NumberSearch { Kind = NumberKind.TollFree })).First();
        var order = await app.Numbers.SettledOrderAsync((await app.Numbers.BuyAsync([offer], null)).OrderId!.Value);
        Assert.Equal(NumberOrderStatus.Completed, order.Status);
        await app.RunAsync<SyncNumbers, SyncNumbers.Result>(s => s.RunAsync());

        var number = Assert.Single(await app.Numbers.NumbersAsync([offer.PhoneNumber]));
        Assert.Equal(("In Progress", false), (number.TollFreeVerificationStatus, number.CanSendBlasts));
        Assert.DoesNotContain(offer.PhoneNumber, await app.RunAsync<SendingNumbers, IReadOnlyList<string>>(s => s.ListAsync()));

        number = await Eventually.ReturnsAsync(async () =>
        {
            await app.RunAsync<CheckPendingRegistrations, int>(c => c.RunAsync());
            return Assert.Single(await app.Numbers.NumbersAsync([offer.PhoneNumber]));
        }, n => n.TollFreeVerificationStatus == "Verified");
        Assert.True(number.CanSendBlasts);
        Assert.Contains(offer.PhoneNumber, await app.RunAsync<SendingNumbers, IReadOnlyList<string>>(s => s.ListAsync()));
    }
}
