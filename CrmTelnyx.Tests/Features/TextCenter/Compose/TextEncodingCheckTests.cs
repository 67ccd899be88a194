using CrmTelnyx.Features.TextCenter.Compose;

namespace CrmTelnyx.Tests.Features.TextCenter.Compose;

public sealed class TextEncodingCheckTests
{
    [Fact]
    public void A_plain_text_is_GSM_7_and_names_no_character()
    {
        var report = TextEncodingCheck.Of("Your order #42 is ready: pick it up by 5pm (€3 off)!");

        Assert.Equal((TextEncodingCheck.Gsm7, 1), (report.Encoding, report.Parts));
        Assert.Empty(report.UnicodeCharacters);
        Assert.False(report.ReplaceableOnly);
    }

    [Fact]
    public void One_emoji_makes_the_text_UCS_2_and_is_named_whole()
    {
        var report = TextEncodingCheck.Of(new string('a', 100) + " 🎉");

        Assert.Equal((TextEncodingCheck.Ucs2, 2), (report.Encoding, report.Parts));
        Assert.Equal(["🎉"], report.UnicodeCharacters);
        Assert.False(report.ReplaceableOnly);
    }

    [Fact]
    public void Curly_quotes_and_long_dashes_are_named_once_each_and_can_be_replaced()
    {
        var report = TextEncodingCheck.Of("We’re open “late” today — and tomorrow’s fine…");

        Assert.Equal(TextEncodingCheck.Ucs2, report.Encoding);
        Assert.Equal(["’", "“", "”", "—", "…"], report.UnicodeCharacters);
        Assert.True(report.ReplaceableOnly);
    }

    [Fact]
    public void Replacing_look_alikes_gives_a_plain_text_that_fits_one_part_again()
    {
        var pasted = "We’re open “late” today — and tomorrow’s fine… " + new string('a', 60) + "\u00A0ok\u200B";
        Assert.Equal((TextEncodingCheck.Ucs2, 2), (TextEncodingCheck.Of(pasted).Encoding, TextEncodingCheck.Of(pasted).Parts));

        var plain = LookAlikes.Replace(pasted);

        Assert.Equal("We're open \"late\" today - and tomorrow's fine... " + new string('a', 60) + " ok", plain);
        Assert.Equal((TextEncodingCheck.Gsm7, 1), (TextEncodingCheck.Of(plain).Encoding, TextEncodingCheck.Of(plain).Parts));
    }

    [Fact]
    public void Replacing_leaves_characters_without_a_look_alike_as_they_are()
    {
        Assert.Equal("Olá 👋 - ok", LookAlikes.Replace("Olá 👋 – ok"));
        Assert.False(TextEncodingCheck.Of("Olá 👋 – ok").ReplaceableOnly);
    }

    [Fact]
    public void GSM_7_extension_characters_count_two_places()
    {
        // 150 plain + 5 euro signs = 160 septets: one part; one more euro and it takes two.
        Assert.Equal(1, TextEncodingCheck.Of(new string('a', 150) + "€€€€€").Parts);
        Assert.Equal(2, TextEncodingCheck.Of(new string('a', 150) + "€€€€€€").Parts);
    }
}

public sealed class EncodingHintTests
{
    [Theory]
    [InlineData("", "Long texts are sent in several parts; each part is billed.")]
    [InlineData("See you at 5", "12 characters · 1 part")]
    [InlineData("See\u00A0you", "7 characters · 1 part · special characters (non-breaking space) allow 70 per part instead of 160")]
    [InlineData("ą ę ł ń ó ś ź ż", "15 characters · 1 part · special characters (ą ę ł ń ó …) allow 70 per part instead of 160")]
    public void The_hint_says_characters_parts_and_which_characters_cost_the_plain_alphabet(string text, string hint) =>
        Assert.Equal(hint, EncodingHint.For(text));
}
