using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Blasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.TextCenter.Templates;

public sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.ToTable("MessageTemplates");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Text).HasMaxLength(BlastLimits.TextLength);
        builder.Property(t => t.MediaUrl).HasMaxLength(BlastLimits.MediaUrlLength);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.Property(t => t.CreatedAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(t => t.UpdatedAt).HasConversion<UtcDateTimeOffsetConverter>();
    }
}
