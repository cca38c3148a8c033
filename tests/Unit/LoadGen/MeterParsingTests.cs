using LaserGrains.LoadGen.Measure;
using LaserGrains.LoadGen.Options;
using Xunit;

namespace LaserGrains.Tests.Unit.LoadGen;

public class MeterParsingTests
{
    [Fact]
    public void ParseCpuTicks_NameWithSpacesAndParens_AddsUtimeAndStime()
    {
        const string line = "4242 (dotnet (x) y) S 1 4242 4242 0 -1 4194560 1000 0 0 0 1234 567 0 0 20 0 30 0 100 0 0";

        Assert.Equal(1234 + 567, ProcStat.ParseCpuTicks(line));
    }

    [Fact]
    public void ParseCpuTicks_OwnProcess_IsPositive() =>
        Assert.True(ProcStat.CpuTicks(Environment.ProcessId) >= 0);

    [Theory]
    [InlineData("PATH=/bin\0LG_CLUSTER_ID=lg-fault\0HOME=/root\0", "lg-fault")]
    [InlineData("PATH=/bin\0HOME=/root\0", ProcessFinder.DefaultClusterId)]
    [InlineData("LG_CLUSTER_ID=\0", ProcessFinder.DefaultClusterId)]
    public void ClusterOf_Environ_ReadsTheClusterId(string environ, string expected) =>
        Assert.Equal(expected, ProcessFinder.ClusterOf(environ));

    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("30s", 30)]
    [InlineData("2m", 120)]
    [InlineData("45", 45)]
    public void DurationText_Parse_ReadsUnits(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationText.Parse(text));

    [Fact]
    public void DurationText_Parse_Garbage_Throws() => Assert.Throws<FormatException>(() => DurationText.Parse("soon"));

    [Fact]
    public void ArgParser_RateNoWaitAndTwoGateways_AreRead()
    {
        var o = ArgParser.Parse(["--rate", "150", "--no-wait", "--url", "http://127.0.0.1:1,http://127.0.0.1:2", "--key", "k"], _ => null, "/nowhere");

        Assert.Equal(150, o.Rate);
        Assert.False(o.Wait);
        Assert.Equal(2, o.Gateways.Count);
        Assert.Contains("Database=lasergrains", o.Database, StringComparison.Ordinal);
    }

    [Fact]
    public void ArgParser_UnknownOption_Throws() =>
        Assert.Throws<FormatException>(() => ArgParser.Parse(["--key", "k", "--conections", "8"], _ => null, "/nowhere"));
}
