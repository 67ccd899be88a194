using Quartz;

namespace CrmTelnyx.Hosting;

public static class JobsExtensions
{
    /// <summary>Quartz runs scheduled work (blast starts, syncs); features add their jobs through <c>services.AddQuartz(q => …)</c>.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddQuartz(_ => { });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
