using System.Text;
using static CrmTelnyx.Features.Compliance.TenDlc.Campaigns.CampaignTextPatterns;

namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>
/// Reads a campaign as a carrier's reviewer would, before it is submitted: a rejected campaign costs a resubmission fee
/// and days. Each finding says which field, why carriers refuse it, and how to fix it; no finding means nothing we know
/// of stands in the way. The minimum lengths are The Campaign Registry's.
/// </summary>
public static class CampaignPreSubmissionCheck
{
    public const int MinDescription = 40, MinMessageFlow = 40, MinSample = 20, MinReply = 20, MinSamples = 2, MaxSamples = 5;

    public static IReadOnlyList<CampaignFinding> Check(CampaignDraft draft)
    {
        var findings = new List<CampaignFinding>();
        var samples = draft.Samples.Select((text, i) => (Field: $"Sample {i + 1}", Text: text ?? "")).ToList();

        if (samples.Count(s => !string.IsNullOrWhiteSpace(s.Text)) < MinSamples)
            findings.Add(new(CampaignRule.TooFewSamples, "Samples", "Carriers want to see at least two of the texts you will send.",
                "Add another sample, written exactly as a real text would be."));
        if (samples.Count > MaxSamples)
            findings.Add(new(CampaignRule.TooFewSamples, "Samples", $"Telnyx takes at most {MaxSamples} samples.", "Keep the five that show your texts best."));

        TooShort(findings, "Description", draft.Description, MinDescription, "Say who texts whom, about what, and how often.");
        TooShort(findings, "Message flow", draft.MessageFlow, MinMessageFlow, "Say where people opt in, what they are told, and what they agree to.");
        foreach (var (field, text) in samples.Where(s => !string.IsNullOrWhiteSpace(s.Text)))
            TooShort(findings, field, text, MinSample, "Write the whole text as it will be sent.");
        TooShort(findings, "HELP reply", draft.HelpReply, MinReply, "Name your business and say how to reach you.");
        TooShort(findings, "STOP reply", draft.OptOutReply, MinReply, "Name your business and confirm no more texts will come.");

        if (!string.IsNullOrWhiteSpace(draft.MessageFlow) && !Consent().IsMatch(draft.MessageFlow))
            findings.Add(new(CampaignRule.MessageFlowWithoutConsent, "Message flow", "It does not say how people agree to receive texts.",
                "Describe the opt-in: e.g. \"Customers check a box on our web form agreeing to texts\" or \"text JOIN to …\"."));

        var brand = BrandWords(draft.BrandName);
        foreach (var (field, text) in samples.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Append(("HELP reply", draft.HelpReply)).Append(("STOP reply", draft.OptOutReply)))
            if (brand.Length > 0 && !string.IsNullOrWhiteSpace(text) && !Words(text).Contains(brand, StringComparison.Ordinal))
                findings.Add(new(CampaignRule.BrandNotNamed, field, $"It does not name \"{draft.BrandName.Trim()}\": carriers reject texts that don't say who sends them.",
                    $"Start it with your brand, e.g. \"{draft.BrandName.Trim()}: …\"."));

        if (!samples.Any(s => OptOut().IsMatch(s.Text)))
            findings.Add(new(CampaignRule.NoOptOutLanguage, "Samples", "No sample tells people how to stop the texts.",
                "End at least one sample with \"Reply STOP to opt out\"."));
        if (!string.IsNullOrWhiteSpace(draft.OptOutReply) && !OptOutConfirmed().IsMatch(draft.OptOutReply))
            findings.Add(new(CampaignRule.OptOutReplyUnclear, "STOP reply", "It does not confirm that no more texts will be sent.",
                "Say so plainly, e.g. \"You are unsubscribed and will receive no more messages.\""));
        if (!string.IsNullOrWhiteSpace(draft.HelpReply) && !PhoneNumber().IsMatch(draft.HelpReply) && !Email().IsMatch(draft.HelpReply) && !Link().IsMatch(draft.HelpReply))
            findings.Add(new(CampaignRule.HelpReplyWithoutContact, "HELP reply", "It gives no way to reach you.",
                "Add a phone number, an e-mail address or your website."));

        foreach (var (field, text) in samples)
            foreach (var shortener in Shorteners)
                if (Link().Matches(text).Any(link => IsOn(link.Value, shortener)))
                    findings.Add(new(CampaignRule.UrlShortener, field, $"It links through {shortener}, a public link shortener that carriers filter.",
                        "Use your own domain's full link (or a branded short domain you own)."));

        FlagMatchesSamples(findings, samples, Link().IsMatch, draft.EmbeddedLinks, CampaignRule.LinkFlagMismatch, "links", "Messages include links");
        FlagMatchesSamples(findings, samples, PhoneNumber().IsMatch, draft.EmbeddedPhoneNumbers, CampaignRule.PhoneFlagMismatch, "phone numbers", "Messages include phone numbers");

        var all = string.Join("\n", samples.Select(s => s.Text).Prepend(draft.Description ?? ""));
        if (!draft.AgeGated && AgeGated().Match(all) is { Success: true } gated)
            findings.Add(new(CampaignRule.AgeGatedContent, "Age-gated", $"\"{gated.Value}\" is age-restricted content (sex, alcohol, firearms, tobacco or cannabis).",
                "Turn on \"Age-gated content\" and gate the opt-in by age, or leave such content out."));
        if (!draft.DirectLending && DirectLending().Match(all) is { Success: true } lending)
            findings.Add(new(CampaignRule.DirectLendingContent, "Direct lending", $"\"{lending.Value}\" reads as lending, which carriers review separately.",
                "Turn on \"Direct lending or loan arrangement\", or leave it out."));

        var selling = samples.FirstOrDefault(s => Promotion().IsMatch(s.Text));
        if (!draft.UseCase.MayPromote() && selling.Field is not null)
            findings.Add(new(CampaignRule.UseCaseMismatch, selling.Field,
                $"It promotes (\"{Promotion().Match(selling.Text).Value}\"), which a \u201c{draft.UseCase.DisplayName()}\u201d campaign may not.",
                "Choose the Marketing or Mixed use case, or take the offer out."));
        if (draft.UseCase == CampaignUseCase.TwoFactorAuthentication && samples.Count > 0 && !samples.Any(s => OneTimeCode().IsMatch(s.Text)))
            findings.Add(new(CampaignRule.UseCaseMismatch, "Samples", "A 2FA campaign's samples must show the one-time code.",
                "Write the code in, e.g. \"Your Acme code is 482913\"."));
        return findings.OrderBy(f => Position(f.Field)).ToList();
    }

    /// <summary>The findings in the order of the wizard's fields, so they read top to bottom beside the form.</summary>
    private static int Position(string field) => field switch
    {
        "Description" => 10,
        "Message flow" => 20,
        "Samples" => 30,
        _ when field.StartsWith("Sample ", StringComparison.Ordinal) && int.TryParse(field[7..], out var n) => 30 + n,
        "HELP reply" => 40,
        "STOP reply" => 50,
        _ => 60,
    };

    private static void TooShort(List<CampaignFinding> findings, string field, string? text, int minimum, string fix)
    {
        var length = (text ?? "").Trim().Length;
        if (length < minimum)
            findings.Add(new(CampaignRule.TooShort, field, length == 0 ? "It is empty." : $"It is {length} characters; carriers need at least {minimum}.", fix));
    }

    /// <summary>What the campaign declares must match what its samples show: a link or phone number either way round.</summary>
    private static void FlagMatchesSamples(List<CampaignFinding> findings, List<(string Field, string Text)> samples, Func<string, bool> shows, bool declared,
        CampaignRule rule, string what, string flag)
    {
        var showing = samples.FirstOrDefault(s => shows(s.Text));
        if (!declared && showing.Field is not null)
            findings.Add(new(rule, showing.Field, $"It contains {what}, but \"{flag}\" is off.", $"Turn \"{flag}\" on."));
        if (declared && showing.Field is null && samples.Count > 0)
            findings.Add(new(rule, "Samples", $"\"{flag}\" is on, but no sample shows {what}.", $"Show one in a sample, or turn \"{flag}\" off."));
    }

    private static bool IsOn(string link, string domain)
    {
        var host = link.Contains("://", StringComparison.Ordinal) ? link[(link.IndexOf("://", StringComparison.Ordinal) + 3)..] : link;
        host = host.Split('/', '?', '#')[0].ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        return host == domain;
    }

    private static readonly HashSet<string> LegalSuffixes = ["llc", "inc", "co", "corp", "corporation", "ltd", "company", "lp", "llp", "pllc", "pc"];

    /// <summary>The brand as words to find in a text: "Acme Plumbing, LLC" is "acme plumbing".</summary>
    private static string BrandWords(string? brand)
    {
        var words = Words(brand ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return words.Count == 0 ? "" : $" {string.Join(' ', words)} ";
    }

    /// <summary>Lower-case letters and digits between single spaces (and at both ends), so a name matches whole words only.</summary>
    private static string Words(string text)
    {
        var builder = new StringBuilder(" ");
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
            else if (c != '\'' && builder[^1] != ' ') builder.Append(' ');
        }
        if (builder[^1] != ' ') builder.Append(' ');
        return builder.ToString();
    }
}
