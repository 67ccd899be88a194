using System.Text.Json;
using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Contacts;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(ContactFieldLimits.FirstName);
        builder.Property(c => c.LastName).HasMaxLength(ContactFieldLimits.LastName);
        builder.Property(c => c.Phone).HasMaxLength(16);
        builder.Property(c => c.Email).HasMaxLength(ContactFieldLimits.Email);
        builder.Property(c => c.Company).HasMaxLength(ContactFieldLimits.Company);
        builder.Property(c => c.State).HasMaxLength(2);
        builder.Property(c => c.Notes).HasMaxLength(ContactFieldLimits.Notes);
        // SQLite ignores column sizes: these make the database itself refuse what every other path already refuses.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Contacts_FirstName_Length", LengthLimit.Check(nameof(Contact.FirstName), ContactFieldLimits.FirstName));
            t.HasCheckConstraint("CK_Contacts_LastName_Length", LengthLimit.Check(nameof(Contact.LastName), ContactFieldLimits.LastName));
            t.HasCheckConstraint("CK_Contacts_Phone_Length", LengthLimit.Check(nameof(Contact.Phone), 16));
            t.HasCheckConstraint("CK_Contacts_Email_Length", LengthLimit.Check(nameof(Contact.Email), ContactFieldLimits.Email));
            t.HasCheckConstraint("CK_Contacts_Company_Length", LengthLimit.Check(nameof(Contact.Company), ContactFieldLimits.Company));
            t.HasCheckConstraint("CK_Contacts_State_Length", LengthLimit.Check(nameof(Contact.State), 2));
            t.HasCheckConstraint("CK_Contacts_Notes_Length", LengthLimit.Check(nameof(Contact.Notes), ContactFieldLimits.Notes));
        });
        builder.Property(c => c.SortName).HasMaxLength(201);
        builder.Property(c => c.SearchText).HasMaxLength(800);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
        builder.Property(c => c.CustomFields)
            .HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null) ?? new())
            .Metadata.SetValueComparer(new ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                v => new Dictionary<string, string>(v)));
        builder.Ignore(c => c.DisplayName);

        // One live contact per number; deleted ones keep theirs for history.
        builder.HasIndex(c => c.Phone).IsUnique().HasFilter("DeletedAt IS NULL");
        builder.HasIndex(c => new { c.SortName, c.Id });
        builder.HasIndex(c => new { c.CreatedAt, c.Id });
        builder.HasIndex(c => new { c.LastContactAt, c.Id });
        builder.HasIndex(c => c.State);
        builder.HasIndex(c => c.Consent);
        builder.HasMany(c => c.ConsentHistory).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
