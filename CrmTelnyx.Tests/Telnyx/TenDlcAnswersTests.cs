using System.Text.Json;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>What Telnyx's 10DLC answers mean for people: carrier limits from mnoMetadata, failure reasons in one sentence.</summary>
public sealed class TenDlcAnswersTests
{
    [Fact]
    public void Carrier_limits_are_read_by_carrier_name_whatever_the_network_ids_and_with_or_without_the_wrapper()
    {
        const string metadata = """
            { "10017": { "mno": "AT&T", "tpm": 240, "msgClass": "E", "tpmScope": "CAMPAIGN" },
              "10035": { "mno": "T-Mobile", "brandDailyCap": "2000", "brandTier": "LOW" },
              "10038": { "mno": "Verizon Wireless", "qualify": true } }
            """;
        var expected = new CarrierLimits(240, "E", 2000, "LOW");

        Assert.Equal(expected, CarrierLimits.FromMnoMetadata(JsonDocument.Parse(metadata).RootElement));
        Assert.Equal(expected, CarrierLimits.FromMnoMetadata(JsonDocument.Parse($$"""{ "campaignId": "C1", "mnoMetadata": {{metadata}} }""").RootElement));
        Assert.Equal(CarrierLimits.Unknown, CarrierLimits.FromMnoMetadata(JsonDocument.Parse("""{ "10038": { "mno": "Verizon Wireless" } }""").RootElement));
        Assert.Equal(CarrierLimits.Unknown, CarrierLimits.FromMnoMetadata(JsonDocument.Parse("[]").RootElement));
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("\"Website not reachable.\"", "Website not reachable.")]
    [InlineData("[\"EIN does not match.\", \" Address incomplete. \"]", "EIN does not match. Address incomplete.")]
    [InlineData("[{\"description\": \"Sample 2 does not name the brand.\"}, {\"reason\": \"Opt-out missing.\"}]", "Sample 2 does not name the brand. Opt-out missing.")]
    [InlineData("[]", null)]
    public void Failure_reasons_in_any_of_their_forms_read_as_one_sentence(string json, string? expected) =>
        Assert.Equal(expected, TenDlcFailureReasons.Text(JsonDocument.Parse(json).RootElement));
}
