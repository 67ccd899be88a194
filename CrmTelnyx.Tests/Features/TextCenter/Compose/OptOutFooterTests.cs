using CrmTelnyx.Features.TextCenter.Compose;

namespace CrmTelnyx.Tests.Features.TextCenter.Compose;

public sealed class OptOutFooterTests
{
    [Theory]
    [InlineData("Sale today! Reply STOP to end.")]
    [InlineData("Sale today! Text stop to quit.")]
    [InlineData("Sale today! STOP=end")]
    [InlineData("Sale today. Unsubscribe: reply with the word.")]
    [InlineData("Sale today. To opt out reply END.")]
    [InlineData("Sale today. Opt-out any time.")]
    public void A_text_that_already_says_how_to_stop_gets_no_footer(string text)
    {
        Assert.False(OptOutFooter.IsNeeded(text));
        Assert.Equal(text, OptOutFooter.AddTo(text));
    }

    [Theory]
    [InlineData("Sale today!")]
    [InlineData("Stop by our store for the sale!")]
    [InlineData("Don't stop now: 20% off.")]
    public void A_text_that_does_not_say_how_to_stop_gets_the_footer_on_its_own_line(string text)
    {
        Assert.True(OptOutFooter.IsNeeded(text));
        Assert.Equal(text + "\nReply STOP to opt out", OptOutFooter.AddTo(text + "  "));
    }
}
