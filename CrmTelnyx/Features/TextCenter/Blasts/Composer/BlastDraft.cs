using CrmTelnyx.Features.TextCenter.Compose;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>What the composer has collected so far: checked live by <see cref="PreSendCheck"/>, stored by <see cref="CreateBlast"/>.</summary>
public sealed record BlastDraft
{
    public string Name { get; init; } = "";

    /// <summary>The text as written, merge fields and all; the footer is added at start when <see cref="IsMarketing"/>.</summary>
    public string Text { get; init; } = "";

    public string? MediaUrl { get; init; }

    public bool IsMarketing { get; init; } = true;

    public BlastAudience Audience { get; init; } = new();

    /// <summary>Sender numbers (E.164).</summary>
    public IReadOnlyList<string> Senders { get; init; } = [];

    public RotationMode Rotation { get; init; } = RotationMode.RoundRobin;

    /// <summary>When to start (UTC); null means at once.</summary>
    public DateTimeOffset? ScheduledFor { get; init; }

    /// <summary>
    /// The composer that collected it (one per open page): audience figures are kept per composer while its text is
    /// typed, so a page opened after a STOP or an import counts afresh.
    /// </summary>
    public Guid ComposerId { get; init; } = Guid.NewGuid();

    public bool IsMms => !string.IsNullOrWhiteSpace(MediaUrl);

    /// <summary>The text as it is sent before merge fields: with the opt-out footer when marketing needs one.</summary>
    public string WithFooter => IsMarketing && !string.IsNullOrWhiteSpace(Text) ? OptOutFooter.AddTo(Text) : Text;
}
