using System.Net;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>What one send of a blast row came to, and what the row becomes.</summary>
public enum BlastSendResult
{
    /// <summary>Telnyx took it: its id is recorded, webhooks move it on.</summary>
    Sent,
    /// <summary>Telnyx refused it (4xx): surely unsent, failed with the code and the reason in words.</summary>
    Failed,
    /// <summary>Telnyx asked us to slow down, or was never reached: back to pending, sent again later.</summary>
    SlowDown,
    /// <summary>It may have gone out (5xx, timeout): never resent blindly; webhooks or detail records settle it.</summary>
    Unknown,
}

/// <param name="OptedOut">Telnyx refused because the number replied STOP (40300): the number and contact are marked opted out.</param>
public sealed record BlastSendOutcome(BlastSendResult Result, string? ErrorCode, string? ErrorDetail, bool OptedOut = false)
{
    /// <summary>Telnyx's codes that mean "too fast" rather than "never": API rate limit, queue full, carrier rate limits.</summary>
    public static readonly IReadOnlySet<string> ThrottleCodes = new HashSet<string> { "10011", "40318", "40011", "40018" };

    private static readonly IReadOnlySet<string> InvalidNumberCodes = new HashSet<string> { "10002", "10016", "40310", "40012" };

    public const string UnknownAfterStop =
        "The app stopped while this message was being sent, so it is not known whether Telnyx sent it. It is not sent again; Telnyx's reports settle it.";

    public static BlastSendOutcome Of(TelnyxException exception)
    {
        switch (exception)
        {
            case TelnyxApiException api when api.StatusCode == HttpStatusCode.TooManyRequests || api.Codes.Any(ThrottleCodes.Contains):
                return new(BlastSendResult.SlowDown, api.Codes.FirstOrDefault(), api.UserMessage);
            case TelnyxApiException { StatusCode: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError } api:
                var code = api.Codes.FirstOrDefault();
                if (api.HasCode("40300"))
                    return new(BlastSendResult.Failed, "40300", "Opted out: the number replied STOP, so Telnyx blocks texts to it. It is now marked opted out. " + api.UserMessage, OptedOut: true);
                if (api.HasCode("40010"))
                    return new(BlastSendResult.Failed, "40010", "Not 10DLC registered: the sender number is not on a registered 10DLC campaign, so carriers refuse its texts. " + api.UserMessage);
                if (api.Codes.FirstOrDefault(InvalidNumberCodes.Contains) is { } invalid)
                    return new(BlastSendResult.Failed, invalid, "Invalid number: " + api.UserMessage);
                return new(BlastSendResult.Failed, code, api.UserMessage);
            case TelnyxUnreachableException { MayHaveBeenApplied: false } unreachable:
                return new(BlastSendResult.SlowDown, null, unreachable.UserMessage);
            default:
                return new(BlastSendResult.Unknown, (exception as TelnyxApiException)?.Codes.FirstOrDefault(),
                    $"It is not known whether Telnyx sent this message ({exception.UserMessage}). It is not sent again; Telnyx's reports settle it.");
        }
    }
}
