using CrmTelnyx.Features.Calls.Recording;
using CrmTelnyx.Features.Contacts;

namespace CrmTelnyx.Tests.Features.Calls.Recording;

/// <summary>Checks the shipped all-party-consent-states.csv itself, so a bad edit names the line rather than a call failing later.</summary>
public sealed class AllPartyConsentStatesCsvTests
{
    private static readonly string[] Lines = ReadEmbeddedCsv();

    private static IEnumerable<string[]> Rows => Lines.Skip(1).Select(line => line.Split(','));

    [Fact]
    public void The_file_has_its_header_then_five_filled_fields_a_row()
    {
        Assert.Equal("state,name,phone_calls,note,source", Lines[0]);
        Assert.All(Rows, row =>
        {
            Assert.Equal(5, row.Length);
            Assert.All(row, field => Assert.False(string.IsNullOrWhiteSpace(field), string.Join(",", row)));
            Assert.Contains(row[2], new[] { "true", "false" });
        });
    }

    [Fact]
    public void States_are_unique_sorted_and_named_as_the_contact_form_names_them()
    {
        var codes = Rows.Select(row => row[0]).ToList();

        Assert.Equal(codes.Distinct().Order(StringComparer.Ordinal), codes);
        Assert.All(Rows, row => Assert.Equal(StateNames.NameOf(row[0]), row[1]));
    }

    [Fact]
    public void The_commonly_cited_states_are_all_party_for_phone_calls_and_Oregon_only_in_person()
    {
        Assert.Equal(
            ["CA", "CT", "DE", "FL", "IL", "MA", "MD", "MI", "MT", "NH", "NV", "PA", "WA"],
            AllPartyConsentStates.All.Where(row => row.AppliesToPhoneCalls).Select(row => row.State));
        Assert.False(AllPartyConsentStates.Find("or")!.AppliesToPhoneCalls);
        Assert.Contains("Disputed", AllPartyConsentStates.Find("MI")!.Note, StringComparison.Ordinal);
        Assert.Equal("Cal. Penal Code § 632", AllPartyConsentStates.Find("CA")!.Source);
        Assert.Null(AllPartyConsentStates.Find("TX"));
    }

    private static string[] ReadEmbeddedCsv()
    {
        using var stream = typeof(AllPartyConsentStates).Assembly.GetManifestResourceStream(AllPartyConsentStates.ResourceName)
            ?? throw new InvalidOperationException($"{AllPartyConsentStates.ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
