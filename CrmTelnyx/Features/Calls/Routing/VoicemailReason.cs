namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>Why a call went to voicemail, as stored on the call and shown to staff.</summary>
public static class VoicemailReason
{
    public const string AfterHours = "after hours";
    public const string Holiday = "holiday";
    public const string NoAgentAvailable = "no agent available";
    public const string NobodyAnswered = "nobody answered";

    /// <summary>The caller pressed no option the menu offers, twice (the menu is replayed once).</summary>
    public const string NoMenuChoice = "no menu choice";
}
