using Bunit;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>The contact's tags as chips: existing tags are offered as the person types, a closed chip is removed.</summary>
public sealed class ContactTagsFieldTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    [Fact]
    public void Closing_a_chip_removes_that_tag()
    {
        List<string>? changed = null;
        var field = context.Render<ContactTagsField>(p => p.Add(c => c.Tags, ["denver", "vip"]).Add(c => c.TagsChanged, tags => changed = tags));

        field.Find("[data-tag=vip] + .mud-chip-close-button").Click();

        Assert.Equal(["denver"], changed);
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await app.DisposeAsync();
    }
}
