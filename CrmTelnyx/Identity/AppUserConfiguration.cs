using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Identity;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
        // Identity sizes e-mails at 256; SQLite ignores sizes, so the database checks both itself.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_AspNetUsers_DisplayName_Length", LengthLimit.Check(nameof(AppUser.DisplayName), AppUser.DisplayNameMaxLength));
            t.HasCheckConstraint("CK_AspNetUsers_Email_Length", LengthLimit.Check(nameof(AppUser.Email), 256));
        });
    }
}
