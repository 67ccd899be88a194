using CrmTelnyx.Features.Users;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

/// <summary>The users list's query: search, sort and paging happen in SQLite, not in the page.</summary>
public sealed class UserListTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "alba", "bruno", "carla", "dario" })
            if (await app.WithUsersAsync(u => u.FindByEmailAsync($"{name}@list.test")) is null)
                await app.CreateUserAsync($"{name}@list.test", "List-Passw0rd1", "Staff");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<(IReadOnlyList<UserRow> Rows, int Total)> ReadAsync(string? search, string? sortBy = null, bool descending = false, int page = 0, int pageSize = 25) =>
        app.WithDbAsync(db => UserList.ReadAsync(db, search, sortBy, descending, page, pageSize));

    [Fact]
    public async Task Search_matches_name_or_email_in_any_case()
    {
        var (byEmail, _) = await ReadAsync("LIST.TEST");
        var (byName, _) = await ReadAsync("Bru");

        Assert.Equal(4, byEmail.Count);
        Assert.Equal(["bruno@list.test"], byName.Select(r => r.Email));
        Assert.Equal(["Staff"], byName[0].Roles);
    }

    [Fact]
    public async Task Wildcards_typed_in_the_search_are_taken_literally()
    {
        var (rows, total) = await ReadAsync("%");

        Assert.Empty(rows);
        Assert.Equal(0, total);
    }

    [Fact]
    public async Task Pages_are_cut_after_sorting_and_the_total_counts_every_match()
    {
        var (firstPage, total) = await ReadAsync("list.test", UserList.ByEmail, descending: true, page: 0, pageSize: 3);
        var (secondPage, _) = await ReadAsync("list.test", UserList.ByEmail, descending: true, page: 1, pageSize: 3);

        Assert.Equal(4, total);
        Assert.Equal(["dario@list.test", "carla@list.test", "bruno@list.test"], firstPage.Select(r => r.Email));
        Assert.Equal(["alba@list.test"], secondPage.Select(r => r.Email));
    }
}
