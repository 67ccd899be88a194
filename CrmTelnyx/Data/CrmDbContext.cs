using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Settings;
using CrmTelnyx.Features.Calls.Inbound;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Features.TextCenter.Templates;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Data;

public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ContactTag> ContactTags => Set<ContactTag>();
    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();
    public DbSet<PhoneOptOut> PhoneOptOuts => Set<PhoneOptOut>();
    public DbSet<ContactImport> ContactImports => Set<ContactImport>();
    public DbSet<ImportRejection> ImportRejections => Set<ImportRejection>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<CompanyNumber> CompanyNumbers => Set<CompanyNumber>();
    public DbSet<NumberOrder> NumberOrders => Set<NumberOrder>();
    public DbSet<NumberOrderLine> NumberOrderLines => Set<NumberOrderLine>();
    public DbSet<NumberAuditEntry> NumberAuditEntries => Set<NumberAuditEntry>();
    public DbSet<NumberHealthSettings> NumberHealthSettings => Set<NumberHealthSettings>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<CallLeg> CallLegs => Set<CallLeg>();
    public DbSet<CallRecording> CallRecordings => Set<CallRecording>();
    public DbSet<CallSettings> CallSettings => Set<CallSettings>();
    public DbSet<InboundRoute> InboundRoutes => Set<InboundRoute>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<Blast> Blasts => Set<Blast>();
    public DbSet<StickySender> StickySenders => Set<StickySender>();
    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<TextingSettings> TextingSettings => Set<TextingSettings>();
    public DbSet<SavedContactFilter> SavedContactFilters => Set<SavedContactFilter>();
    public DbSet<Features.Billing.Ledger.LedgerEntry> LedgerEntries => Set<Features.Billing.Ledger.LedgerEntry>();
    public DbSet<Features.Billing.Ledger.LedgerHour> LedgerHours => Set<Features.Billing.Ledger.LedgerHour>();
    public DbSet<Features.Billing.Ledger.Days.LedgerDay> LedgerDays => Set<Features.Billing.Ledger.Days.LedgerDay>();
    public DbSet<Features.Billing.Ledger.Days.LedgerBlastDay> LedgerBlastDays => Set<Features.Billing.Ledger.Days.LedgerBlastDay>();
    public DbSet<Features.Billing.Ledger.Days.LedgerAgentDay> LedgerAgentDays => Set<Features.Billing.Ledger.Days.LedgerAgentDay>();
    public DbSet<Features.Billing.Ledger.Days.LedgerDayStart> LedgerDayStarts => Set<Features.Billing.Ledger.Days.LedgerDayStart>();
    public DbSet<Features.Billing.Ledger.Days.LedgerDayZone> LedgerDayZone => Set<Features.Billing.Ledger.Days.LedgerDayZone>();
    public DbSet<Features.Billing.Reconciliation.ReconciliationRun> ReconciliationRuns => Set<Features.Billing.Reconciliation.ReconciliationRun>();
    public DbSet<Features.Billing.Budget.BillingBudget> BillingBudget => Set<Features.Billing.Budget.BillingBudget>();
    public DbSet<Features.Compliance.TenDlc.Brands.RegisteredBrand> RegisteredBrands => Set<Features.Compliance.TenDlc.Brands.RegisteredBrand>();
    public DbSet<Features.Compliance.TenDlc.Campaigns.RegisteredCampaign> RegisteredCampaigns => Set<Features.Compliance.TenDlc.Campaigns.RegisteredCampaign>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
        // Every editable entity (IVersioned) checks its version on save; VersionBump raises it.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }
}
