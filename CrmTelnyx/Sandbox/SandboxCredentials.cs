using System.Security.Cryptography;

namespace CrmTelnyx.Sandbox;

/// <summary>
/// The sandbox account's secrets, created on first start in the data folder (never in the repository):
/// the Ed25519 webhook signing key and the API key clients must send as a bearer token.
/// </summary>
public sealed class SandboxCredentials
{
    private readonly Lazy<(WebhookSigner Signer, string ApiKey)> loaded;

    public SandboxCredentials(ISandboxHost host) =>
        loaded = new Lazy<(WebhookSigner, string)>(() => Load(Path.Combine(host.DataDirectory, "sandbox")));

    public WebhookSigner Signer => loaded.Value.Signer;

    public string PublicKey => Signer.PublicKeyBase64;

    public string ApiKey => loaded.Value.ApiKey;

    private static (WebhookSigner, string) Load(string folder)
    {
        Directory.CreateDirectory(folder);
        var seed = Convert.FromBase64String(ReadOrCreate(Path.Combine(folder, "ed25519.key"), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        var apiKey = ReadOrCreate(Path.Combine(folder, "api.key"), () => "KEYSANDBOX" + Convert.ToHexString(RandomNumberGenerator.GetBytes(20)));
        return (new WebhookSigner(seed), apiKey);
    }

    private static string ReadOrCreate(string path, Func<string> create)
    {
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var value = create();
        File.WriteAllText(path, value);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return value;
    }
}
