using System.Globalization;
using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>A manager or admin sets the monthly budget and its warnings; a form older than someone else's save is refused, not saved over.</summary>
public sealed class SaveBudget(CrmDbContext db, IAuthorizationService authorization, BudgetChanges changes, TimeProvider time)
{
    public const decimal MaxAmount = 10_000_000m;
    public const string NotForYou = "Only managers and admins can set the budget.";
    public const string ChangedMeanwhile = "Someone else changed the budget after you opened it; it shows their figures now. Make your change again if it is still needed.";

    /// <param name="Amount">Dollars a month; null for no budget.</param>
    /// <param name="Alerts">Percentages as typed, e.g. "50, 80, 100".</param>
    /// <param name="Version">The version the form was loaded at.</param>
    /// <param name="HoldBlasts">Blasts that would pass the budget wait for a manager or admin.</param>
    public sealed record Form(decimal? Amount, string Alerts, long Version, bool HoldBlasts = false);

    /// <param name="Error">In words; null when saved.</param>
    public sealed record Result(string? Error);

    public async Task<Result> SaveAsync(ClaimsPrincipal user, Form form, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.Billing)).Succeeded) return new(NotForYou);
        if (form.Amount is { } amount && (amount <= 0 || amount > MaxAmount))
            return new($"The budget must be more than $0 and at most {MaxAmount.ToString("$#,0", CultureInfo.InvariantCulture)} a month, or empty for none.");
        if (HasMoreThanCents(form.Amount)) return new("The budget is in dollars and cents, e.g. 250 or 249.99.");
        var (alerts, alertError) = ParseAlerts(form.Alerts);
        if (alertError is not null) return new(alertError);

        var budget = await db.BillingBudget.SingleAsync(b => b.Id == BillingBudget.SingletonId, cancellationToken);
        if (budget.Version != form.Version) return new(ChangedMeanwhile);
        budget.MonthlyAmount = form.Amount;
        budget.AlertPercents = string.Join(',', alerts);
        budget.HoldBlastsOverBudget = form.HoldBlasts;
        budget.UpdatedAt = time.GetUtcNow().UtcDateTime;
        budget.UpdatedBy = user.Identity?.Name;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(ChangedMeanwhile);
        }
        changes.Signal();
        return new((string?)null);
    }

    private static bool HasMoreThanCents(decimal? amount) => amount is { } a && decimal.Round(a, 2) != a;

    /// <summary>"50, 80,100" → [50, 80, 100]: one to five whole percentages from 1 to 200, each once.</summary>
    public static (IReadOnlyList<int> Alerts, string? Error) ParseAlerts(string? text)
    {
        var parts = (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 5) return ([], "Give one to five warning percentages, separated by commas, e.g. 50, 80, 100.");
        var alerts = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part.TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) || percent is < 1 or > 200)
                return ([], $"'{part}' is not a whole percentage from 1 to 200.");
            if (alerts.Contains(percent)) return ([], $"{percent}% is listed twice.");
            alerts.Add(percent);
        }
        return (alerts.Order().ToList(), null);
    }
}
