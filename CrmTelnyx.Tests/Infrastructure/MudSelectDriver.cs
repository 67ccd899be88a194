using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Infrastructure;

public static class MudSelectDriver
{
    /// <summary>
    /// Ticks <paramref name="option"/> in a multi-select and closes its list by clicking beside it, as a person does, and waits until the
    /// list has closed. Moving on before the app has seen the close lets a busy server hand focus back to the select
    /// when the next field is focused, and what is typed there goes nowhere.
    /// </summary>
    public static async Task TickAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).ClickAsync();
        // A click on the page's heading, beside the list, closes it; Escape needs the focus to be where MudBlazor looks
        // for it, which a busy server may have moved.
        await page.Locator("h1").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }
}
