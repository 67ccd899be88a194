namespace CrmTelnyx.Sandbox;

/// <summary>GET /sandbox/public-key: the key webhooks verify against; public, so anyone may read it.</summary>
public static class PublicKeyEndpoint
{
    public static IResult Handle(SandboxMode mode, SandboxCredentials credentials) =>
        mode.IsActive ? TypedResults.Text(credentials.PublicKey, "text/plain") : TypedResults.NotFound();
}
