using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Budget;

public sealed class BillingBudgetConfiguration : IEntityTypeConfiguration<BillingBudget>
{
    public void Configure(EntityTypeBuilder<BillingBudget> builder)
    {
        builder.ToTable("BillingBudget");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.MonthlyAmount).HasPrecision(18, 2);
        builder.Property(b => b.AlertPercents).HasMaxLength(64);
        builder.Property(b => b.UpdatedBy).HasMaxLength(256);
        builder.Ignore(b => b.Alerts);
        // Every installation starts with no budget and the usual warnings.
        builder.HasData(new BillingBudget());
    }
}
