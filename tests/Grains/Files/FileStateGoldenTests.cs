using System.Reflection;
using System.Text.Json;
using LaserGrains.Grains.Files;
using LaserGrains.Grains.Hosting;
using LaserGrains.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;

namespace LaserGrains.Tests.Grains.Files;

/// <summary>
/// Pins the stored JSON of <see cref="FileState"/>: grain storage keeps this JSON in PostgreSQL, so renaming or retyping
/// a member would silently leave every stored file unreadable (or reset to a default) on its next activation.
/// </summary>
/// <remarks>
/// The serializer is the one the silo registers: the host below is composed by the silo's own
/// <c>AddLaserGrains</c> (Grains/Hosting/SiloComposition.cs). To change the shape deliberately: make old stored states still read (keep the
/// old name with [JsonPropertyName], or migrate the stored rows), then run these tests with LG_UPDATE_GOLDEN=1, which
/// rewrites file-state.golden.json, and review and commit its diff with the change.
/// </remarks>
public sealed class FileStateGoldenTests
{
    // Built, never started: only its services are used, for the lifetime of the test run.
    private static readonly IHost SiloHost = new HostBuilder()
        .UseOrleans(silo => silo.UseLocalhostClustering().AddLaserGrains())
        .Build();

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly string GoldenPath = Path.Combine(TestEnvironment.RepoRoot, "tests", "Grains", "Files", "file-state.golden.json");

    [Fact]
    public void Serialize_SampleState_MatchesTheCheckedInJson()
    {
        var json = Serialize(FileStateSample.Create());

        if (Environment.GetEnvironmentVariable("LG_UPDATE_GOLDEN") == "1") File.WriteAllText(GoldenPath, json + "\n");
        Assert.Equal(Golden(), json);
    }

    [Fact]
    public void Deserialize_CheckedInJson_KeepsEveryMember()
    {
        var serializer = StorageSerializer();

        var state = serializer.Deserialize<FileState>(BinaryData.FromString(Golden())) ?? throw new InvalidDataException("no state");

        // A member the JSON no longer maps to would be dropped on reading and missing when written back.
        Assert.Equal(Golden(), Serialize(state));
        Assert.Equal(42, state.IngestId);
        Assert.True(state.HardDeleted);
        Assert.Equal("evt_42_2", Assert.Single(state.Outbox).EventId);
    }

    [Fact]
    public void Golden_HoldsEveryStoredMember()
    {
        using var golden = JsonDocument.Parse(Golden());
        var stored = typeof(FileState).GetProperties().Where(p => p.GetCustomAttribute<IdAttribute>() is not null).Select(p => p.Name);

        // A new member left at its default in the sample would be missing here and so unguarded: give it a value.
        Assert.All(stored, name => Assert.True(golden.RootElement.TryGetProperty(name, out _), $"{name} is not in the golden JSON"));
    }

    private static string Golden() => File.ReadAllText(GoldenPath).ReplaceLineEndings("\n").TrimEnd('\n');

    /// <summary>The stored JSON, indented so the checked-in file diffs by member; names, order and values stay exact.</summary>
    private static string Serialize(FileState state)
    {
        using var stored = JsonDocument.Parse(StorageSerializer().Serialize(state).ToString());
        return JsonSerializer.Serialize(stored.RootElement, Indented).ReplaceLineEndings("\n");
    }

    /// <summary>The grain storage serializer exactly as a silo configured like ours resolves it.</summary>
    private static IGrainStorageSerializer StorageSerializer() => SiloHost.Services.GetRequiredService<IGrainStorageSerializer>();
}
