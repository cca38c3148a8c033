using LaserGrains.Shared.Hosting;
using Npgsql;
using Xunit;

namespace LaserGrains.Tests.Unit.Batching;

public sealed class SessionResetTests
{
    [Fact]
    public void Off_SetsNoResetOnClose_KeepingEverythingElse()
    {
        var tuned = new NpgsqlConnectionStringBuilder(SessionReset.Off("Host=127.0.0.1;Port=55432;Database=x;Username=u;Password=p"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(("127.0.0.1", 55432, "x", "u", "p"), (tuned.Host, tuned.Port, tuned.Database, tuned.Username, tuned.Password));
    }

    [Theory]
    [InlineData("Host=h;No Reset On Close=false")]
    [InlineData("Host=h;noresetonclose=false")]
    public void Off_LeavesAnExplicitChoiceAlone(string connectionString) =>
        Assert.False(new NpgsqlConnectionStringBuilder(SessionReset.Off(connectionString)).NoResetOnClose);
}
