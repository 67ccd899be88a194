using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Templates;

/// <summary>Deletes a saved template; blasts made from it keep their own copy of the text.</summary>
public sealed class DeleteMessageTemplate(CrmDbContext db)
{
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        await db.MessageTemplates.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
}
