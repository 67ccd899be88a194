using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Store;

/// <summary>The simulated Telnyx account's own state, in its own SQLite file: it never reads the CRM's tables.</summary>
public sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public DbSet<SandboxMessagingProfile> MessagingProfiles => Set<SandboxMessagingProfile>();
    public DbSet<SandboxCallControlApplication> CallControlApplications => Set<SandboxCallControlApplication>();
    public DbSet<SandboxPhoneNumber> PhoneNumbers => Set<SandboxPhoneNumber>();
    public DbSet<SandboxNumberOrder> NumberOrders => Set<SandboxNumberOrder>();
    public DbSet<SandboxMessage> Messages => Set<SandboxMessage>();
    public DbSet<SandboxOptOut> OptOuts => Set<SandboxOptOut>();
    public DbSet<SandboxCall> Calls => Set<SandboxCall>();
    public DbSet<SandboxRecording> Recordings => Set<SandboxRecording>();
    public DbSet<SandboxCommand> Commands => Set<SandboxCommand>();
    public DbSet<SandboxSpeech> Speeches => Set<SandboxSpeech>();
    public DbSet<SandboxBrand> Brands => Set<SandboxBrand>();
    public DbSet<SandboxCampaign> Campaigns => Set<SandboxCampaign>();
    public DbSet<SandboxNumberCampaign> NumberCampaigns => Set<SandboxNumberCampaign>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<SandboxPhoneNumber>().HasIndex(n => n.PhoneNumber);
        model.Entity<SandboxOptOut>().HasKey(o => new { o.MessagingProfileId, o.PhoneNumber });
        model.Entity<SandboxCall>().HasKey(c => c.CallControlId);
        model.Entity<SandboxCommand>().HasKey(c => new { c.Scope, c.CommandId });
        model.Entity<SandboxSpeech>().HasIndex(s => s.CallControlId);
        model.Entity<SandboxRecording>().HasIndex(r => r.CallControlId);
        model.Entity<SandboxBrand>().HasKey(b => b.BrandId);
        model.Entity<SandboxCampaign>().HasKey(c => c.CampaignId);
        model.Entity<SandboxNumberCampaign>().HasKey(n => n.PhoneNumber);
    }
}
