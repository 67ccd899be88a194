using CrmTelnyx.Features.Webhooks;

namespace CrmTelnyx.Tests.Features.Webhooks;

public sealed class WebhookRetryScheduleTests
{
    private static readonly WebhookOptions Options = new() { RetryBaseDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromMinutes(5) };

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(6, 300)]
    [InlineData(40, 300)]
    public void Each_failure_doubles_the_wait_up_to_the_cap(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WebhookRetrySchedule.DelayAfter(failures, Options));
}
