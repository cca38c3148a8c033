using System.Text.Json;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Telemetry;

/// <summary>LG_LOG_FORMAT=json: everything the gateway and the silo write to the console is one JSON object a line.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class JsonLogTests(TelemetryFixture fixture)
{
    [Fact]
    public void Gateway_and_silo_write_json_lines()
    {
        var cluster = fixture.Cluster;
        foreach (var process in new HostProcess[] { cluster.Gateway!, cluster.Silos[0] })
        {
            var lines = process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                using var json = JsonDocument.Parse(line); // throws on anything that is not one JSON value
                Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
                Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), $"{process.Name}: {line}");
                Assert.True(json.RootElement.TryGetProperty("Category", out _), $"{process.Name}: {line}");
            }

            Assert.Contains(lines, l => l.Contains("\"Microsoft.Hosting.Lifetime\"", StringComparison.Ordinal));
        }
    }
}
