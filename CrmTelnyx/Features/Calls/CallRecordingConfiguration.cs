using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Calls;

public sealed class CallRecordingConfiguration : IEntityTypeConfiguration<CallRecording>
{
    public void Configure(EntityTypeBuilder<CallRecording> builder)
    {
        builder.ToTable("CallRecordings");
        builder.Property(r => r.TelnyxRecordingId).HasMaxLength(128);
        builder.HasIndex(r => r.TelnyxRecordingId).IsUnique();
        builder.HasIndex(r => r.CallId);
        // The downloader picks up what is still pending; the app bar counts unread voicemail.
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => new { r.IsVoicemail, r.IsRead });
        builder.Property(r => r.SourceUrl).HasMaxLength(2048);
        builder.Property(r => r.FileName).HasMaxLength(260);
        builder.Property(r => r.ContentType).HasMaxLength(64);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(500);
        builder.Property(r => r.Transcript).HasMaxLength(100_000);
    }
}
