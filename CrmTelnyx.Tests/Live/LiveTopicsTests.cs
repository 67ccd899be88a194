using System.Security.Claims;
using CrmTelnyx.Live;

namespace CrmTelnyx.Tests.Live;

public sealed class LiveTopicsTests
{
    private static ClaimsPrincipal UserIn(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));

    [Theory]
    [InlineData("Staff", "activity", true)]
    [InlineData("Staff", "blast:42", true)]
    [InlineData("Staff", "billing", false)]
    [InlineData("Manager", "billing", true)]
    [InlineData("Agent", "calls", true)]
    [InlineData("Agent", "contacts", false)]
    [InlineData("Admin", "admin", true)]
    [InlineData("Manager", "admin", false)]
    public void A_topic_is_open_to_the_roles_that_may_see_its_data(string role, string topic, bool allowed) =>
        Assert.Equal(allowed, LiveTopics.MaySubscribe(UserIn(role), topic));

    [Theory]
    [InlineData("user:someone-else")]
    [InlineData("")]
    [InlineData("Activity")]
    [InlineData("unknown-topic")]
    [InlineData("blast:42 OR 1=1")]
    public void Other_users_topics_and_malformed_or_unknown_topics_are_refused(string topic) =>
        Assert.False(LiveTopics.MaySubscribe(UserIn("Admin"), topic));
}
