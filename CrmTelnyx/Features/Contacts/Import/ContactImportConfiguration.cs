using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Contacts.Import;

public sealed class ContactImportConfiguration : IEntityTypeConfiguration<ContactImport>
{
    public void Configure(EntityTypeBuilder<ContactImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.StoredPath).HasMaxLength(1000);
        builder.Property(i => i.CreatedBy).HasMaxLength(254);
        builder.Property(i => i.Headers).HasConversion(ListAsJson.Converter).Metadata.SetValueComparer(ListAsJson.Comparer);
        builder.Property(i => i.Mapping).HasConversion(ListAsJson.Converter).Metadata.SetValueComparer(ListAsJson.Comparer);
        builder.Ignore(i => i.PercentDone);
        builder.HasIndex(i => i.CreatedAt);
        builder.HasMany<ImportRejection>().WithOne().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
    }

    private static class ListAsJson
    {
        public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<List<string>, string> Converter = new(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new());

        public static readonly ValueComparer<List<string>> Comparer = new(
            (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, HashCode.Combine), v => v.ToList());
    }
}

public sealed class ImportRejectionConfiguration : IEntityTypeConfiguration<ImportRejection>
{
    public void Configure(EntityTypeBuilder<ImportRejection> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RawRow).HasMaxLength(4000);
        builder.HasIndex(r => new { r.ImportId, r.LineNumber });
    }
}
