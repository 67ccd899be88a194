using CrmTelnyx.Components;
using CrmTelnyx.Components.Account;
using CrmTelnyx.Hosting;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.Settings;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Telnyx;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseRepositoryAppSettings();
// Framework and package assets (blazor.web.js, MudBlazor) come from the build's manifest in every environment (tests run as
// "Testing"); published output carries them in wwwroot instead and has no manifest, so this does nothing there.
builder.WebHost.UseStaticWebAssets();

builder.AddAppConfiguration()
    .AddCrmLogging()
    .AddCrmData()
    .AddDataProtectionKeys()
    .AddCrmIdentity()
    .AddTelnyx()
    .AddTelnyxClient()
    .AddWebhooks()
    .AddTextCenter()
    .AddSandboxWiring()
    .AddLive()
    .AddJobs()
    .AddHealth()
    .AddContacts()
    .AddCompliance()
    .AddUsers()
    .AddNumbers()
    .AddCalls()
    .AddBilling()
    .AddSettings()
    .AddStartupBanner();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSingleton<UseCaseRunner>();

var app = builder.Build();
app.RefuseBadSettings();

app.UseCrmPipeline();
app.MapHealth();
app.MapAccount();
app.MapContacts();
app.MapNumbers();
app.MapCalls();
app.MapBilling();
app.MapWebhooks();
app.MapTextCenter();
app.MapTelnyxSandbox();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
