using CrmTelnyx.Telnyx;
using Microsoft.Extensions.Caching.Memory;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>
/// The account's numbers that can send texts, as Telnyx lists them, kept for a minute. Every
/// view of the Text Center and every send needs them, and Telnyx's list is paged and counts against its rate limit.
/// </summary>
public sealed class SendingNumbers(TelnyxClient telnyx, IMemoryCache cache)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    /// <exception cref="TelnyxException">Telnyx could not be asked; nothing is cached, so the next view asks again.</exception>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeepFor;
            return (IReadOnlyList<string>)(await telnyx.ListAllPhoneNumbersAsync(cancellationToken: cancellationToken))
                .Where(n => !string.IsNullOrEmpty(n.MessagingProfileId) && n.Status is null or "active")
                .Select(n => n.PhoneNumber).Order().ToList();
        }))!;

    // One Telnyx account per running app: the connection comes from configuration, read at start-up.
    private const string CacheKey = nameof(SendingNumbers);
}
