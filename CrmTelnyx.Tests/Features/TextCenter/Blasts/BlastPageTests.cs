using Bunit;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>What a blast's page says of the blast itself, rendered over the real app.</summary>
public sealed class BlastPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
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

    [Fact]
    public async Task An_mms_blast_links_its_picture_by_file_name_and_says_it_is_priced_per_message()
    {
        const string picture = "https://cdn.example.com/promo/spring-sale.jpg";
        var id = await BlastSeed.StartedAsync(app, "Spring sale", BlastStatus.Sending, new BlastSeed.Row(MessageStatuses.Sent, "mms-1"));
        await app.WithDbAsync(db => db.Set<Blast>().Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.MediaUrl, picture)));
        context.SignInAs(app, AppRoles.Manager);
        context.Render<MudPopoverProvider>();

        var page = context.Render<BlastPage>(p => p.Add(b => b.Id, id));

        page.WaitForAssertion(() => page.Find($"[data-blast-media] a[data-message-media='{picture}']"), Wait);
        Assert.Equal("spring-sale.jpg", page.Find("[data-blast-media] a").TextContent.Trim());
        Assert.Contains("an MMS to each recipient, priced per message", page.Markup);
        Assert.DoesNotContain("parts", page.Find("[data-blast-media]").ParentElement!.TextContent);
    }
}
