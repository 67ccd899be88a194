namespace CrmTelnyx.Live;

public static class LiveExtensions
{
    /// <summary>The live feed: features publish through <see cref="ILiveNotifier"/>, open pages subscribe to <see cref="LiveFeed"/>.</summary>
    public static IHostApplicationBuilder AddLive(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveFeed>();
        builder.Services.AddSingleton<ILiveNotifier>(services => services.GetRequiredService<LiveFeed>());
        return builder;
    }
}
