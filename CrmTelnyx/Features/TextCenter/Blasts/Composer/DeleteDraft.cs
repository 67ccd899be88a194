using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// Deletes a draft for good (it has no message rows yet). Only a draft: a blast sent or scheduled meanwhile stays. With
/// a <see cref="DraftStamp"/> (from the composer) also only while nobody changed it since it was opened.
/// </summary>
public sealed class DeleteDraft(CrmDbContext db, IAuthorizationService authorization, BlastActivity activity)
{
    public async Task<BlastControlResult> DeleteAsync(ClaimsPrincipal user, long id, DraftStamp? seen = null, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.Blasts)).Succeeded) return new(false, CreateBlast.NotAllowed);
        var rows = seen is null ? db.Blasts.Where(b => b.Id == id && b.Status == BlastStatus.Draft) : db.Blasts.Where(seen.Unchanged(id));
        if (await rows.ExecuteDeleteAsync(cancellationToken) == 0)
            return new(false, await DraftStamp.WhyRefusedAsync(db, id, "it was not deleted", cancellationToken));
        activity.Changed(id);
        return new(true, "Draft deleted.");
    }
}
