using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>What the 10DLC page hears: a brand, campaign or number assignment changed at Telnyx.</summary>
public static class TenDlcLiveEvents
{
    public const string Topic = "tendlc";
    public const string Changed = "registration-changed";

    public static Task PublishRegistrationChangedAsync(this ILiveNotifier live, CancellationToken cancellationToken = default) =>
        live.PublishAsync(Topic, Changed, null, cancellationToken);
}
