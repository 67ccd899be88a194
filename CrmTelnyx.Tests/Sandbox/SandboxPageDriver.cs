using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>What a person does on the sandbox's control page, for browser journeys that need a contact to act.</summary>
public static class SandboxPageDriver
{
    /// <summary>Waits until the page runs interactively, so clicks reach the circuit.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");

    /// <summary>On "A contact texts in": a contact texts a keyword (STOP, HELP, START) to one of our numbers (the first if none is named).</summary>
    public static async Task ContactTextsKeywordAsync(IPage page, string contact, string keyword, string? ourNumber = null)
    {
        await WaitUntilInteractiveAsync(page);
        var card = page.Locator("[data-sandbox-card='text-in']");
        await card.GetByLabel("Contact's number").FillAsync(contact);
        if (ourNumber is not null)
        {
            await card.GetByLabel("To our number").ClickAsync();
            await page.Locator(".mud-popover-open").GetByText(ourNumber, new() { Exact = true }).ClickAsync();
        }
        await card.GetByRole(AriaRole.Button, new() { Name = keyword, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-sandbox-notice]", new() { HasText = contact }).Last).ToBeVisibleAsync();
    }
}
