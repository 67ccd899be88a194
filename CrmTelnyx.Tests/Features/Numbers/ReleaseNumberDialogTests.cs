using AngleSharp.Dom;
using Bunit;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>The release dialog says what releasing does, and its Release button works only once the number is typed.</summary>
public sealed class ReleaseNumberDialogTests : IAsyncLifetime
{
    private readonly MudComponentContext context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => context.DisposeAsync().AsTask();

    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, IDialogReference Dialog)> OpenAsync()
    {
        context.Render<MudPopoverProvider>();
        var dialogs = context.Render<MudDialogProvider>();
        var service = context.Bunit.Services.GetRequiredService<IDialogService>();
        IDialogReference dialog = null!;
        await dialogs.InvokeAsync(async () => dialog = await service.ShowAsync<ReleaseNumberDialog>("Release (312) 555-0141?",
            new DialogParameters<ReleaseNumberDialog> { { d => d.PhoneNumber, "+13125550141" } }));
        dialogs.WaitForElement("[data-release-number-dialog]");
        return (dialogs, dialog);
    }

    private static IElement Typed(IRenderedComponent<MudDialogProvider> dialogs) => dialogs.Find("input[data-release-typed], [data-release-typed] input");

    private static IElement ReleaseButton(IRenderedComponent<MudDialogProvider> dialogs) => dialogs.Find("button[data-release-confirm]");

    [Fact]
    public async Task It_says_what_releasing_does_and_releases_only_once_the_number_is_typed_in_any_format()
    {
        var (dialogs, dialog) = await OpenAsync();

        var text = dialogs.Find("[data-release-number-dialog]").TextContent;
        Assert.Contains("cannot be undone", text);
        Assert.Contains("no longer offered as a sender number or a caller ID", text);
        Assert.Contains("its messages, calls and costs stay in reports", text);
        Assert.True(ReleaseButton(dialogs).HasAttribute("disabled"));

        Typed(dialogs).Input("(312) 555-0142");
        dialogs.WaitForAssertion(() => Assert.True(ReleaseButton(dialogs).HasAttribute("disabled")));

        Typed(dialogs).Input("+1 312 555 0141");
        dialogs.WaitForAssertion(() => Assert.False(ReleaseButton(dialogs).HasAttribute("disabled")));
        await ReleaseButton(dialogs).ClickAsync(new());

        var result = await dialog.Result;
        Assert.Equal((false, "+1 312 555 0141"), (result!.Canceled, result.Data as string));
    }

    [Fact]
    public async Task Enter_releases_once_the_number_is_typed_and_not_before()
    {
        var (dialogs, dialog) = await OpenAsync();
        Typed(dialogs).Input("312555014");
        await Typed(dialogs).KeyUpAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        Assert.False(dialog.Result.IsCompleted);

        Typed(dialogs).Input("3125550141");
        await Typed(dialogs).KeyUpAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.Equal("3125550141", (await dialog.Result)!.Data as string);
    }

    [Fact]
    public async Task Cancel_releases_nothing()
    {
        var (dialogs, dialog) = await OpenAsync();
        Typed(dialogs).Input("3125550141");

        await dialogs.Find("button[data-release-cancel]").ClickAsync(new());

        Assert.True((await dialog.Result)!.Canceled);
    }
}
