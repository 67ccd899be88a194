using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Account;

/// <summary>The account's messaging profiles and Call Control applications as Telnyx shows them, in lists and PATCH answers alike.</summary>
public static class AccountResources
{
    public static object Profile(SandboxMessagingProfile p) => new
    {
        record_type = "messaging_profile", id = p.Id, name = p.Name, enabled = true,
        webhook_url = p.WebhookUrl ?? "", webhook_failover_url = "", webhook_api_version = "2",
        number_pool_settings = (object?)null, whitelisted_destinations = new[] { "US", "CA" },
        created_at = SandboxJson.Time(p.CreatedAt), updated_at = SandboxJson.Time(p.CreatedAt),
    };

    public static object Application(SandboxCallControlApplication a) => new
    {
        record_type = "call_control_application", id = a.Id, application_name = a.ApplicationName, active = true,
        webhook_event_url = a.WebhookEventUrl ?? "", webhook_event_failover_url = "", webhook_api_version = "2",
        webhook_timeout_secs = 25, anchorsite_override = "Latency", dtmf_type = "RFC 2833", first_command_timeout = false,
        created_at = SandboxJson.Time(a.CreatedAt), updated_at = SandboxJson.Time(a.CreatedAt),
    };
}
