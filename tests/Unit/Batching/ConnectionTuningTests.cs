using LaserGrains.Shared.Hosting;
using Npgsql;
using Xunit;

namespace LaserGrains.Tests.Unit.Batching;

public sealed class ConnectionTuningTests
{
    [Fact]
    public void Apply_TurnsOffTheResetAndPreparesRepeatedStatements_KeepingEverythingElse()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ConnectionTuning.Apply("Host=127.0.0.1;Port=55432;Database=x;Username=u;Password=p"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(ConnectionTuning.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal(ConnectionTuning.AutoPrepareMinUsages, tuned.AutoPrepareMinUsages);
        Assert.Null(tuned.Options); // PostgreSQL's own choice between custom and generic plans
        Assert.Equal(("127.0.0.1", 55432, "x", "u", "p"), (tuned.Host, tuned.Port, tuned.Database, tuned.Username, tuned.Password));
    }

    [Theory]
    [InlineData("Host=h;No Reset On Close=false")]
    [InlineData("Host=h;noresetonclose=false")]
    public void Apply_LeavesAnExplicitResetChoiceAlone(string connectionString) =>
        Assert.False(new NpgsqlConnectionStringBuilder(ConnectionTuning.Apply(connectionString)).NoResetOnClose);

    [Theory]
    [InlineData("Host=h;Max Auto Prepare=0", 0, 5)]
    [InlineData("Host=h;MaxAutoPrepare=8;Auto Prepare Min Usages=3", 8, 3)]
    public void Apply_LeavesAnExplicitPreparationChoiceAlone(string connectionString, int max, int minUsages)
    {
        var tuned = new NpgsqlConnectionStringBuilder(ConnectionTuning.Apply(connectionString));

        Assert.Equal((max, minUsages), (tuned.MaxAutoPrepare, tuned.AutoPrepareMinUsages));
    }
}
