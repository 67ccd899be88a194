namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>Where a brand or campaign stands with the registry and carriers, in the words people read.</summary>
public enum RegistrationState
{
    Pending,
    Active,
    Rejected,
    Suspended,
    Expired,
}

public static class RegistrationStates
{
    public static string Words(this RegistrationState state) => state switch
    {
        RegistrationState.Pending => "Pending review",
        RegistrationState.Active => "Active",
        RegistrationState.Rejected => "Rejected",
        RegistrationState.Suspended => "Suspended",
        RegistrationState.Expired => "Expired",
        _ => state.ToString(),
    };

    /// <summary>Still moving: the poll keeps asking Telnyx about it.</summary>
    public static bool IsUnsettled(this RegistrationState state) => state == RegistrationState.Pending;
}
