using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>A campaign as the wizard collects it, before it is sent to Telnyx.</summary>
/// <param name="BrandName">The registered brand's name, which carriers expect each sample to carry.</param>
/// <param name="MessageFlow">How people opt in: where, what they are told, what they agree to.</param>
/// <param name="Samples">Two to five example texts, as they will be sent.</param>
/// <param name="HelpReply">The answer to HELP.</param>
/// <param name="OptOutReply">The answer to STOP.</param>
/// <param name="OptInKeywords">Words people text to join (START, JOIN), comma-separated; none when they opt in elsewhere.</param>
/// <param name="OptInMessage">The confirmation sent when they do.</param>
public sealed record CampaignDraft(
    string BrandName,
    CampaignUseCase UseCase,
    string Description,
    string MessageFlow,
    IReadOnlyList<string> Samples,
    string HelpReply,
    string OptOutReply,
    bool EmbeddedLinks = false,
    bool EmbeddedPhoneNumbers = false,
    bool AgeGated = false,
    bool DirectLending = false,
    string? OptInKeywords = null,
    string? OptInMessage = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null for no JSON or JSON this version cannot read: the campaign is then only not offered to be written again.</summary>
    public static CampaignDraft? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<CampaignDraft>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
