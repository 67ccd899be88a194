using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Messages;

/// <summary>GET /v2/messages/{id}.</summary>
public static class GetMessage
{
    public static async Task<IResult> HandleAsync(string id, SandboxDbContext db)
    {
        var message = Guid.TryParse(id, out var guid) ? await db.Messages.FirstOrDefaultAsync(m => m.Id == guid) : null;
        return message is null ? SandboxErrors.NotFound($"Message '{id}' was not found.") : SandboxJson.Data(MessageResource.From(message));
    }
}
