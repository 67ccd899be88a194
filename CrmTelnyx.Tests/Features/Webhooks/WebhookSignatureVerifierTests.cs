using System.Text;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>Against the test vector in TELNYX-API.md (seed 00..1f, timestamp 1700000000).</summary>
public sealed class WebhookSignatureVerifierTests
{
    private const string VectorKey = "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=";
    private const string VectorTimestamp = "1700000000";
    private const string VectorBody = """{"data":{"event_type":"message.finalized","id":"4ee8c3a6-4995-4309-a3c6-38e3db9ea4be"},"meta":{"attempt":1}}""";
    private const string VectorSignature = "kPFoQtyAihaE3cBESxGhP4defoDOuhd9TNJPcgggCxfr01xbYQd5FWmcsy/xngY2aFWCj3MW56iuTtih38NjCg==";

    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static WebhookSignatureVerifier Verifier(DateTimeOffset now, string publicKey = VectorKey) =>
        new(new FixedConnection(publicKey), new FakeTimeProvider(now), Options.Create(new WebhookOptions()));

    private static WebhookSignatureCheck Check(string? signature = VectorSignature, string? timestamp = VectorTimestamp, string body = VectorBody,
        DateTimeOffset? now = null, string publicKey = VectorKey) =>
        Verifier(now ?? SignedAt.AddSeconds(5), publicKey).Verify(signature, timestamp, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void The_published_test_vector_verifies() => Assert.Equal(WebhookSignatureCheck.Valid, Check());

    [Fact]
    public void A_body_changed_by_one_character_fails() =>
        Assert.Equal(WebhookSignatureCheck.BadSignature, Check(body: VectorBody.Replace("\"attempt\":1", "\"attempt\":2")));

    [Fact]
    public void A_changed_timestamp_fails_even_inside_the_window() =>
        Assert.Equal(WebhookSignatureCheck.BadSignature, Check(timestamp: "1700000001"));

    [Fact]
    public void Another_accounts_key_fails() =>
        Assert.Equal(WebhookSignatureCheck.BadSignature, Check(publicKey: new TelnyxWebhookSigner().PublicKeyBase64));

    [Fact]
    public void A_timestamp_older_than_five_minutes_fails() =>
        Assert.Equal(WebhookSignatureCheck.OutsideTimeWindow, Check(now: SignedAt.AddSeconds(301)));

    [Fact]
    public void A_timestamp_more_than_five_minutes_ahead_fails() =>
        Assert.Equal(WebhookSignatureCheck.OutsideTimeWindow, Check(now: SignedAt.AddSeconds(-301)));

    [Fact]
    public void Exactly_five_minutes_old_is_still_accepted() =>
        Assert.Equal(WebhookSignatureCheck.Valid, Check(now: SignedAt.AddSeconds(300)));

    [Theory]
    [InlineData(null, VectorTimestamp)]
    [InlineData(VectorSignature, null)]
    [InlineData("", "")]
    public void Missing_headers_fail(string? signature, string? timestamp) =>
        Assert.Equal(WebhookSignatureCheck.MissingHeaders, Check(signature, timestamp));

    [Fact]
    public void A_signature_that_is_not_64_bytes_of_base64_fails() =>
        Assert.Equal(WebhookSignatureCheck.BadSignature, Check(signature: "bm90LWEtc2lnbmF0dXJl"));

    [Fact]
    public void A_timestamp_that_is_not_a_number_fails() =>
        Assert.Equal(WebhookSignatureCheck.MalformedTimestamp, Check(timestamp: "yesterday"));

    [Fact]
    public void Without_a_public_key_nothing_verifies() =>
        Assert.Equal(WebhookSignatureCheck.NoPublicKey, Check(publicKey: ""));

    private sealed class FixedConnection(string publicKey) : ITelnyxConnectionSource
    {
        public TelnyxConnection Current => new(new Uri("https://api.telnyx.test/v2/"), "KEY", publicKey, "", "", TelnyxMode.Live);
    }
}
