namespace CrmTelnyx.Features.Compliance.TenDlc.Brands;

/// <summary>A brand as the wizard collects it, before it is sent to Telnyx.</summary>
/// <param name="Ein">The US employer identification number, "12-3456789"; none for a sole proprietor.</param>
/// <param name="Phone">The brand's contact phone, any usual US form; sent as E.164.</param>
/// <param name="StockSymbol">Public companies only, with <paramref name="StockExchange"/>.</param>
public sealed record BrandDraft(
    BrandEntityType EntityType,
    string LegalName,
    string? Ein,
    string Street,
    string City,
    string State,
    string PostalCode,
    string? Website,
    string Vertical,
    string Phone,
    string Email,
    string? StockSymbol = null,
    string? StockExchange = null);
