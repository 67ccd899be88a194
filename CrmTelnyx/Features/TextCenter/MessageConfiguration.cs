using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.TextCenter;

public sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("Messages");
        builder.Property(m => m.TelnyxMessageId).HasMaxLength(100);
        // Many rows wait without a Telnyx id yet; SQLite lets several NULLs share a unique index.
        builder.HasIndex(m => m.TelnyxMessageId).IsUnique();
        builder.Property(m => m.SendKey).HasMaxLength(64);
        builder.HasIndex(m => m.SendKey).IsUnique();
        builder.Property(m => m.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.From).HasMaxLength(32);
        builder.Property(m => m.To).HasMaxLength(32);
        builder.Property(m => m.Text).HasMaxLength(10_000);
        builder.Property(m => m.Status).HasMaxLength(32);
        builder.Property(m => m.Encoding).HasMaxLength(16);
        builder.Property(m => m.CostAmount).HasPrecision(18, 6);
        builder.Property(m => m.CostCurrency).HasMaxLength(3);
        builder.Property(m => m.ErrorCode).HasMaxLength(16);
        builder.Property(m => m.ErrorDetail).HasMaxLength(1000);
        builder.Property(m => m.SentAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(m => m.CompletedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(m => m.CreatedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(m => m.UpdatedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(m => m.SendAfter).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(m => m.ClaimedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.HasIndex(m => m.CreatedAt);
        // Never two texts to one number in one blast; single texts (no blast) are not constrained.
        builder.HasIndex(m => new { m.BlastId, m.To }).IsUnique().HasFilter("\"BlastId\" IS NOT NULL");
        // The blast page counts its rows by status; the dispatcher finds due rows.
        builder.HasIndex(m => new { m.BlastId, m.Status });
        builder.HasIndex(m => new { m.Status, m.SendAfter }).HasFilter("\"BlastId\" IS NOT NULL");
        builder.HasIndex(m => m.ContactId);
        // A contact's timeline looks messages up by number.
        builder.HasIndex(m => new { m.To, m.CreatedAt });
        builder.HasIndex(m => new { m.From, m.CreatedAt });
    }
}
