using CrmTelnyx.Identity;

namespace CrmTelnyx.Tests.Identity;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/contacts?q=José", "/contacts?q=Jos%C3%A9")]
    [InlineData("/contacts?q=Jos%C3%A9", "/contacts?q=Jos%C3%A9")]
    [InlineData("/users/abc#roles", "/users/abc#roles")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/contacts\r\nSet-Cookie: x=1", "/")]
    [InlineData("contacts", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Only_a_local_path_comes_back_escaped_for_the_location_header(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.From(returnUrl));
}
