namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>A blast's status in words, and why an action does not apply to it.</summary>
public static class BlastStatusText
{
    public static string Of(BlastStatus status) => status switch
    {
        BlastStatus.Draft => "Draft",
        BlastStatus.Scheduled => "Scheduled",
        BlastStatus.Preparing => "Preparing",
        BlastStatus.Sending => "Sending",
        BlastStatus.Paused => "Paused",
        BlastStatus.HeldForBudget => "Held for budget",
        BlastStatus.Completed => "Completed",
        BlastStatus.Cancelled => "Cancelled",
        BlastStatus.Failed => "Failed",
        _ => status.ToString(),
    };

    public static string CannotBe(BlastStatus status, string verb) => status switch
    {
        BlastStatus.Draft => $"A draft cannot be {verb}: nothing goes out from it until it is sent or scheduled. An unwanted draft can be deleted.",
        BlastStatus.Preparing => $"This blast is being prepared and cannot be {verb} yet; try again in a moment.",
        BlastStatus.HeldForBudget => $"This blast is held because it would pass the monthly budget, so it cannot be {verb}. A manager or admin can send it anyway, or cancel it.",
        BlastStatus.Completed or BlastStatus.Cancelled or BlastStatus.Failed => $"This blast is {Of(status).ToLowerInvariant()}, so it cannot be {verb}.",
        _ => $"A {Of(status).ToLowerInvariant()} blast cannot be {verb}.",
    };
}
