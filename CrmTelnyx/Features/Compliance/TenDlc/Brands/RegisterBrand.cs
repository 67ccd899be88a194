using CrmTelnyx.Hosting;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Compliance.TenDlc.Brands;

/// <summary>Submits the brand wizard to Telnyx once every field passes <see cref="BrandFormCheck"/>; nothing is sent otherwise.</summary>
public sealed class RegisterBrand(TelnyxClient telnyx, RefreshRegistration registry, AppAddresses addresses)
{
    /// <param name="FieldErrors">Field name → what to fix; nothing was sent.</param>
    /// <param name="Problem">Telnyx's refusal in words; nothing was stored.</param>
    public sealed record Result(IReadOnlyDictionary<string, string> FieldErrors, string? Problem, RegisteredBrand? Brand);

    public async Task<Result> SubmitAsync(BrandDraft draft, string submittedBy, CancellationToken cancellationToken = default)
    {
        var errors = BrandFormCheck.Check(draft);
        if (errors.Count > 0) return new Result(errors, null, null);
        try
        {
            var answer = await telnyx.CreateBrandAsync(Request(draft) with { WebhookURL = addresses.ConfiguredTelnyxWebhookUrl }, cancellationToken);
            return new Result(errors, null, await registry.RecordSubmittedAsync(answer, submittedBy, cancellationToken));
        }
        catch (TelnyxException e)
        {
            return new Result(errors, $"Telnyx did not take the brand: {e.UserMessage}", null);
        }
    }

    public static CreateBrandRequest Request(BrandDraft draft)
    {
        var name = draft.LegalName.Trim();
        var phone = PhoneNumberNormalizer.Normalize(draft.Phone).E164;
        var soleProprietor = draft.EntityType == BrandEntityType.SoleProprietor;
        // A sole proprietor registers as a person: the registry asks for first and last name and a mobile for its one-time code.
        var (first, last) = name.LastIndexOf(' ') is var space and > 0 ? (name[..space], name[(space + 1)..]) : (name, name);
        return new CreateBrandRequest(draft.EntityType.TelnyxName(), name, "US", draft.Email.Trim(), draft.Vertical)
        {
            CompanyName = soleProprietor ? null : name,
            Ein = draft.EntityType.NeedsEin() ? BrandFormCheck.EinDigits(draft.Ein) : null,
            Phone = phone,
            Street = draft.Street.Trim(),
            City = draft.City.Trim(),
            State = draft.State.Trim().ToUpperInvariant(),
            PostalCode = draft.PostalCode.Trim(),
            Website = string.IsNullOrWhiteSpace(draft.Website) ? null : draft.Website.Trim(),
            StockSymbol = draft.EntityType == BrandEntityType.PublicProfit ? draft.StockSymbol?.Trim().ToUpperInvariant() : null,
            StockExchange = draft.EntityType == BrandEntityType.PublicProfit ? draft.StockExchange?.Trim().ToUpperInvariant() : null,
            FirstName = soleProprietor ? first : null,
            LastName = soleProprietor ? last : null,
            MobilePhone = soleProprietor ? phone : null,
        };
    }
}
