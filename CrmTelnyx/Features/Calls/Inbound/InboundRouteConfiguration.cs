using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Calls.Inbound;

public sealed class InboundRouteConfiguration : IEntityTypeConfiguration<InboundRoute>
{
    public void Configure(EntityTypeBuilder<InboundRoute> builder)
    {
        builder.ToTable("InboundRoutes");
        builder.Property(r => r.PhoneNumber).HasMaxLength(32);
        builder.HasIndex(r => r.PhoneNumber).IsUnique();
        builder.Property(r => r.Hours).HasMaxLength(500);
        builder.Property(r => r.TimeZone).HasMaxLength(64);
        builder.Property(r => r.Holidays).HasMaxLength(2000);
        builder.Property(r => r.Strategy).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.VoicemailGreeting).HasMaxLength(1000);
        builder.Property(r => r.MenuGreeting).HasMaxLength(1000);
        builder.Property(r => r.GreetingAudioFile).HasMaxLength(64);
        builder.Property(r => r.GreetingAudioName).HasMaxLength(255);
        builder.Property(r => r.MenuOptions).HasMaxLength(4000);
        builder.Property(r => r.LastRungAgentId).HasMaxLength(450);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
    }
}
