using CrmTelnyx.Components.Layout;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Tests.Components;

public sealed class ModeBadgeTests
{
    private static Task<AngleSharp.Dom.IDocument> RenderWith(string apiKey) =>
        ComponentRenderer.RenderAsync<ModeBadge>(services =>
            services.AddSingleton(Options.Create(new TelnyxOptions { ApiKey = apiKey })));

    [Fact]
    public async Task Without_an_api_key_the_badge_says_Sandbox()
    {
        var badge = (await RenderWith("")).QuerySelector("[data-telnyx-mode]")!;

        Assert.Equal("Sandbox", badge.TextContent.Trim());
        Assert.Contains("nobody is charged", badge.GetAttribute("title"));
    }

    [Fact]
    public async Task With_an_api_key_the_badge_says_Live()
    {
        var badge = (await RenderWith("KEY-live")).QuerySelector("[data-telnyx-mode]")!;

        Assert.Equal("Live", badge.TextContent.Trim());
    }
}
