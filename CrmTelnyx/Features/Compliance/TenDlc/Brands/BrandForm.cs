namespace CrmTelnyx.Features.Compliance.TenDlc.Brands;

/// <summary>What the brand wizard collects, bound field by field; <see cref="ToDraft"/> is what is checked and sent.</summary>
public sealed class BrandForm
{
    public BrandEntityType EntityType { get; set; } = BrandEntityType.PrivateProfit;
    public string LegalName { get; set; } = "";
    public string Ein { get; set; } = "";
    public string Street { get; set; } = "";
    public string City { get; set; } = "";
    public string State { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Website { get; set; } = "";
    public string Vertical { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string StockSymbol { get; set; } = "";
    public string StockExchange { get; set; } = "";

    public BrandDraft ToDraft() => new(EntityType, LegalName, Ein, Street, City, State, PostalCode, Website, Vertical, Phone, Email, StockSymbol, StockExchange);
}
