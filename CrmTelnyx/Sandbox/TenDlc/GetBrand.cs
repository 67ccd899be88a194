using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>GET /10dlc/brand/{brandId} and its /externalVetting records.</summary>
public static class GetBrand
{
    public static async Task<IResult> HandleAsync(string brandId, SandboxDbContext db) =>
        await db.Brands.FindAsync(brandId) is { } brand ? SandboxJson.Bare(TenDlcResources.Brand(brand)) : NotFound(brandId);

    /// <summary>A bare array: empty until the brand is OK (and always for sole proprietors, who are not vetted).</summary>
    public static async Task<IResult> VettingsAsync(string brandId, SandboxDbContext db) =>
        await db.Brands.FindAsync(brandId) is { } brand ? SandboxJson.Bare(TenDlcResources.Vettings(brand)) : NotFound(brandId);

    private static IResult NotFound(string brandId) => SandboxErrors.NotFound($"Brand '{brandId}' was not found.");
}
