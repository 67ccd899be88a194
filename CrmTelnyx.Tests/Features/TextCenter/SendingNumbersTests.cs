using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>The Text Center's "From" list comes from Telnyx, but not on every view and every send.</summary>
public sealed class SendingNumbersTests : IDisposable
{
    private readonly CrmAppFactory app = new();
    private readonly NumberListings listings = new();

    public SendingNumbersTests() =>
        app.ServiceChanges.Add(services => services.AddHttpClient<TelnyxClient>().AddHttpMessageHandler(() => new CountingHandler(listings)));

    public void Dispose() => app.Dispose();

    private sealed class NumberListings
    {
        public int Count;
    }

    private sealed class CountingHandler(NumberListings listings) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.EndsWith("/phone_numbers")) Interlocked.Increment(ref listings.Count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task Views_and_sends_within_a_minute_ask_Telnyx_for_the_numbers_once()
    {
        // Real Kestrel: the app reaches its built-in sandbox over HTTP at its own address.
        using var client = app.StartKestrelWithClient();
        await client.SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);

        var page = await (await client.GetAsync("/text-center")).ReadHtmlAsync();
        await client.GetAsync("/text-center");
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CrmTelnyx.Features.TextCenter.SendSingleText>().SendAsync(TextSenders.Staff, "+13125550141", "+13125550188", "Hi");

        Assert.Equal("+13125550141", page.QuerySelector("[data-from]")!.GetAttribute("data-from"));
        Assert.Equal(1, listings.Count);
    }
}
