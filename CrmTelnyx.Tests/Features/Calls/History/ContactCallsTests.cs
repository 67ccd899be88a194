using System.Security.Claims;
using Bunit;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.History;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.History;

/// <summary>A contact's calls on the contact page (<see cref="ContactCalls"/>), rendered with bUnit over the real app and its SQLite.</summary>
public sealed class ContactCallsTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private const string AdaPhone = "+12125550101", GracePhone = "+12125550102", Stranger = "+14155550199", Company = "+13125550100";
    private const string VoicemailWords = "Call me back about the roof estimate.", RecordedWords = "We agreed on Tuesday for the install.";

    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;
    private string ann = "", meg = "", bob = "";
    private long adaId, graceId;
    private readonly Dictionary<string, long> calls = [];

    public async Task InitializeAsync()
    {
        ann = (await app.CreateUserAsync("ann@crm.test", "Ann-Passw0rd", AppRoles.Agent)).Id;
        bob = (await app.CreateUserAsync("bob@crm.test", "Bob-Passw0rd", AppRoles.Agent)).Id;
        meg = (await app.CreateUserAsync("meg@crm.test", "Meg-Passw0rd", AppRoles.Manager)).Id;
        var now = DateTime.UtcNow;
        await app.WithDbAsync(async db =>
        {
            var ada = Contact("Ada", AdaPhone);
            var grace = Contact("Grace", GracePhone);
            db.Contacts.AddRange(ada, grace);
            await db.SaveChangesAsync();
            (adaId, graceId) = (ada.Id, grace.Id);

            var byName = new Dictionary<string, Call>
            {
                ["talked"] = new()
                {
                    Direction = CallDirection.Outbound, From = Company, To = AdaPhone, ContactId = ada.Id, AgentUserId = ann, StartedAt = now.AddDays(-2),
                    Status = CallStatus.Ended, Outcome = CallOutcome.Completed, DurationSeconds = 125, Disposition = "Interested", Notes = "Wants a quote for the roof",
                    Recordings = [new CallRecording { TelnyxRecordingId = "rec-talked", Status = RecordingStatus.Stored, FileName = "a.mp3", Transcript = RecordedWords }],
                },
                // The caller was not known as Ada when the call came in: no ContactId, only her number.
                ["voicemail"] = new()
                {
                    Direction = CallDirection.Inbound, From = AdaPhone, To = Company, StartedAt = now.AddDays(-1),
                    Status = CallStatus.Ended, Outcome = CallOutcome.Voicemail,
                    Recordings = [new CallRecording { TelnyxRecordingId = "rec-vm", IsVoicemail = true, Status = RecordingStatus.Stored, FileName = "vm.mp3", Transcript = VoicemailWords }],
                },
                // Dialled to her number by hand, never linked to her.
                ["dialled"] = new()
                {
                    Direction = CallDirection.Outbound, From = Company, To = AdaPhone, AgentUserId = meg, StartedAt = now.AddHours(-3),
                    Status = CallStatus.Ended, Outcome = CallOutcome.NoAnswer,
                },
                ["grace"] = new()
                {
                    Direction = CallDirection.Outbound, From = Company, To = GracePhone, ContactId = grace.Id, AgentUserId = ann, StartedAt = now.AddHours(-1),
                    Status = CallStatus.Ended, Outcome = CallOutcome.Busy, Notes = "Grace's own call",
                },
                // Someone else calling in to the company: To is the company's number, never Ada's.
                ["stranger"] = new()
                {
                    Direction = CallDirection.Inbound, From = Stranger, To = Company, StartedAt = now.AddHours(-2),
                    Status = CallStatus.Ended, Outcome = CallOutcome.Completed, Notes = "Stranger's call",
                },
            };
            db.Calls.AddRange(byName.Values);
            await db.SaveChangesAsync();
            foreach (var (name, call) in byName) calls[name] = call.Id;
            return 0;
        });
        context = new MudComponentContext(app);
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    private static Contact Contact(string first, string phone)
    {
        var contact = new Contact { FirstName = first, LastName = "Tester", Phone = phone, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        contact.RefreshSearchKeys();
        return contact;
    }

    private void SignIn(string userId, string role, params string[] policies)
    {
        var auth = context.Bunit.AddAuthorization();
        auth.SetAuthorized(userId);
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        auth.SetPolicies(policies);
    }

    private IRenderedComponent<ContactCalls> RenderAdaAs(string userId, string role, params string[] policies)
    {
        SignIn(userId, role, policies);
        var timeline = context.Render<ContactCalls>(p => p.Add(c => c.ContactId, adaId).Add(c => c.Phone, AdaPhone).Add(c => c.Name, "Ada"));
        timeline.WaitForElement("[data-call-timeline]", Wait);
        return timeline;
    }

    private IRenderedComponent<ContactCalls> RenderAsManager() => RenderAdaAs(meg, AppRoles.Manager, AppPolicies.Calls, AppPolicies.Contacts);

    private static List<long> Rows(IRenderedComponent<ContactCalls> timeline) =>
        timeline.FindAll("[data-contact-call]").Select(r => long.Parse(r.GetAttribute("data-contact-call")!)).ToList();

    private AngleSharp.Dom.IElement Row(IRenderedComponent<ContactCalls> timeline, string name) => timeline.Find($"[data-contact-call='{calls[name]}']");

    [Fact]
    public void The_contact_page_lists_the_contact_s_calls_newest_first_and_no_one_else_s()
    {
        SignIn(meg, AppRoles.Manager, AppPolicies.Calls, AppPolicies.Contacts);

        var page = context.Render<ContactPage>(p => p.Add(c => c.Id, adaId));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-contact-calls] [data-contact-call]").Count), Wait);
        var shown = page.FindAll("[data-contact-call]").Select(r => long.Parse(r.GetAttribute("data-contact-call")!));
        Assert.Equal([calls["dialled"], calls["voicemail"], calls["talked"]], shown);
        Assert.DoesNotContain("Grace's own call", page.Find("[data-contact-calls]").TextContent);
        Assert.DoesNotContain("Stranger's call", page.Find("[data-contact-calls]").TextContent);
    }

    [Fact]
    public void Each_call_says_which_way_how_it_ended_how_long_who_took_it_and_what_they_noted()
    {
        var timeline = RenderAsManager();

        var talked = Row(timeline, "talked");
        Assert.Equal("Outbound", talked.GetAttribute("data-call-direction"));
        Assert.Equal("completed", talked.QuerySelector("[data-call-outcome]")!.TextContent.Trim());
        Assert.Equal("2:05", talked.QuerySelector("[data-call-talk]")!.TextContent.Trim());
        Assert.Equal("ann · Interested", talked.QuerySelector("[data-call-agent]")!.TextContent.Trim());
        Assert.Equal("Wants a quote for the roof", talked.QuerySelector("[data-call-notes]")!.TextContent.Trim());
        Assert.Equal($"/calls/{calls["talked"]}", talked.QuerySelector("a[data-call-link]")!.GetAttribute("href"));
        Assert.Equal("Inbound", Row(timeline, "voicemail").GetAttribute("data-call-direction"));
        Assert.Equal("voicemail", Row(timeline, "voicemail").QuerySelector("[data-call-outcome]")!.TextContent.Trim());
    }

    [Fact]
    public void A_call_to_or_from_the_contact_s_number_that_never_got_linked_to_the_contact_still_shows()
    {
        var timeline = RenderAsManager();

        Assert.Contains(calls["dialled"], Rows(timeline));
        Assert.Contains(calls["voicemail"], Rows(timeline));
        Assert.Equal("meg", Row(timeline, "dialled").QuerySelector("[data-call-agent]")!.TextContent.Trim());
        Assert.DoesNotContain(calls["grace"], Rows(timeline));
        Assert.DoesNotContain(calls["stranger"], Rows(timeline));
    }

    [Fact]
    public void A_manager_hears_the_recordings_and_reads_what_was_said()
    {
        var timeline = RenderAsManager();

        var recording = Row(timeline, "talked").QuerySelector("[data-recording-player] audio");
        Assert.NotNull(recording);
        Assert.Contains(RecordedWords, Row(timeline, "talked").TextContent);
        Assert.NotNull(Row(timeline, "voicemail").QuerySelector("[data-recording-player] audio"));
        Assert.Contains(VoicemailWords, Row(timeline, "voicemail").TextContent);
        Assert.Null(Row(timeline, "dialled").QuerySelector("[data-recording-player]"));
    }

    [Fact]
    public void Staff_see_the_calls_but_no_player_no_transcript_and_no_link_to_the_call()
    {
        var timeline = RenderAdaAs(meg + "-staff", AppRoles.Staff, AppPolicies.Contacts);

        Assert.Equal([calls["dialled"], calls["voicemail"], calls["talked"]], Rows(timeline));
        Assert.Equal("Wants a quote for the roof", Row(timeline, "talked").QuerySelector("[data-call-notes]")!.TextContent.Trim());
        Assert.Empty(timeline.FindAll("[data-recording-player]"));
        Assert.Empty(timeline.FindAll("audio"));
        Assert.Empty(timeline.FindAll("[data-call-link]"));
        Assert.DoesNotContain(VoicemailWords, timeline.Markup);
        Assert.DoesNotContain(RecordedWords, timeline.Markup);
        // "calls" is not a topic Staff may listen to.
        Assert.Null(timeline.Find("[data-contact-calls]").GetAttribute("data-live-subscribed"));
    }

    [Fact]
    public void An_agent_sees_their_own_calls_and_the_voicemails_but_not_another_agent_s_calls()
    {
        var timeline = RenderAdaAs(bob, AppRoles.Agent, AppPolicies.Calls);

        Assert.Equal([calls["voicemail"]], Rows(timeline));
        Assert.Contains(VoicemailWords, timeline.Markup);
        Assert.DoesNotContain(RecordedWords, timeline.Markup);
    }

    [Fact]
    public async Task The_newest_20_show_and_show_more_brings_the_older_ones()
    {
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 20; i++)
                db.Calls.Add(new Call { Direction = CallDirection.Outbound, From = Company, To = AdaPhone, ContactId = adaId, StartedAt = DateTime.UtcNow.AddMinutes(-i),
                    Status = CallStatus.Ended, Outcome = CallOutcome.Completed });
            return await db.SaveChangesAsync();
        });

        var timeline = RenderAsManager();

        Assert.Equal(20, Rows(timeline).Count);
        Assert.DoesNotContain(calls["talked"], Rows(timeline));
        await timeline.Find("[data-calls-more]").ClickAsync(new());
        timeline.WaitForAssertion(() => Assert.Equal(23, Rows(timeline).Count), Wait);
        Assert.Equal(calls["talked"], Rows(timeline)[^1]);
        Assert.Empty(timeline.FindAll("[data-calls-more]"));
    }

    [Fact]
    public async Task A_call_with_the_contact_appears_without_a_reload()
    {
        var timeline = RenderAsManager();
        timeline.WaitForAssertion(() => Assert.NotNull(timeline.Find("[data-contact-calls][data-live-subscribed]")), Wait);

        var call = new Call { Direction = CallDirection.Inbound, From = AdaPhone, To = Company, ContactId = adaId, StartedAt = DateTime.UtcNow, Status = CallStatus.Ringing };
        await app.WithDbAsync(async db =>
        {
            db.Calls.Add(call);
            return await db.SaveChangesAsync();
        });
        await app.Services.GetRequiredService<LiveFeed>().PublishCallAsync(call, CancellationToken.None);

        timeline.WaitForAssertion(() => Assert.Equal(call.Id, Rows(timeline)[0]), Wait);
        Assert.Equal("ringing", timeline.Find($"[data-contact-call='{call.Id}'] [data-call-outcome]").TextContent.Trim());
    }
}
