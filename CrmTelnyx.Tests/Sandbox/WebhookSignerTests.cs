using CrmTelnyx.Sandbox;

namespace CrmTelnyx.Tests.Sandbox;

public class WebhookSignerTests
{
    private static readonly byte[] Seed = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Reproduces_the_reference_test_vector()
    {
        var signer = new WebhookSigner(Seed);

        Assert.Equal("A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=", signer.PublicKeyBase64);
        Assert.Equal(
            "kPFoQtyAihaE3cBESxGhP4defoDOuhd9TNJPcgggCxfr01xbYQd5FWmcsy/xngY2aFWCj3MW56iuTtih38NjCg==",
            signer.Sign("1700000000", """{"data":{"event_type":"message.finalized","id":"4ee8c3a6-4995-4309-a3c6-38e3db9ea4be"},"meta":{"attempt":1}}"""));
    }

    [Fact]
    public void A_different_timestamp_gives_a_different_signature()
    {
        var signer = new WebhookSigner(Seed);
        Assert.NotEqual(signer.Sign("1700000000", "{}"), signer.Sign("1700000001", "{}"));
    }
}
