using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Calls.Settings;

public sealed class CallSettingsConfiguration : IEntityTypeConfiguration<CallSettings>
{
    public void Configure(EntityTypeBuilder<CallSettings> builder)
    {
        builder.ToTable("CallSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Recording).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Dispositions).HasMaxLength(2000);
        builder.Property(s => s.VoicemailDrop).HasMaxLength(1000);
        builder.Property(s => s.VoicemailDropAudioFile).HasMaxLength(64);
        builder.Property(s => s.VoicemailDropAudioName).HasMaxLength(255);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Ignore(s => s.DispositionList);
        builder.HasData(new CallSettings());
    }
}
