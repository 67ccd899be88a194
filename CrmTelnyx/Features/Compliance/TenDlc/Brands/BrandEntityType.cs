namespace CrmTelnyx.Features.Compliance.TenDlc.Brands;

/// <summary>What kind of organisation registers the brand; it decides which fields The Campaign Registry requires.</summary>
public enum BrandEntityType
{
    PrivateProfit,
    PublicProfit,
    NonProfit,
    Government,
    SoleProprietor,
}

public static class BrandEntityTypes
{
    /// <summary>The <c>entityType</c> of <c>POST /10dlc/brand</c>.</summary>
    public static string TelnyxName(this BrandEntityType type) => type switch
    {
        BrandEntityType.PrivateProfit => "PRIVATE_PROFIT",
        BrandEntityType.PublicProfit => "PUBLIC_PROFIT",
        BrandEntityType.NonProfit => "NON_PROFIT",
        BrandEntityType.Government => "GOVERNMENT",
        BrandEntityType.SoleProprietor => "SOLE_PROPRIETOR",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string DisplayName(this BrandEntityType type) => type switch
    {
        BrandEntityType.PrivateProfit => "Private company",
        BrandEntityType.PublicProfit => "Public company",
        BrandEntityType.NonProfit => "Non-profit",
        BrandEntityType.Government => "Government",
        BrandEntityType.SoleProprietor => "Sole proprietor",
        _ => type.ToString(),
    };

    /// <summary>Telnyx's name back to words; unknown names stay as Telnyx wrote them.</summary>
    public static string Words(string? telnyxName) =>
        Enum.GetValues<BrandEntityType>().FirstOrDefault(t => t.TelnyxName() == telnyxName) is var type && type.TelnyxName() == telnyxName
            ? type.DisplayName() : telnyxName ?? "—";

    /// <summary>A sole proprietor registers with their own name and phone, without an EIN or a website.</summary>
    public static bool NeedsEin(this BrandEntityType type) => type != BrandEntityType.SoleProprietor;
}
