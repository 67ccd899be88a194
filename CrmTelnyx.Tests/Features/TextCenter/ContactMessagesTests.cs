using Bunit;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>The messages exchanged with one number, as the contact page embeds them.</summary>
public sealed class ContactMessagesTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        context.Bunit.AddAuthorization().SetAuthorized(CrmAppFactory.AdminEmail).SetRoles(AppRoles.Staff);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_timeline_shows_the_messages_exchanged_with_the_number_newest_first()
    {
        var now = DateTimeOffset.UtcNow;
        await app.WithDbAsync(async db =>
        {
            db.Add(new Message { From = "+12065550193", To = "+13125550001", Text = "Is the shop open Sunday?",
                Direction = MessageDirection.Inbound, Status = MessageStatuses.Received, CreatedAt = now.AddMinutes(-5) });
            db.Add(new Message { From = "+13125550001", To = "+12065550193", Text = "Yes, from 10.", Status = MessageStatuses.Delivered, CreatedAt = now });
            db.Add(new Message { From = "+13125550001", To = "+19999999999", Text = "Someone else", CreatedAt = now });
            return await db.SaveChangesAsync();
        });

        var timeline = context.Render<ContactMessages>(p => p.Add(c => c.Phone, "+12065550193").Add(c => c.Name, "Ada"));

        timeline.WaitForAssertion(() => Assert.Equal(2, timeline.FindAll("[data-timeline] [data-timeline-item]").Count));
        var items = timeline.FindAll("[data-timeline] [data-timeline-item]");
        Assert.Equal(("Outbound", "delivered"), (items[0].GetAttribute("data-timeline-item"), items[0].GetAttribute("data-message-status")));
        Assert.Contains("Yes, from 10.", items[0].TextContent);
        Assert.Contains("Is the shop open Sunday?", items[1].TextContent);
        Assert.Contains("Received", items[1].TextContent);
    }

    [Fact]
    public async Task A_picture_that_came_with_a_text_is_a_link_by_its_file_name()
    {
        const string picture = "https://media.example.com/in/cracked-screen.png";
        await app.WithDbAsync(async db =>
        {
            db.Add(new Message { From = "+12065550194", To = "+13125550001", Text = "Like this", MediaUrls = [picture],
                Direction = MessageDirection.Inbound, Status = MessageStatuses.Received, CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        var timeline = context.Render<ContactMessages>(p => p.Add(c => c.Phone, "+12065550194").Add(c => c.Name, "Ada"));

        timeline.WaitForAssertion(() => timeline.Find($"[data-timeline-item] a[data-message-media='{picture}']"));
        var link = timeline.Find($"a[data-message-media='{picture}']");
        Assert.Equal((picture, "cracked-screen.png"), (link.GetAttribute("href"), link.TextContent.Trim()));
    }

    [Fact]
    public void A_number_nobody_texted_says_so()
    {
        var timeline = context.Render<ContactMessages>(p => p.Add(c => c.Phone, "+12065550111").Add(c => c.Name, "Ada"));

        timeline.WaitForAssertion(() => Assert.Contains("No messages with Ada yet.", timeline.Find("[data-timeline]").TextContent));
    }

    [Fact]
    public async Task A_text_arriving_while_the_timeline_is_open_shows_without_a_reload_and_tells_the_page()
    {
        var changes = 0;
        var timeline = context.Render<ContactMessages>(p => p.Add(c => c.Phone, "+12065550112").Add(c => c.Name, "Ada").Add(c => c.OnChanged, () => changes++));
        timeline.WaitForAssertion(() => Assert.Contains("No messages with Ada yet.", timeline.Find("[data-timeline]").TextContent));

        var message = new Message { From = "+12065550112", To = "+13125550001", Text = "STOP", Direction = MessageDirection.Inbound,
            Status = MessageStatuses.Received, CreatedAt = DateTimeOffset.UtcNow };
        await app.WithDbAsync(async db =>
        {
            db.Add(message);
            return await db.SaveChangesAsync();
        });
        await app.Services.GetRequiredService<LiveFeed>().PublishMessageAsync(message, CancellationToken.None);

        timeline.WaitForAssertion(() =>
        {
            Assert.Contains("STOP", timeline.Find("[data-timeline] [data-timeline-item]").TextContent);
            Assert.Equal(1, changes);
        }, TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await app.DisposeAsync();
    }
}
