using CrmTelnyx.Phones;

namespace CrmTelnyx.Tests.Phones;

public sealed class PhoneNumberNormalizerTests
{
    [Theory]
    [InlineData("(212) 555-1234")]
    [InlineData("212.555.1234")]
    [InlineData("212-555-1234")]
    [InlineData("2125551234")]
    [InlineData("1-212-555-1234")]
    [InlineData("1 (212) 555-1234")]
    [InlineData("+1 212 555 1234")]
    [InlineData("+12125551234")]
    [InlineData("  (212) 555-1234  ")]
    [InlineData("\t+1 (212) 555-1234\n")]
    [InlineData("212 555 1234")]
    [InlineData("212/555-1234")]
    [InlineData("212\u00a0555\u00a01234")]
    [InlineData("212\u2013555\u20131234")]
    public void Every_written_form_of_a_US_number_gives_the_same_E164(string input)
    {
        var result = PhoneNumberNormalizer.Normalize(input);

        Assert.Null(result.Error);
        Assert.True(result.IsValid);
        Assert.Equal("+12125551234", result.E164);
    }

    [Theory]
    [InlineData("(415) 867-5309", "+14158675309")]
    [InlineData("303.555.0123", "+13035550123")]
    [InlineData("+1 416 555 1234", "+14165551234")]
    [InlineData("604-555-1234", "+16045551234")]
    [InlineData("1 800 555 1234", "+18005551234")]
    [InlineData("(273) 424-2506", "+12734242506")]
    [InlineData("+1 340 776 1234", "+13407761234")]
    public void Real_US_Canadian_and_toll_free_numbers_are_accepted(string input, string e164) =>
        Assert.Equal(e164, PhoneNumberNormalizer.Normalize(input).E164);

    [Theory]
    [InlineData(null, "No phone number.")]
    [InlineData("", "No phone number.")]
    [InlineData("   ", "No phone number.")]
    [InlineData("()--", "No phone number.")]
    [InlineData("212-555-ABCD", "Contains letters: 'ABCD'.")]
    [InlineData("call me", "Contains letters: 'callme'.")]
    [InlineData("555-1234", "Too short: 7 digits, a US/Canada number has 10.")]
    [InlineData("212 555 123", "Too short: 9 digits, a US/Canada number has 10.")]
    [InlineData("+1 212 555 12", "Too short: 8 digits after +1, a US/Canada number has 10.")]
    [InlineData("22125551234", "Too long: 11 digits, a US/Canada number has 10 (11 with a leading 1).")]
    [InlineData("1212555123456", "Too long: 13 digits, a US/Canada number has 10 (11 with a leading 1).")]
    [InlineData("+1 212 555 12345", "Too long: 11 digits after +1, a US/Canada number has 10.")]
    [InlineData("+44 20 7946 0000", "Not a US/Canada number (country code +44).")]
    [InlineData("+33 1 23 45 67 89", "Not a US/Canada number (country code +33).")]
    [InlineData("+353 1 234 5678", "Not a US/Canada number (country code +353).")]
    [InlineData("+7 495 123 4567", "Not a US/Canada number (country code +7).")]
    [InlineData("011 44 20 7946 0000", "Not a US/Canada number (country code +44).")]
    [InlineData("(055) 123-4567", "Invalid area code 055 (an area code cannot start with 0 or 1).")]
    [InlineData("155-123-4567", "Invalid area code 155 (an area code cannot start with 0 or 1).")]
    [InlineData("211-555-1234", "Invalid area code 211 (an area code cannot be 211–911, the service codes).")]
    [InlineData("911-555-1234", "Invalid area code 911 (an area code cannot be 211–911, the service codes).")]
    [InlineData("212-055-1234", "Invalid exchange 055 (the 3 digits after the area code cannot start with 0 or 1).")]
    [InlineData("212-155-1234", "Invalid exchange 155 (the 3 digits after the area code cannot start with 0 or 1).")]
    [InlineData("212-411-1234", "Invalid exchange 411 (the 3 digits after the area code cannot be 211–911, the service codes).")]
    [InlineData("999-555-1234", "Unknown area code 999.")]
    [InlineData("555-123-4567", "Unknown area code 555.")]
    [InlineData("900-555-1234", "Area code 900 is for premium-rate services, which cannot be texted.")]
    [InlineData("500-555-1234", "Area code 500 is for personal numbers that forward to another line: use that line's number.")]
    [InlineData("+1 340 212 4567", "Not in use: no US/Canada numbers start with (340) 212.")]
    [InlineData("+999 123 456 789", "Not a US/Canada number (unknown country code).")]
    [InlineData("+44 1", "Not a US/Canada number (those start with +1).")]
    [InlineData("+1", "Too short: 0 digits after +1, a US/Canada number has 10.")]
    [InlineData("876-555-1234", "Not a US/Canada number (area code 876 is Jamaica).")]
    [InlineData("+1 809 555 1234", "Not a US/Canada number (area code 809 is the Dominican Republic).")]
    [InlineData("212-555-1234 * 2", "Contains characters a phone number cannot have: '*'.")]
    [InlineData("212+555-1234", "Contains characters a phone number cannot have: '+'.")]
    public void A_number_that_cannot_be_used_gets_a_sentence_saying_why(string? input, string error)
    {
        var result = PhoneNumberNormalizer.Normalize(input);

        Assert.False(result.IsValid);
        Assert.Null(result.E164);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void An_overlay_in_the_area_code_table_is_accepted_before_libphonenumber_lists_it() =>
        Assert.Equal("+14364242506", PhoneNumberNormalizer.Normalize("(436) 424-2506").E164);

    [Theory]
    [InlineData("212-555-1234 ext. 12", "ext. 12")]
    [InlineData("212-555-1234 ext 12", "ext 12")]
    [InlineData("212-555-1234 x12", "x12")]
    [InlineData("212-555-1234x12", "x12")]
    [InlineData("(212) 555-1234 Extension 3", "Extension 3")]
    [InlineData("212-555-1234 #7", "#7")]
    [InlineData("212-555-1234;ext=5", ";ext=5")]
    [InlineData("+1 (212) 555-1234, ext 5", "ext 5")]
    public void An_extension_is_refused_by_name_not_as_letters(string input, string extension)
    {
        var result = PhoneNumberNormalizer.Normalize(input);

        Assert.False(result.IsValid);
        Assert.Equal($"Has an extension ('{extension}'): texts and calls need the number without it.", result.Error);
    }

    [Theory]
    [InlineData("+12125551234", "(212) 555-1234")]
    [InlineData("+14165550000", "(416) 555-0000")]
    [InlineData("+442079460000", "+442079460000")]
    [InlineData("+1212555123", "+1212555123")]
    [InlineData("", "")]
    public void Format_shows_a_US_Canada_number_the_way_staff_write_it(string e164, string shown) =>
        Assert.Equal(shown, PhoneNumberNormalizer.Format(e164));

    [Fact]
    public void A_normalised_number_formats_and_normalises_back_to_itself()
    {
        var e164 = PhoneNumberNormalizer.Normalize("+1 303 555 1234").E164!;

        Assert.Equal(e164, PhoneNumberNormalizer.Normalize(PhoneNumberNormalizer.Format(e164)).E164);
    }
}
