using System.Net;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using CrmTelnyx.Tests.Telnyx;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Telnyx refuses a release, or its answer is lost: the number stays the company's, unchanged, and the person is told why.</summary>
public sealed class ReleaseNumberTelnyxErrorTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private async Task<long> AddAsync(string phone, string telnyxId) => await app.WithDbAsync(async db =>
    {
        var number = new CompanyNumber { PhoneNumber = phone, TelnyxId = telnyxId, TelnyxStatus = "active", Status = NumberStatus.Active, CanSms = true };
        db.CompanyNumbers.Add(number);
        await db.SaveChangesAsync();
        return number.Id;
    });

    /// <summary>The use case as the app builds it, but speaking to a fake Telnyx.</summary>
    private async Task<ReleaseNumber.Result> ReleaseAsync(TelnyxClientHarness telnyx, long id, string typed)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var release = new ReleaseNumber(db, telnyx.Client, new NumberAuditTrail(db, TimeProvider.System), TimeProvider.System,
            new RecordingLiveNotifier(), NullLogger<ReleaseNumber>.Instance);
        return await release.ReleaseAsync(id, typed, CrmAppFactory.AdminEmail);
    }

    [Fact]
    public async Task A_release_telnyx_refuses_is_explained_in_its_words_and_changes_nothing()
    {
        var id = await AddAsync("+13125550177", "1293384261075731600");
        using var telnyx = new TelnyxClientHarness((_, _) =>
            FakeTelnyxHandler.Error(HttpStatusCode.UnprocessableEntity, "10009", "Deletion lock", "Deletion lock is enabled for this number"));

        var result = await ReleaseAsync(telnyx, id, "(312) 555-0177");

        Assert.False(result.Released);
        Assert.Equal("(312) 555-0177 was not released: Deletion lock is enabled for this number. (Telnyx error 10009)", result.Message);
        var request = Assert.Single(telnyx.Network.Requests);
        Assert.Equal((HttpMethod.Delete, "/v2/phone_numbers/1293384261075731600"), (request.Method, request.Uri.AbsolutePath));
        Assert.Equal(NumberStatus.Active, (await app.NumberAsync(id)).Status);
        Assert.Empty(await app.AuditAsync(id));
    }

    [Fact]
    public async Task A_release_whose_answer_was_lost_says_the_outcome_is_unknown_and_keeps_the_number()
    {
        var id = await AddAsync("+13125550178", "1293384261075731601");
        using var telnyx = new TelnyxClientHarness((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely"));

        var result = await ReleaseAsync(telnyx, id, "3125550178");

        Assert.False(result.Released);
        Assert.StartsWith("Telnyx's answer did not arrive, so it is not known whether (312) 555-0178 was released.", result.Message);
        Assert.Single(telnyx.Network.Requests);
        Assert.Equal(NumberStatus.Active, (await app.NumberAsync(id)).Status);
    }
}
