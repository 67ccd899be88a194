using Bunit;
using CrmTelnyx.Components.Layout;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Tests.Components;

public sealed class ModeBadgeTests : IAsyncLifetime
{
    private readonly MudComponentContext context = new();

    private IRenderedComponent<ModeBadge> RenderWith(string apiKey)
    {
        context.Services.AddSingleton(Options.Create(new TelnyxOptions { ApiKey = apiKey }));
        return context.Render<ModeBadge>();
    }

    [Fact]
    public void Without_an_api_key_the_badge_says_Sandbox_and_why()
    {
        var badge = RenderWith("");

        Assert.Equal("Sandbox", badge.Find("[data-telnyx-mode]").TextContent.Trim());
        Assert.Contains("nobody is charged", badge.Markup);
    }

    [Fact]
    public void With_an_api_key_the_badge_says_Live()
    {
        var badge = RenderWith("KEY-live");

        Assert.Equal("Live", badge.Find("[data-telnyx-mode]").TextContent.Trim());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => context.DisposeAsync().AsTask();
}
