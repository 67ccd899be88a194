using Bunit;
using Bunit.TestDoubles;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>The recent-messages grid follows the live feed: changed rows in place, new messages at the top.</summary>
public sealed class RecentMessagesTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    private Task<Message> SeedAsync(string text, string status, DateTimeOffset? at = null) => app.WithDbAsync(async db =>
    {
        var message = new Message
        {
            Direction = MessageDirection.Outbound, From = "+13125550141", To = "+13125550150", Text = text, Status = status,
            CreatedAt = at ?? DateTimeOffset.UtcNow,
        };
        db.Add(message);
        await db.SaveChangesAsync();
        return message;
    });

    private IRenderedComponent<RecentMessages> RenderList()
    {
        context.Bunit.AddAuthorization().SetAuthorized("agent@crm.test").SetRoles(AppRoles.Agent);
        context.Render<MudBlazor.MudPopoverProvider>();
        var list = context.Render<RecentMessages>();
        list.WaitForAssertion(() => Assert.NotNull(list.Find("[data-live-subscribed]")), Wait);
        return list;
    }

    private static string StatusOf(IRenderedComponent<RecentMessages> list, long id) =>
        list.Find($"tr:has([data-message-id='{id}']) [data-message-status]").GetAttribute("data-message-status")!;

    private Task PublishAsync(Message message) =>
        app.Services.GetRequiredService<LiveFeed>().PublishAsync(MessageLiveEvents.Topic, MessageLiveEvents.StatusChanged,
            new MessageChanged(message.Id, message.TelnyxMessageId, message.Direction.ToString(), message.Status));

    [Fact]
    public async Task An_mms_row_names_its_picture_as_a_link()
    {
        var message = await SeedAsync("Our new menu", MessageStatuses.Delivered);
        await app.WithDbAsync(async db =>
        {
            await db.Set<Message>().Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.MediaUrls, ["https://cdn.example.com/menus/autumn%20menu.pdf"]));
            return 0;
        });

        var list = RenderList();

        list.WaitForAssertion(() => list.Find($"tr:has([data-message-id='{message.Id}']) a[data-message-media]"), Wait);
        Assert.Equal("autumn menu.pdf", list.Find($"tr:has([data-message-id='{message.Id}']) a[data-message-media]").TextContent.Trim());
    }

    [Fact]
    public async Task A_status_change_pushed_by_the_live_feed_updates_the_row_without_a_reload()
    {
        var message = await SeedAsync("Your order is ready", MessageStatuses.Sent);
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Equal("sent", StatusOf(list, message.Id)), Wait);

        await app.WithDbAsync(db => db.Set<Message>().Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, MessageStatuses.Delivered).SetProperty(x => x.CostAmount, 0.004m).SetProperty(x => x.CostCurrency, "USD")));
        await PublishAsync(message);

        list.WaitForAssertion(() => Assert.Equal("delivered", StatusOf(list, message.Id)), Wait);
        Assert.Contains("0.0040 USD", list.Find($"tr:has([data-message-id='{message.Id}'])").TextContent);
    }

    [Fact]
    public async Task A_new_message_pushed_by_the_live_feed_appears_at_the_top()
    {
        await SeedAsync("Older", MessageStatuses.Delivered, DateTimeOffset.UtcNow.AddMinutes(-5));
        var list = RenderList();
        list.WaitForAssertion(() => Assert.Contains("Older", list.Markup), Wait);

        var reply = await SeedAsync("Just in", MessageStatuses.Received);
        await PublishAsync(reply);

        list.WaitForAssertion(() => Assert.Contains("Just in", list.FindAll("[data-message-id]")[0].TextContent), Wait);
    }

    [Fact]
    public async Task A_message_in_a_failed_or_unconfirmed_state_shows_why()
    {
        await SeedAsync("Maybe sent", MessageStatuses.Sending);
        await app.WithDbAsync(db => db.Set<Message>().ExecuteUpdateAsync(m => m.SetProperty(
            x => x.ErrorDetail, "It is not known whether Telnyx sent this message (timeout). Check before sending it again.")));

        var list = RenderList();

        list.WaitForAssertion(() => Assert.Contains("Check before sending it again", list.Find("[data-message-error]").TextContent), Wait);
    }
}
