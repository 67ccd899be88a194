using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.TextCenter.Conversations;

public sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("Conversations");
        builder.Property(c => c.Phone).HasMaxLength(32);
        builder.HasIndex(c => c.Phone).IsUnique();
        builder.Property(c => c.CompanyNumber).HasMaxLength(32);
        builder.Property(c => c.LastMessagePreview).HasMaxLength(200);
        builder.Property(c => c.LastDirection).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.AssignedUserId).HasMaxLength(450);
        builder.Property(c => c.LastMessageAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.Property(c => c.DoneAt).HasConversion<UtcDateTimeOffsetConverter>();
        builder.HasIndex(c => c.LastMessageAt);
        // Only threads with unread texts: the app bar's badge counts them on every change, and they are a handful of many.
        builder.HasIndex(c => c.UnreadCount).HasFilter("\"UnreadCount\" > 0").HasDatabaseName("IX_Conversations_Unread");
        builder.HasIndex(c => c.ContactId);
        builder.HasIndex(c => new { c.AssignedUserId, c.LastMessageAt });
    }
}
