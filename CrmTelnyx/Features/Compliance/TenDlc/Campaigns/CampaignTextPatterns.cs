using System.Text.RegularExpressions;

namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>What the pre-submission check looks for in a campaign's texts, as carriers' reviewers do.</summary>
public static partial class CampaignTextPatterns
{
    /// <summary>Public link shorteners: carriers filter them, since anyone can hide any address behind one.</summary>
    public static readonly IReadOnlyList<string> Shorteners =
    [
        "bit.ly", "tinyurl.com", "goo.gl", "ow.ly", "t.co", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc",
        "bl.ink", "rb.gy", "t.ly", "s.id", "shorte.st",
    ];

    [GeneratedRegex(@"https?://[^\s]+|\bwww\.[^\s]+|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|ly|co|io|us|gl|at|gd|cc|gy|id|st|info|biz|shop|app)\b(/[^\s]*)?", RegexOptions.IgnoreCase)]
    public static partial Regex Link();

    [GeneratedRegex(@"(\+1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b")]
    public static partial Regex PhoneNumber();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    public static partial Regex Email();

    [GeneratedRegex(@"\b(stop|unsubscribe|opt[\s-]?out|cancel)\b", RegexOptions.IgnoreCase)]
    public static partial Regex OptOut();

    [GeneratedRegex(@"\b(unsubscribed|opted[\s-]?out|no (more|further) (messages|texts|msgs)|will not (receive|get)|won't (receive|get)|removed from)\b", RegexOptions.IgnoreCase)]
    public static partial Regex OptOutConfirmed();

    [GeneratedRegex(@"\b(opt[\s-]?in|opted[\s-]?in|consent|agree|agrees|sign[\s-]?up|signs up|check ?box|checks a box|subscribe|keyword|web ?form|form)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Consent();

    /// <summary>Sex, hate, alcohol, firearms, tobacco and cannabis ("SHAFT"): carriers require the age gate for them.</summary>
    [GeneratedRegex(@"\b(sex|sexy|xxx|escort|adult content|beer|wine|wines|liquor|vodka|whiskey|tequila|cocktails?|brewery|happy hour|guns?|firearms?|rifles?|pistols?|ammo|ammunition|tobacco|cigars?|cigarettes?|vapes?|vaping|e-?cigs?|cannabis|marijuana|weed|cbd|thc|dispensary|hemp)\b", RegexOptions.IgnoreCase)]
    public static partial Regex AgeGated();

    [GeneratedRegex(@"\b(loans?|payday|cash advance|credit repair|lending|lender|borrow)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DirectLending();

    [GeneratedRegex(@"(\d+\s?% off|\b(sale|discount|promo|promotion|coupon|deals?|free shipping|buy one|limited time|save \$?\d+)\b)", RegexOptions.IgnoreCase)]
    public static partial Regex Promotion();

    /// <summary>A one-time code as 2FA texts carry it: a 4–8 digit number, or a placeholder for one.</summary>
    [GeneratedRegex(@"\b\d{4,8}\b|\{\s*code\s*\}|\bcode\b", RegexOptions.IgnoreCase)]
    public static partial Regex OneTimeCode();
}
