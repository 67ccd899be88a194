using CrmTelnyx.Features.Numbers;

namespace CrmTelnyx.Tests.Features.Numbers;

public sealed class ReleaseConfirmationTests
{
    [Theory]
    [InlineData("(312) 555-0141")]
    [InlineData("312-555-0141")]
    [InlineData("3125550141")]
    [InlineData("+13125550141")]
    [InlineData("+1 (312) 555.0141")]
    [InlineData(" 1 312 555 0141 ")]
    public void The_number_typed_with_or_without_formatting_or_country_code_confirms(string typed) =>
        Assert.True(ReleaseConfirmation.Matches(typed, "+13125550141"));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("(312) 555-0142")]
    [InlineData("312555014")]
    [InlineData("5550141")]
    [InlineData("312-555-0141 x1")]
    [InlineData("+13125550141 please")]
    [InlineData("13125550141 1")]
    public void Anything_else_does_not(string? typed) =>
        Assert.False(ReleaseConfirmation.Matches(typed, "+13125550141"));
}
