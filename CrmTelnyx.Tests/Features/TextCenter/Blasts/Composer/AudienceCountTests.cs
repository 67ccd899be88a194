using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>The composer's "who will receive it": the audience's contacts, and those left out, each reason counted.</summary>
public sealed class AudienceCountTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();

    public async Task InitializeAsync()
    {
        var vip = new Tag { Name = "vip" };
        await app.AddAsync(
        [
            Person("Ann", "+12125550101", "NY", ConsentStatus.OptedIn, null, vip),
            Person("Bob", "+12125550102", "NY", ConsentStatus.OptedOut, null, vip),
            Person("Cat", "+13035550103", "CO", ConsentStatus.OptedIn, null, vip),
            // Saved before numbers were checked: no carrier can deliver it.
            Person("Dan", "12345", "NY", ConsentStatus.OptedIn, null, vip),
            Person("Eve", "+13035550105", "CO", ConsentStatus.OptedIn),
            Person("Fay", "+12125550106", "NY", ConsentStatus.Unknown, null, vip),
            // A deleted contact's old opt-out does not follow the number to the live contact who has it now.
            Deleted(Person("Old", "+12125550106", "NY", ConsentStatus.OptedOut, null, vip)),
        ], Stop("+13035550103"));
    }

    private static Contact Deleted(Contact contact)
    {
        contact.DeletedAt = DateTime.UtcNow;
        return contact;
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private Task<AudienceCount.Result> CountAsync(BlastAudience audience) => app.WithDbAsync(db => AudienceCount.ForAsync(db, audience));

    [Fact]
    public async Task A_tag_counts_each_reason_a_contact_is_left_out()
    {
        var count = await CountAsync(new BlastAudience { Tags = ["vip"] });

        Assert.Equal(new AudienceCount.Result(Contacts: 5, OptedOut: 2, Invalid: 1, Duplicate: 0, Recipients: 2, Error: null), count);
        Assert.Equal(3, count.Suppressed);
    }

    [Fact]
    public async Task States_consent_and_a_hand_picked_selection_narrow_the_audience()
    {
        Assert.Equal(2, (await CountAsync(new BlastAudience { States = ["ny"] })).Recipients);
        Assert.Equal(1, (await CountAsync(new BlastAudience { Tags = ["vip"], Consent = ConsentStatus.OptedIn })).Recipients);
        var ids = await app.WithDbAsync(db => db.Contacts.Where(c => c.FirstName == "Ann" || c.FirstName == "Eve" || c.FirstName == "Bob").Select(c => c.Id).ToListAsync());
        var picked = await CountAsync(new BlastAudience { ContactIds = ids });
        Assert.Equal((3, 1, 2), (picked.Contacts, picked.OptedOut, picked.Recipients));
        Assert.Equal(3, (await CountAsync(new BlastAudience())).Recipients);
    }

    [Fact]
    public async Task A_saved_filter_is_the_contact_lists_filter_and_a_deleted_one_says_so()
    {
        var saved = await app.WithDbAsync(async db =>
        {
            var filter = new SavedContactFilter { Name = "Colorado", Query = "?state=CO", CreatedAt = DateTime.UtcNow };
            db.SavedContactFilters.Add(filter);
            await db.SaveChangesAsync();
            return filter.Id;
        });

        var colorado = await CountAsync(new BlastAudience { SavedFilterId = saved });
        var gone = await CountAsync(new BlastAudience { SavedFilterId = saved + 100 });

        Assert.Equal((2, 1, 1), (colorado.Contacts, colorado.OptedOut, colorado.Recipients));
        Assert.NotNull(gone.Error);
        Assert.Equal(0, gone.Recipients);
    }

    /// <summary>
    /// Stand-in for the blast's start until both lanes meet: contact by contact, the app's own STOP check
    /// (ConsentRecorder.IsOptedOutAsync) decides. The SQL count must agree with it for every audience.
    /// </summary>
    [Fact]
    public async Task The_count_agrees_with_the_send_paths_opt_out_check_contact_by_contact()
    {
        BlastAudience[] audiences = [new(), new() { Tags = ["vip"] }, new() { States = ["CO"] }, new() { Consent = ConsentStatus.Unknown }];
        foreach (var audience in audiences)
        {
            var expected = await app.WithDbAsync(async db =>
            {
                var contacts = await (await AudienceQuery.ForAsync(db, audience)).Contacts!.AsNoTracking().ToListAsync();
                var phones = new HashSet<string>();
                foreach (var c in contacts.Where(c => c.Phone.Length == 12 && c.Phone.StartsWith("+1") && c.Phone[1..].All(char.IsAsciiDigit)))
                    if (!await ConsentRecorder.IsOptedOutAsync(db, c.Phone)) phones.Add(c.Phone);
                return phones.Count;
            });
            Assert.Equal(expected, (await CountAsync(audience)).Recipients);
        }
    }
}
