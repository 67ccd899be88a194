using System.Collections.Frozen;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.Calls.Recording;

/// <summary>Whether to speak <see cref="RecordingConsent.AnnouncementText"/> before recording, and a sentence saying why.</summary>
public sealed record ConsentAnnouncement(bool Needed, string Reason);

/// <summary>
/// Decides whether a recorded call must start with the announcement. Where the contact is can only be guessed from the
/// address state and the number's area code, and an all-party state's law follows its residents (California's reaches
/// callers from other states), so the announcement is spoken when either guess is an all-party state, and whenever
/// neither names a US state whose law is on file (toll-free, foreign, Canada, territories): announcing costs a sentence,
/// not announcing may be a crime.
/// </summary>
public static class RecordingConsent
{
    public const string AnnouncementText = "This call may be recorded for quality and training purposes.";

    // Their area codes are in the NANP table as "US", but their recording laws are not on file here.
    private static readonly FrozenSet<string> Territories = FrozenSet.Create("PR", "VI", "GU", "MP", "AS");

    public static ConsentAnnouncement AnnouncementNeeded(string contactPhoneE164, string? contactStateFromAddress)
    {
        var addressState = string.IsNullOrWhiteSpace(contactStateFromAddress) ? null : StateNames.ToCode(contactStateFromAddress);
        var areaCode = NanpAreaCodes.ForE164(contactPhoneE164);

        var guesses = new List<(string State, string From)>();
        if (addressState is not null)
            guesses.Add((addressState, "the contact's address"));
        if (areaCode is not null && areaCode.Region != addressState)
            guesses.Add((areaCode.Region, $"area code {areaCode.AreaCode}"));

        var allParty = guesses.Where(g => AllPartyConsentStates.Find(g.State) is { AppliesToPhoneCalls: true }).ToList();
        if (allParty.Count > 0)
            return new(true, $"{Describe(allParty)} {(allParty.Count == 1 ? "requires" : "require")} every party's consent to record a call.");

        if (guesses.Count == 0)
            return new(true, $"{WhyUnknown(contactPhoneE164, contactStateFromAddress)}, so the state cannot be told: announcing to be safe.");

        var notOnFile = guesses.Where(g => !IsUsStateOrDc(g.State)).ToList();
        if (notOnFile.Count > 0)
            return new(true, $"{Describe(notOnFile)} {(notOnFile.Count == 1 ? "is" : "are")} not a US state whose recording law is on file: announcing to be safe.");

        return new(false, $"{Describe(guesses)} {(guesses.Count == 1 ? "needs" : "need")} only one party's consent to record a call.");
    }

    private static string Describe(IEnumerable<(string State, string From)> guesses) =>
        string.Join(" and ", guesses.Select(g => $"{g.State} ({g.From})"));

    private static string WhyUnknown(string phone, string? addressState)
    {
        var number = TollFreeNumbers.IsTollFree(phone) ? "a toll-free number"
            : phone.StartsWith("+1", StringComparison.Ordinal) && phone.Length == 12 ? $"area code {phone.Substring(2, 3)} is not a US or Canadian area code"
            : "not a US number";
        var address = string.IsNullOrWhiteSpace(addressState) ? "no address state" : $"'{addressState.Trim()}' is not a state";
        return $"{char.ToUpperInvariant(number[0])}{number[1..]} and {address}";
    }

    private static bool IsUsStateOrDc(string region) =>
        !Territories.Contains(region)
        && NanpAreaCodes.AreaCodesIn(region) is [var first, ..]
        && NanpAreaCodes.Find(first)?.Country == "US";
}
