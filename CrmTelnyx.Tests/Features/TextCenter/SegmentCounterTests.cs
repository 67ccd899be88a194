using CrmTelnyx.Features.TextCenter;

namespace CrmTelnyx.Tests.Features.TextCenter;

public sealed class SegmentCounterTests
{
    [Theory]
    [InlineData("", 0, 0, false)]
    [InlineData("Your order is ready.", 20, 1, false)]
    [InlineData(160, 160, 1, false)]
    [InlineData(161, 161, 2, false)]
    [InlineData(306, 306, 2, false)]
    [InlineData(307, 307, 3, false)]
    public void Plain_texts_fit_160_characters_in_one_part_and_153_in_each_of_several(object text, int characters, int parts, bool unicode)
    {
        var count = SegmentCounter.Of(text as string ?? new string('a', (int)text));

        Assert.Equal(new SegmentCounter.Count(characters, parts, unicode), count);
    }

    [Fact]
    public void One_special_character_makes_the_whole_text_unicode_at_70_characters_a_part() =>
        Assert.Equal(new SegmentCounter.Count(71, 2, true), SegmentCounter.Of(new string('a', 70) + "ł"));

    [Fact]
    public void Euro_and_brackets_take_two_places_in_the_plain_alphabet() =>
        Assert.Equal(2, SegmentCounter.Of(new string('a', 159) + "€").Parts);
}
