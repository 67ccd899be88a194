using System.Net;
using System.Text.RegularExpressions;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using CrmTelnyx.Phones;
using CrmTelnyx.Validation;

namespace CrmTelnyx.Features.Compliance.TenDlc.Brands;

/// <summary>
/// Checks a brand field by field before anything is sent: a brand refused by The Campaign Registry is a fee and days lost,
/// and an answer in words beside the field beats an error code from Telnyx. Keys are <see cref="BrandDraft"/>'s property
/// names; no entry means the field is fine.
/// </summary>
public static partial class BrandFormCheck
{
    /// <summary>The Campaign Registry's verticals (Telnyx's <c>vertical</c> values).</summary>
    public static readonly IReadOnlyList<string> Verticals =
    [
        "AGRICULTURE", "COMMUNICATION", "CONSTRUCTION", "EDUCATION", "ENERGY", "ENTERTAINMENT", "FINANCIAL", "GAMBLING", "GOVERNMENT",
        "HEALTHCARE", "HOSPITALITY", "HUMAN_RESOURCES", "INSURANCE", "LEGAL", "MANUFACTURING", "NGO", "POLITICAL", "POSTAL",
        "PROFESSIONAL", "REAL_ESTATE", "RETAIL", "TECHNOLOGY", "TRANSPORTATION",
    ];

    public static readonly IReadOnlyList<string> StockExchanges =
        ["NASDAQ", "NYSE", "AMEX", "AMX", "ASX", "B3", "BME", "BSE", "FRA", "ICEX", "JPX", "JSE", "KRX", "LON", "NSE", "OMX", "SEHK", "SGX", "SSE", "STO", "SWX", "SZSE", "TSX", "TWSE", "VSE"];

    private static readonly HashSet<string> UsStates =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN",
        "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
        "WA", "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP",
    ];

    // Prefixes the IRS has never assigned: a number starting so was mistyped.
    private static readonly HashSet<string> UnassignedEinPrefixes = ["00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97"];

    public static IReadOnlyDictionary<string, string> Check(BrandDraft brand)
    {
        var errors = new Dictionary<string, string>();
        void Add(string field, string? error)
        {
            if (error is not null) errors.TryAdd(field, error);
        }

        Add(nameof(BrandDraft.LegalName), Required(brand.LegalName, "the legal name, as on the EIN letter") ?? (brand.LegalName.Trim().Length > 255 ? "At most 255 characters." : null));
        if (brand.EntityType.NeedsEin()) Add(nameof(BrandDraft.Ein), Required(brand.Ein, "the EIN") ?? EinError(brand.Ein!));
        Add(nameof(BrandDraft.Street), Required(brand.Street, "the street address"));
        Add(nameof(BrandDraft.City), Required(brand.City, "the city"));
        Add(nameof(BrandDraft.State), Required(brand.State, "the state") ??
            (UsStates.Contains(brand.State.Trim().ToUpperInvariant()) ? null : "Enter the two-letter state, e.g. IL."));
        Add(nameof(BrandDraft.PostalCode), Required(brand.PostalCode, "the ZIP code") ?? (ZipCode().IsMatch(brand.PostalCode.Trim()) ? null : "Enter a ZIP code like 60601 or 60601-1234."));
        if (brand.EntityType != BrandEntityType.SoleProprietor) Add(nameof(BrandDraft.Website), Required(brand.Website, "the website") ?? WebsiteError(brand.Website!));
        else if (!string.IsNullOrWhiteSpace(brand.Website)) Add(nameof(BrandDraft.Website), WebsiteError(brand.Website));
        Add(nameof(BrandDraft.Vertical), Required(brand.Vertical, "the industry") ?? (Verticals.Contains(brand.Vertical) ? null : "Choose an industry from the list."));
        Add(nameof(BrandDraft.Phone), Required(brand.Phone, "a contact phone") ?? PhoneNumberNormalizer.Normalize(brand.Phone).Error);
        Add(nameof(BrandDraft.Email), Required(brand.Email, "a contact e-mail") ?? EmailAddressRule.Error(brand.Email));
        if (brand.EntityType == BrandEntityType.PublicProfit)
        {
            Add(nameof(BrandDraft.StockSymbol), Required(brand.StockSymbol, "the stock symbol of a public company") ??
                (StockSymbol().IsMatch(brand.StockSymbol!.Trim()) ? null : "Enter the ticker as listed, e.g. ACME (letters, digits, dots; at most 10)."));
            Add(nameof(BrandDraft.StockExchange), Required(brand.StockExchange, "the exchange it is listed on") ??
                (StockExchanges.Contains(brand.StockExchange!.Trim().ToUpperInvariant()) ? null : "Choose the exchange from the list."));
        }
        return errors;
    }

    /// <summary>The EIN as Telnyx takes it ("123456789"), or null when it cannot be one.</summary>
    public static string? EinDigits(string? ein)
    {
        var digits = (ein ?? "").Trim().Replace("-", "", StringComparison.Ordinal);
        return digits.Length == 9 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static string? Required(string? value, string what) => string.IsNullOrWhiteSpace(value) ? $"Enter {what}." : null;

    private static string? EinError(string ein) => EinDigits(ein) is not { } digits
        ? "An EIN is 9 digits, written 12-3456789."
        : UnassignedEinPrefixes.Contains(digits[..2]) ? $"No EIN starts with {digits[..2]}: check it against the IRS letter." : null;

    /// <summary>A site the registry's reviewers can open: a public address with a real domain, not a shortener or an IP.</summary>
    private static string? WebsiteError(string website)
    {
        var text = website.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.HostNameType != UriHostNameType.Dns)
            return IPAddress.TryParse(uri?.Host ?? "", out _) ? "Use the website's name, not an IP address." : "Enter the website's address, e.g. https://acmeplumbing.com.";
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var labels = host.Split('.');
        if (labels.Length < 2 || labels[^1].Length < 2 || !labels[^1].All(char.IsAsciiLetter)) return "Enter the website's address, e.g. https://acmeplumbing.com.";
        if (CampaignTextPatterns.Shorteners.Contains(host.ToLowerInvariant())) return $"{host} is a link shortener; give the business's own website.";
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".example.com", StringComparison.OrdinalIgnoreCase) || host.Equals("example.com", StringComparison.OrdinalIgnoreCase))
            return "Give the business's public website: reviewers open it.";
        return null;
    }

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex ZipCode();

    [GeneratedRegex(@"^[A-Za-z0-9.]{1,10}$")]
    private static partial Regex StockSymbol();
}
