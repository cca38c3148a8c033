using System.Net.Http.Json;
using System.Text.Json;

namespace LaserGrains.Tests.Integration.Auth;

/// <summary>DELETE /users/{id} never removes the last admin account, not even when two admins are deleted at once.</summary>
[Collection(AuthCollection.Name)]
public sealed class AdminAccountTests(AuthFixture fixture)
{
    [Fact]
    public async Task DeletingAdmins_LeavesTheLastOne_EvenWhenTwoAreDeletedAtOnce()
    {
        var first = await CreateAsync("hank", "admin");
        foreach (var other in (await AdminsAsync()).Where(id => id != first))
        {
            using var deleted = await DeleteAsync(other); // admins other tests of this collection made
            Assert.Equal(204, (int)deleted.StatusCode);
        }

        using (var last = await DeleteAsync(first))
        {
            Assert.Equal(409, (int)last.StatusCode);
            Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
            var problem = await last.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Last admin", problem.GetProperty("title").GetString());
        }

        var survivor = first;
        for (var round = 0; round < 5; round++)
        {
            var second = await CreateAsync($"ivy{round}", "admin");
            var both = await Task.WhenAll(DeleteAsync(survivor), DeleteAsync(second));
            var statuses = both.Select(r => (int)r.StatusCode).Order().ToArray();
            foreach (var response in both) response.Dispose();
            Assert.Equal([204, 409], statuses);
            var left = Assert.Single(await AdminsAsync());
            Assert.Contains(left, new[] { survivor, second });
            survivor = left;
        }

        var viewer = await CreateAsync("jules", "viewer");
        using (var gone = await DeleteAsync(viewer)) Assert.Equal(204, (int)gone.StatusCode);
        using (var again = await DeleteAsync(viewer)) Assert.Equal(404, (int)again.StatusCode);
    }

    private async Task<long> CreateAsync(string name, string role)
    {
        using var response = await fixture.Cluster.Http.PostAsJsonAsync(
            fixture.Cluster.Url("/users"), new { user_name = $"{name}-{Guid.NewGuid():N}"[..20], password = "a long enough password", role });
        Assert.Equal(201, (int)response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private async Task<long[]> AdminsAsync()
    {
        var users = await fixture.Cluster.Http.GetFromJsonAsync<JsonElement>(fixture.Cluster.Url("/users"));
        return [.. users.EnumerateArray().Where(u => u.GetProperty("role").GetString() == "admin").Select(u => u.GetProperty("id").GetInt64())];
    }

    private Task<HttpResponseMessage> DeleteAsync(long id) => fixture.Cluster.Http.DeleteAsync(fixture.Cluster.Url($"/users/{id}"));
}
