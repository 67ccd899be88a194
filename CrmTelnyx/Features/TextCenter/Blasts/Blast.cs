using CrmTelnyx.Features.TextCenter.Compose;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// One text blast: what it says, to whom, from which numbers, and when. Starting it turns every recipient into one
/// <see cref="Message"/> row (BlastId set); the dispatcher sends those rows. The figures here are the ones fixed at
/// start (recipients, suppression by reason, estimate); live counts are read from the message rows.
/// </summary>
public sealed class Blast
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public BlastStatus Status { get; set; } = BlastStatus.Draft;

    /// <summary>The message as written, merge fields and all ({firstName|there}); rendered per recipient at start.</summary>
    public required string Text { get; set; }

    /// <summary>An MMS picture or file, sent with every message when set.</summary>
    public string? MediaUrl { get; set; }

    /// <summary>Marketing blasts get the opt-out footer unless the text already says how to opt out.</summary>
    public bool IsMarketing { get; set; } = true;

    /// <summary>Who receives it, as <see cref="BlastAudience"/> JSON.</summary>
    public required string AudienceJson { get; set; }

    /// <summary>The audience in words, for the blast list ("Tag VIP, in NY or NJ").</summary>
    public string AudienceDescription { get; set; } = "";

    public RotationMode Rotation { get; set; } = RotationMode.RoundRobin;

    /// <summary>The chosen sender numbers (E.164), as a JSON array.</summary>
    public required string SendersJson { get; set; }

    /// <summary>When to start (UTC); null means at once.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    public string? CreatedByUserId { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When its message rows were made.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    /// <summary>When it finished: every row settled, or cancelled.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Who paused, resumed or cancelled it last, with when, in words for the blast page.</summary>
    public string? LastAction { get; set; }

    /// <summary>Message rows made at start (the audience after suppression).</summary>
    public int Recipients { get; set; }

    /// <summary>Left out at start because the number opted out (STOP or a contact's consent).</summary>
    public int SuppressedOptedOut { get; set; }

    /// <summary>Left out at start because the contact has no valid mobile number.</summary>
    public int SuppressedInvalid { get; set; }

    /// <summary>Left out at start because another contact in the audience has the same number.</summary>
    public int SuppressedDuplicate { get; set; }

    /// <summary>Parts over all rows, as rendered at start.</summary>
    public int EstimatedSegments { get; set; }

    public decimal EstimatedCost { get; set; }

    /// <summary>When the last message should go, as estimated at start (UTC).</summary>
    public DateTimeOffset? EstimatedFinishAt { get; set; }

    /// <summary>Why preparing it failed, in words (the blast is then <see cref="BlastStatus.Failed"/>).</summary>
    public string? Error { get; set; }
}

public enum BlastStatus
{
    /// <summary>Saved, not started.</summary>
    Draft,
    /// <summary>Waiting for <see cref="Blast.ScheduledFor"/>.</summary>
    Scheduled,
    /// <summary>Its message rows are being made.</summary>
    Preparing,
    /// <summary>The dispatcher sends its due rows.</summary>
    Sending,
    /// <summary>Nothing is sent until it is resumed.</summary>
    Paused,
    /// <summary>Prepared, but its estimate would take the month past the budget: nothing is sent until a manager sends it anyway.</summary>
    HeldForBudget,
    /// <summary>Every row was sent (or failed, or is unknown); statuses keep arriving.</summary>
    Completed,
    /// <summary>Stopped for good: rows not yet sent were cancelled.</summary>
    Cancelled,
    /// <summary>Could not be prepared; <see cref="Blast.Error"/> says why.</summary>
    Failed,
}
