using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>An owned number as Telnyx's PhoneNumberDetailed.</summary>
public static class PhoneNumberResource
{
    public static object From(SandboxPhoneNumber n, string? connectionName, string? profileName) => new
    {
        record_type = "phone_number",
        id = n.Id,
        phone_number = n.PhoneNumber,
        status = n.Status,
        phone_number_type = AvailableNumberGenerator.IsTollFree(n.PhoneNumber) ? "toll_free" : "local",
        country_iso_alpha2 = "US",
        connection_id = n.ConnectionId,
        connection_name = connectionName,
        messaging_profile_id = n.MessagingProfileId,
        messaging_profile_name = profileName,
        billing_group_id = (string?)null,
        tags = n.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries),
        customer_reference = n.CustomerReference,
        external_pin = (string?)null,
        source_type = "number_order",
        purchased_at = SandboxJson.Time(n.CreatedAt),
        activated_at = SandboxJson.Time(n.CreatedAt),
        created_at = SandboxJson.Time(n.CreatedAt),
        updated_at = SandboxJson.Time(n.UpdatedAt),
        deletion_lock_enabled = false,
        emergency_enabled = false,
        emergency_status = "disabled",
        emergency_address_id = (string?)null,
        call_forwarding_enabled = true,
        call_recording_enabled = false,
        cnam_listing_enabled = false,
        caller_id_name_enabled = false,
        t38_fax_gateway_enabled = false,
        hd_voice_enabled = false,
        inbound_call_screening = "disabled",
    };
}
