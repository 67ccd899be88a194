using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>
/// The live pre-send check: encoding, the worst case of parts over the audience after merge fields, cost at the
/// Settings' rates, and the finish time from the senders' rates and quiet hours, in the company's time zone.
/// Monday 2026-06-08, 2 pm in New York (daylight time).
/// </summary>
public sealed class PreSendCheckTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-06-08T18:00:00Z"));
    private const string Local = "+12125550900";
    private const string TollFree = "+18885550901";

    public PreSendCheckTests() => app.ServiceChanges.Add(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));

    public async Task InitializeAsync()
    {
        var spring = new Tag { Name = "spring" };
        await app.AddAsync(
        [
            Person("Al", "+12125550101", "NY", ConsentStatus.OptedIn, null, spring),
            Person("Bartholomew-Alexander", "+12125550102", "NY", ConsentStatus.OptedIn, null, spring),
            Person("Cy", "+12125550103", "NY", ConsentStatus.OptedIn, null, spring),
            Person("Zoë", "+12125550104", "NY", ConsentStatus.OptedIn),
        ]);
        await app.AddNumberAsync(Local, n => n.State = "NY");
        await app.AddNumberAsync(TollFree, n => n.Kind = NumberKind.TollFree);
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<PreSendCheck.Result> CheckAsync(BlastDraft draft)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PreSendCheck>().RunAsync(draft);
    }

    private static BlastDraft Spring(string text, bool marketing = false) =>
        new() { Text = text, IsMarketing = marketing, Audience = new BlastAudience { Tags = ["spring"] }, Senders = [Local] };

    [Fact]
    public async Task An_emoji_turns_the_text_ucs2_names_it_and_raises_parts_and_cost()
    {
        var words = "Hi {firstName|there}, our spring sale starts today: 20% off everything in store and online until Sunday, see you!";
        var plain = await CheckAsync(Spring(words));
        var emoji = await CheckAsync(Spring(words + " 🎉"));

        Assert.Equal((TextEncodingCheck.Gsm7, 1, 3), (plain.Encoding.Encoding, plain.PartsPerMessage, plain.TotalParts));
        Assert.Equal(3 * 0.0070m, plain.Cost);
        Assert.Equal(TextEncodingCheck.Ucs2, emoji.Encoding.Encoding);
        Assert.Equal(["🎉"], emoji.Encoding.UnicodeCharacters);
        Assert.Equal((2, 6), (emoji.PartsPerMessage, emoji.TotalParts));
        Assert.True(emoji.Cost > plain.Cost);
    }

    [Fact]
    public async Task Parts_per_message_are_the_worst_case_the_longest_name_after_merge_fields()
    {
        // 150 characters and a first name: "Al" fits in one part, "Bartholomew-Alexander" needs two.
        var text = new string('a', 148) + " {firstName}";

        var check = await CheckAsync(Spring(text));

        Assert.Equal(2, check.PartsPerMessage);
        Assert.Equal(6, check.TotalParts);
    }

    [Fact]
    public async Task A_name_outside_gsm7_makes_the_worst_case_ucs2()
    {
        var text = new string('a', 60) + " {firstName}";
        var zoe = new BlastDraft { Text = text, IsMarketing = false, Audience = new BlastAudience { States = ["NY"] }, Senders = [Local] };

        var check = await CheckAsync(zoe);

        // 60 + a space + the 21-character longest name is 82: one GSM-7 part, but two in UCS-2 because of "Zoë".
        Assert.Equal(2, check.PartsPerMessage);
    }

    [Fact]
    public async Task The_footer_is_counted_for_marketing_and_mms_costs_per_message()
    {
        var marketing = await CheckAsync(Spring("Sale today", marketing: true));
        var mms = await CheckAsync(Spring("Sale today") with { MediaUrl = "https://example.com/sale.jpg" });

        Assert.True(marketing.FooterAdded);
        Assert.Equal($"Sale today\n{OptOutFooter.Text}".Length, marketing.Encoding.Characters);
        Assert.Equal(3 * 0.0200m, mms.Cost);
    }

    [Fact]
    public async Task The_finish_time_follows_the_senders_rates_in_the_company_time_zone()
    {
        var one = await CheckAsync(Spring("Sale today"));
        var two = await CheckAsync(Spring("Sale today") with { Senders = [Local, TollFree] });
        var none = await CheckAsync(Spring("Sale today") with { Senders = [] });

        Assert.Equal((1d, "today 2:00 pm"), (one.MessagesPerSecond, one.FinishesIn));
        Assert.Equal(DateTimeOffset.Parse("2026-06-08T18:00:02Z"), one.FinishesAt);
        Assert.Equal(21d, two.MessagesPerSecond);
        Assert.Null(none.FinishesAt);
    }

    [Fact]
    public async Task Recipients_in_quiet_hours_wait_for_the_morning()
    {
        // 9:30 pm in New York: all three wait for 8 am, then go one a second.
        clock.SetUtcNow(DateTimeOffset.Parse("2026-06-09T01:30:00Z"));

        var check = await CheckAsync(Spring("Sale today"));

        Assert.Equal("tomorrow 8:00 am", check.FinishesIn);
        Assert.Equal(DateTimeOffset.Parse("2026-06-09T12:00:02Z"), check.FinishesAt);
    }
}
