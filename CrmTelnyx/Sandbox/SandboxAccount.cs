using System.Security.Cryptography;
using System.Text;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox;

/// <summary>
/// The one simulated Telnyx account: its store is created and seeded like a fresh real account (a messaging profile,
/// a Call Control application, a few numbers registered for 10DLC) the first time anything needs it.
/// </summary>
public sealed class SandboxAccount(
    IDbContextFactory<SandboxDbContext> dbFactory, IOptions<SandboxOptions> options, TimeProvider time, ISandboxHost host, ILogger<SandboxAccount> logger)
{
    public static readonly string[] SeedNumbers = ["+13125550141", "+13125550142", "+17735550143"];

    private readonly SemaphoreSlim gate = new(1, 1);
    private (string ProfileId, string ApplicationId)? ids;

    public string MessagingProfileId => Ready().ProfileId;

    public string CallControlApplicationId => Ready().ApplicationId;

    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        if (ids is not null) return;
        await gate.WaitAsync(cancellationToken);
        try
        {
            ids ??= await CreateOrLoadAsync(cancellationToken);
        }
        finally { gate.Release(); }
    }

    private (string ProfileId, string ApplicationId) Ready()
    {
        // SandboxInitializer has done this before the app listens; blocking covers only a caller that comes earlier.
        if (ids is null) EnsureReadyAsync().GetAwaiter().GetResult();
        return ids!.Value;
    }

    /// <summary>
    /// A simulator needs no migrations: when its model changes, the old sandbox.db is replaced by a fresh account.
    /// The model's fingerprint sits next to the key files.
    /// </summary>
    private async Task EnsureCurrentSchemaAsync(SandboxDbContext db, CancellationToken cancellationToken)
    {
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(db.Model.ToDebugString())));
        var path = Path.Combine(host.DataDirectory, "sandbox", "schema.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var known = File.Exists(path) ? (await File.ReadAllTextAsync(cancellationToken: cancellationToken, path: path)).Trim() : null;
        if (known != fingerprint && await db.Database.EnsureDeletedAsync(cancellationToken))
            logger.LogWarning("The sandbox's data model changed; its store was reset to a fresh sandbox account.");
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await File.WriteAllTextAsync(path, fingerprint, cancellationToken);
    }

    private async Task<(string, string)> CreateOrLoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureCurrentSchemaAsync(db, cancellationToken);
        var profile = await db.MessagingProfiles.OrderBy(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var application = await db.CallControlApplications.OrderBy(a => a.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (profile is not null && application is not null) return (profile.Id, application.Id);

        var now = time.GetUtcNow().UtcDateTime;
        profile = new SandboxMessagingProfile { Id = Guid.NewGuid().ToString(), Name = "Sandbox messaging", CreatedAt = now };
        application = new SandboxCallControlApplication { Id = SandboxIds.Numeric(), ApplicationName = "Sandbox Call Control", CreatedAt = now };
        db.MessagingProfiles.Add(profile);
        db.CallControlApplications.Add(application);
        foreach (var number in SeedNumbers)
        {
            db.PhoneNumbers.Add(new SandboxPhoneNumber
            {
                Id = SandboxIds.Numeric(), PhoneNumber = number, ConnectionId = application.Id, MessagingProfileId = profile.Id,
                UpfrontCost = 0, MonthlyCost = options.Value.NumberMonthlyCost, CreatedAt = now, UpdatedAt = now,
            });
        }
        TenDlc.DemoRegistration.Add(db, SeedNumbers, now);
        await db.SaveChangesAsync(cancellationToken);
        return (profile.Id, application.Id);
    }
}
