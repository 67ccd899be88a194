using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>
/// A bUnit context for the app's MudBlazor components, rendered as on an interactive Server circuit.
/// Pass an app factory to resolve everything the test does not register itself from the real app
/// (its SQLite file, use cases, live feed). Hold it in a test class that is <see cref="IAsyncLifetime"/>:
/// MudBlazor's services dispose only asynchronously, and xunit 2 disposes test classes synchronously.
/// </summary>
public sealed class MudComponentContext : IAsyncDisposable
{
    private readonly AsyncServiceScope? appScope;

    public MudComponentContext(CrmAppFactory? app = null)
    {
        Bunit.Services.AddMudServices();
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        if (app is null) return;
        appScope = app.Services.CreateAsyncScope();
        Bunit.Services.AddFallbackServiceProvider(appScope.Value.ServiceProvider);
    }

    public BunitContext Bunit { get; } = new();

    /// <summary>Register services before the first <see cref="Render{TComponent}"/>.</summary>
    public IServiceCollection Services => Bunit.Services;

    /// <summary>Renders a component as an interactive Server page would (RendererInfo says so).</summary>
    public IRenderedComponent<TComponent> Render<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        if (!rendererInfoSet) Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        rendererInfoSet = true;
        return Bunit.Render(parameters);
    }

    private bool rendererInfoSet;

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        if (appScope is { } scope) await scope.DisposeAsync();
    }
}
