using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.Calls.History;

/// <summary>What the call history shows of one call (and what its export writes).</summary>
public sealed record CallHistoryRow
{
    public long Id { get; init; }
    public DateTime StartedAt { get; init; }
    public CallDirection Direction { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Status { get; init; }
    public string? Outcome { get; init; }
    public string? HangupCause { get; init; }
    public int? DurationSeconds { get; init; }
    public int? BilledSeconds { get; init; }
    public decimal? Cost { get; init; }
    public string? Disposition { get; init; }
    public string? Notes { get; init; }
    public bool HasRecording { get; init; }

    /// <summary>The contact's id while the contact exists (a deleted contact has no page to link to).</summary>
    public long? ContactId { get; init; }
    public string? ContactFirstName { get; init; }
    public string? ContactLastName { get; init; }
    public string? AgentUserId { get; init; }
    public string? AgentName { get; init; }

    /// <summary>Where the search's words were said: a line of a recording's transcript; null when the search did not look there.</summary>
    public string? TranscriptSnippet { get; init; }

    /// <summary>The other party's number: the one called, or the caller.</summary>
    public string ContactNumber => Direction == CallDirection.Outbound ? To : From;

    /// <summary>The contact's name, else their number as people write it.</summary>
    public string ContactName => ((ContactFirstName ?? "") + " " + (ContactLastName ?? "")).Trim() is { Length: > 0 } name
        ? name : PhoneNumberNormalizer.Format(ContactNumber);

    /// <summary>How it ended, or where it is while it lasts.</summary>
    public string StatusText => Outcome ?? Status;
}

/// <summary>Figures over every call the filter matches, not just the page shown.</summary>
public sealed record CallHistoryTotals(int Calls, int Answered, int TalkSeconds, int BilledSeconds, decimal Cost)
{
    public static readonly CallHistoryTotals None = new(0, 0, 0, 0, 0);

    public double TalkMinutes => TalkSeconds / 60.0;
    public double BilledMinutes => BilledSeconds / 60.0;
}

/// <summary>One page of the history and the totals of everything the filter matches.</summary>
public sealed record CallHistoryPage(IReadOnlyList<CallHistoryRow> Rows, CallHistoryTotals Totals);

/// <summary>The columns the history sorts by.</summary>
public enum CallHistorySort
{
    When,
    Duration,
    Billed,
    Cost,
    Agent,
    Contact,
}
