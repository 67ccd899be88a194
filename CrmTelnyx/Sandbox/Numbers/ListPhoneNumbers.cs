using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>GET /v2/phone_numbers with page[number]/page[size] (max 250) and filter[phone_number], filter[status].</summary>
public static class ListPhoneNumbers
{
    public static async Task<IResult> HandleAsync(HttpRequest request, SandboxDbContext db)
    {
        var (page, size) = Paging.Read(request, defaultSize: 20, maxSize: 250);
        var status = request.Query["filter[status]"].ToString();
        var digits = request.Query["filter[phone_number]"].ToString().TrimStart('+');
        var connectionId = request.Query["filter[connection_id]"].ToString();

        var query = db.PhoneNumbers.Where(n => n.Status == (status.Length > 0 ? status : "active"));
        if (digits.Length > 0) query = query.Where(n => n.PhoneNumber.Contains(digits));
        if (connectionId.Length > 0) query = query.Where(n => n.ConnectionId == connectionId);

        var total = await query.CountAsync();
        var numbers = await query.OrderBy(n => n.CreatedAt).ThenBy(n => n.PhoneNumber).Skip((page - 1) * size).Take(size).ToListAsync();
        var connections = await db.CallControlApplications.ToDictionaryAsync(a => a.Id, a => a.ApplicationName);
        var profiles = await db.MessagingProfiles.ToDictionaryAsync(p => p.Id, p => p.Name);
        var data = numbers.Select(n => PhoneNumberResource.From(n,
            n.ConnectionId is null ? null : connections.GetValueOrDefault(n.ConnectionId),
            n.MessagingProfileId is null ? null : profiles.GetValueOrDefault(n.MessagingProfileId)));
        return TypedResults.Json(new { data, meta = Paging.Meta(page, size, total) }, SandboxJson.Options);
    }
}
