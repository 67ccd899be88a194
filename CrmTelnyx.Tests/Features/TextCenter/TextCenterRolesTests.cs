using System.Security.Claims;
using Bunit;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>Agents use the Text Center's conversations; texting a number typed in by hand is for Admin, Manager and Staff (AppRoles.TextAnyNumber).</summary>
public sealed class TextCenterRolesTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        app.StartKestrel();
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    [Fact]
    public void An_agent_sees_the_text_center_but_no_form_to_text_a_typed_in_number()
    {
        context.SignInAs(app, AppRoles.Agent);
        context.Render<MudBlazor.MudPopoverProvider>();

        var page = context.Render<TextCenterPage>();

        page.WaitForAssertion(() => Assert.Contains("is for admins, managers and staff", page.Find("[data-no-send-form]").TextContent), Wait);
        Assert.Empty(page.FindAll("[data-send-form]"));
        Assert.Empty(page.FindAll("button[data-send]"));
        Assert.Empty(page.FindAll("#to"));
    }

    [Theory]
    [InlineData(AppRoles.Admin)]
    [InlineData(AppRoles.Manager)]
    [InlineData(AppRoles.Staff)]
    public void The_other_roles_get_the_form(string role)
    {
        context.SignInAs(app, role);
        context.Render<MudBlazor.MudPopoverProvider>();

        var page = context.Render<TextCenterPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("button[data-send]")), Wait);
        Assert.Empty(page.FindAll("[data-no-send-form]"));
    }

    public static TheoryData<string> Refused() => new() { AppRoles.Agent, "" };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task SendSingleText_refuses_an_agent_or_nobody_and_records_nothing(string role)
    {
        var sender = role == "" ? new ClaimsPrincipal(new ClaimsIdentity()) : TextSenders.WithRole(role);
        await using var scope = app.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<SendSingleText>()
            .SendAsync(sender, "+13125550141", "+13125550171", "Hello from an agent", "key-refused-" + role);

        Assert.Equal(SendSingleText.NotForAgents, result.Error);
        Assert.Null(result.Message);
        Assert.Empty(await app.WithDbAsync(db => db.Set<Message>().Where(m => m.To == "+13125550171").ToListAsync()));
    }
}
