using System.Text;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Grains.Infrastructure;

namespace LaserGrains.Tests.Grains.Files;

/// <summary>Accepting apart from processing, the bounded wait, catalog repair and quiet activations, on real PostgreSQL.</summary>
[Collection(LifecycleClusterCollection.Name)]
public sealed class FileLifecycleTests(LifecycleClusterFixture fixture)
{
    private static long _nextId = 50_000;

    private static readonly TimeSpan PollCap = LifecycleClusterFixture.ResponseTimeout / 2; // as the gateway's SettleWaiter

    private const string Dxf = "0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n10\n21\n0\n0\nENDSEC\n0\nEOF\n";

    [Fact]
    public async Task SlowFile_AcceptAnswersAtOnce_ShortWaitIsBusy_LongWaitSeesItCompleted()
    {
        var (grain, request) = await NewAsync(Svg("slow"), "slow.svg");

        var accepted = await grain.IngestAsync(request); // would time out after 2 s if it waited for the 6 s extraction

        Assert.Equal(FileStatus.Received, accepted.Status);
        var early = await Wait(grain, accepted, TimeSpan.FromSeconds(1));
        Assert.True(early.Busy); // the gateway answers 202 here
        var late = await Wait(grain, accepted, TimeSpan.FromSeconds(60));
        Assert.False(late.Busy); // and 201 here
        Assert.Equal(FileStatus.Completed, late.Record!.Status);
        Assert.Equal("yes", late.Record.Properties["slow"]);
    }

    [Fact]
    public async Task SlowReExtraction_IsAcceptedAtOnce_ThenRuns()
    {
        var (grain, request) = await NewAsync(Svg("again"), "again.svg");
        var done = await Wait(grain, await grain.IngestAsync(request), TimeSpan.FromSeconds(60));
        Assert.False(done.Busy);

        var accepted = await grain.ReExtractAsync();

        Assert.NotNull(accepted);
        Assert.True((await Wait(grain, accepted, TimeSpan.FromSeconds(1))).Busy);
        var late = await Wait(grain, accepted, TimeSpan.FromSeconds(60));
        Assert.False(late.Busy);
        Assert.Equal("re-extract", late.Record!.ExtractionHistory[^1].Trigger);
    }

    [Fact]
    public async Task CatalogWriteFailsOnce_RowIsRepairedWithoutAnyoneReadingTheFile()
    {
        var (grain, request) = await NewAsync(Dxf + "999\nrepair\n", "repair.dxf");
        var id = grain.GetPrimaryKeyLong();
        await Wait(grain, await grain.IngestAsync(request), TimeSpan.FromSeconds(30));
        fixture.Catalog.FailNextUpserts(id, 1);

        var corrected = await grain.CorrectAsync(new MetadataPatch(new UploadHints(PartName: "Repaired"), []));

        Assert.Equal("Repaired", corrected!.Metadata.PartName?.Value);
        var row = await Eventually.GetAsync(
            () => fixture.Database.ScalarAsync<string>($"SELECT part_name FROM lg_files WHERE ingest_id = {id}"),
            part => part == "Repaired", TimeSpan.FromSeconds(30), "the catalog row to show the correction");
        Assert.Equal("Repaired", row);
    }

    [Fact]
    public async Task SettledFile_ReactivatedAndRead_DoesNotRewriteItsCatalogRow()
    {
        var (grain, request) = await NewAsync(Dxf + "999\nquiet\n", "quiet.dxf");
        var id = grain.GetPrimaryKeyLong();
        await Wait(grain, await grain.IngestAsync(request), TimeSpan.FromSeconds(30));
        var upserts = fixture.Catalog.Upserts(id);
        Assert.True(upserts > 0);

        await fixture.Cluster.DeactivateAsync(grain.GetGrainId());
        Assert.NotNull(await grain.GetAsync());

        Assert.Equal(upserts, fixture.Catalog.Upserts(id));
    }

    [Fact]
    public async Task Correction_ThatChangesNothing_WritesNothing()
    {
        var (grain, request) = await NewAsync(Dxf + "999\nsame\n", "same.dxf");
        var id = grain.GetPrimaryKeyLong();
        await Wait(grain, await grain.IngestAsync(request), TimeSpan.FromSeconds(30));
        var patch = new MetadataPatch(new UploadHints(Quantity: 4), []);
        var first = await grain.CorrectAsync(patch);
        var upserts = fixture.Catalog.Upserts(id);

        var second = await grain.CorrectAsync(patch);

        Assert.Equal(first!.UpdatedAt, second!.UpdatedAt);
        Assert.Equal(first.ExtractionHistory.Count, second.ExtractionHistory.Count);
        Assert.Equal(upserts, fixture.Catalog.Upserts(id));
    }

    private static Task<FileProgress> Wait(IFileGrain grain, FileRecord accepted, TimeSpan bound) =>
        grain.WaitSettledAsync(new FileProgress(accepted, Busy: true), bound, PollCap, TimeProvider.System, CancellationToken.None);

    private async Task<(IFileGrain Grain, IngestRequest Request)> NewAsync(string content, string name)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var blob = await fixture.Blobs.PutAsync(stream, 1 << 20, CancellationToken.None);
        var grain = fixture.Client.GetGrain<IFileGrain>(Interlocked.Increment(ref _nextId));
        return (grain, new IngestRequest(blob, name, UploadHints.None, DateTimeOffset.UtcNow));
    }

    private static string Svg(string tag) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10mm\" height=\"10mm\"><!-- {tag} {Guid.NewGuid():N} --></svg>";
}
