namespace CrmTelnyx.Telnyx;

/// <summary>A number assigned to a 10DLC campaign. <see cref="AssignmentStatus"/>: PENDING_ASSIGNMENT, ASSIGNED, FAILED_ASSIGNMENT, …</summary>
public sealed record PhoneNumberCampaign(string PhoneNumber, string? CampaignId)
{
    public string? BrandId { get; init; }
    public string? TcrBrandId { get; init; }
    public string? TcrCampaignId { get; init; }
    public string? TelnyxCampaignId { get; init; }
    public string? AssignmentStatus { get; init; }
    public System.Text.Json.JsonElement? FailureReasons { get; init; }
    public string? CreatedAt { get; init; }
    public string? UpdatedAt { get; init; }
}

public sealed record AssignNumberToCampaignRequest(string PhoneNumber, string CampaignId);
