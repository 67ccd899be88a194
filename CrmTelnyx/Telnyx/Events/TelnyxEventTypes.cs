namespace CrmTelnyx.Telnyx;

/// <summary>The webhook event types the app understands (data.event_type).</summary>
public static class TelnyxEventTypes
{
    public const string MessageSent = "message.sent";
    public const string MessageFinalized = "message.finalized";
    public const string MessageReceived = "message.received";

    public const string CallInitiated = "call.initiated";
    public const string CallAnswered = "call.answered";
    public const string CallHangup = "call.hangup";
    public const string CallBridged = "call.bridged";
    public const string CallRecordingSaved = "call.recording.saved";
    public const string CallRecordingTranscriptionSaved = "call.recording.transcription.saved";
    public const string CallCost = "call.cost";
    public const string CallSpeakStarted = "call.speak.started";
    public const string CallMachineDetectionEnded = "call.machine.detection.ended";
    public const string CallMachinePremiumDetectionEnded = "call.machine.premium.detection.ended";
    public const string CallGatherEnded = "call.gather.ended";
    public const string CallDtmfReceived = "call.dtmf.received";
    public const string CallSpeakEnded = "call.speak.ended";
    public const string CallPlaybackStarted = "call.playback.started";
    public const string CallPlaybackEnded = "call.playback.ended";

    public const string NumberOrderComplete = "number_order.complete";

    public const string TenDlcBrandUpdate = "10dlc.brand.update";
    public const string TenDlcCampaignUpdate = "10dlc.campaign.update";
    public const string TenDlcPhoneNumberUpdate = "10dlc.phone_number.update";
}
