using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>GET /v2/number_orders/{id}.</summary>
public static class GetNumberOrder
{
    public static async Task<IResult> HandleAsync(string id, SandboxDbContext db)
    {
        var order = Guid.TryParse(id, out var guid) ? await db.NumberOrders.FirstOrDefaultAsync(o => o.Id == guid) : null;
        return order is null ? SandboxErrors.NotFound($"Number order '{id}' was not found.") : SandboxJson.Data(NumberOrderResource.From(order));
    }
}
