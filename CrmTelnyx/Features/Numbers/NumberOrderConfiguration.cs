using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Numbers;

public sealed class NumberOrderConfiguration : IEntityTypeConfiguration<NumberOrder>
{
    public void Configure(EntityTypeBuilder<NumberOrder> builder)
    {
        builder.ToTable("NumberOrders");
        builder.Property(o => o.TelnyxOrderId).HasMaxLength(64);
        builder.HasIndex(o => o.TelnyxOrderId).IsUnique();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.State).HasMaxLength(2);
        builder.Property(o => o.Problem).HasMaxLength(1000);
        builder.Property(o => o.OrderedBy).HasMaxLength(256);
        builder.HasIndex(o => o.Status);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.NumberOrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NumberOrderLineConfiguration : IEntityTypeConfiguration<NumberOrderLine>
{
    public void Configure(EntityTypeBuilder<NumberOrderLine> builder)
    {
        builder.ToTable("NumberOrderLines");
        builder.Property(l => l.PhoneNumber).HasMaxLength(32);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.MonthlyCost).HasPrecision(18, 4);
        builder.Property(l => l.UpfrontCost).HasPrecision(18, 4);
        builder.Property(l => l.CostCurrency).HasMaxLength(3);
    }
}
