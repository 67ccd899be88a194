using System.Security.Cryptography;

namespace CrmTelnyx.Sandbox;

/// <summary>Ids in the shapes Telnyx uses: numeric strings for numbers and applications, v3: tokens for calls.</summary>
public static class SandboxIds
{
    public static string Numeric() => "1" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999) + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999);

    public static string CallControlId() =>
        "v3:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(36)).Replace('+', '-').Replace('/', '_');
}
