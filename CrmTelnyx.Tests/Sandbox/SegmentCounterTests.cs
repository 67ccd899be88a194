using CrmTelnyx.Sandbox.Messages;

namespace CrmTelnyx.Tests.Sandbox;

public class SegmentCounterTests
{
    [Theory]
    [InlineData(160, "GSM-7", 1)]
    [InlineData(161, "GSM-7", 2)]
    [InlineData(306, "GSM-7", 2)]
    [InlineData(307, "GSM-7", 3)]
    public void Gsm_text_splits_at_160_then_153(int length, string encoding, int parts)
    {
        var segments = SegmentCounter.Count(new string('a', length));
        Assert.Equal((encoding, parts, length), (segments.Encoding, segments.Parts, segments.NumChars));
    }

    [Fact]
    public void One_character_outside_gsm_makes_the_whole_text_ucs2()
    {
        Assert.Equal(("UCS-2", 1), Pair(SegmentCounter.Count("Olá 👋")));
        Assert.Equal(("UCS-2", 2), Pair(SegmentCounter.Count(new string('a', 70) + "ł")));
    }

    [Fact]
    public void Extension_characters_count_twice()
    {
        Assert.Equal(("GSM-7", 1), Pair(SegmentCounter.Count(new string('€', 80))));
        Assert.Equal(("GSM-7", 2), Pair(SegmentCounter.Count(new string('€', 81))));
    }

    private static (string, int) Pair(SegmentCounter.Segments s) => (s.Encoding, s.Parts);
}
