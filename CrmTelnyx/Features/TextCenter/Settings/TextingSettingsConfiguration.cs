using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.TextCenter.Settings;

public sealed class TextingSettingsConfiguration : IEntityTypeConfiguration<TextingSettings>
{
    public void Configure(EntityTypeBuilder<TextingSettings> builder)
    {
        builder.ToTable("TextingSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SmsRatePerPart).HasPrecision(18, 6);
        builder.Property(s => s.MmsRate).HasPrecision(18, 6);
        builder.Property(s => s.CompanyTimeZone).HasMaxLength(64);
        builder.Property(s => s.HelpReply).HasMaxLength(320);
        builder.Property(s => s.OptOutConfirmation).HasMaxLength(320);
        builder.Property(s => s.QuietHoursJson).HasMaxLength(100_000);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        // The defaults are the row every installation starts with.
        builder.HasData(new TextingSettings());
    }
}
