using System.Text;
using LaserGrains.Grains;
using LaserGrains.Grains.Events;
using LaserGrains.Grains.Files;
using LaserGrains.Grains.Files.Sweep;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Storage;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Grains.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace LaserGrains.Tests.Grains.Files;

/// <summary>The crash backstop by id bucket: what a SIGKILL after the accept write leaves is found and finished, and the bucket's one reminder goes once all is settled.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class FileSweepTests(GrainClusterFixture fixture)
{
    private const string Dxf = "0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n10\n21\n0\n0\nENDSEC\n0\nEOF\n";

    private static long _nextBucket = 9_000;

    private IServiceProvider Silo => fixture.Cluster.GetSiloServiceProvider();

    [Fact]
    public async Task AcceptedThenCrashed_SweepFinishesIt_WithoutAnyoneCallingTheFile_ThenDropsItsReminder()
    {
        var bucket = Interlocked.Increment(ref _nextBucket);
        var (from, _) = SweepBuckets.Range(bucket);
        var crashed = from + 3;
        var neverStored = from + 4; // covered, then the accept write never happened
        var sweep = fixture.Client.GetGrain<IFileSweepGrain>(bucket);
        await sweep.CoverAsync(crashed);
        await sweep.CoverAsync(neverStored);
        Assert.Equal(1, await SweepRemindersAsync(bucket));
        await StoreAcceptedAsync(crashed, Dxf + "999\nsweep\n", "swept.dxf"); // exactly what the accept write leaves

        var status = await Eventually.GetAsync(
            () => fixture.Database.ScalarAsync<string>($"SELECT coalesce(max(status), '') FROM lg_files WHERE ingest_id = {crashed}"),
            s => s == "completed", TimeSpan.FromSeconds(60), "the sweep to finish the interrupted file");

        Assert.Equal("completed", status);
        await Eventually.GetAsync(() => SweepRemindersAsync(bucket), n => n == 0, TimeSpan.FromSeconds(60), "the bucket's reminder to go");
        Assert.Equal(0, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_files WHERE ingest_id = {neverStored}"));
        Assert.Null(await fixture.Client.GetGrain<IFileGrain>(neverStored).GetAsync());
    }

    [Fact]
    public async Task QuickFile_IsWrittenTwice_AndRegistersNoReminderOfItsOwn()
    {
        var id = SweepBuckets.Range(Interlocked.Increment(ref _nextBucket)).From;
        var grain = fixture.Client.GetGrain<IFileGrain>(id);
        var blob = await PutAsync(Dxf + "999\nquick\n");

        var accepted = await grain.IngestAsync(new IngestRequest(blob, "quick.dxf", UploadHints.None, DateTimeOffset.UtcNow));
        var done = await grain.WaitSettledAsync(new FileProgress(accepted, Busy: true), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5),
            TimeProvider.System, CancellationToken.None);

        Assert.Equal(FileStatus.Completed, done.Record!.Status);
        // The accept write and the outcome's write; the record of done effects rides along with a later write.
        Assert.Equal(2, await fixture.Database.ScalarAsync<int>(
            $"SELECT version FROM orleansstorage WHERE graintypestring = 'file' AND grainidn1 = {id}"));
        Assert.Equal(0, await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM orleansreminderstable WHERE remindername = '{FileGrain.ResumeReminder}' AND grainid LIKE '%{id:x}'"));
        Assert.Equal("completed", await fixture.Database.ScalarAsync<string>($"SELECT status FROM lg_files WHERE ingest_id = {id}"));
    }

    private async Task StoreAcceptedAsync(long id, string content, string name)
    {
        var now = DateTimeOffset.UtcNow;
        var state = new FileState
        {
            IngestId = id,
            OriginalFilename = name,
            Blob = await PutAsync(content),
            Status = FileStatus.Received,
            CreatedAt = now,
            UpdatedAt = now,
            ProcessingAttempts = 1,
            Revision = 1,
            EventSequence = 1,
            CatalogAfterOutbox = true,
        };
        state.Outbox.Add(FileEventPayload.Create(FileEventTypes.Ingested, state.ToRecord(), 1, now, null, 1 << 20));
        var storage = Silo.GetRequiredKeyedService<IGrainStorage>(StorageNames.Files);
        var grainId = fixture.Client.GetGrain<IFileGrain>(id).GetGrainId();
        await storage.WriteStateAsync("file", grainId, new GrainState<FileState>(state));
    }

    private Task<BlobRef> PutAsync(string content)
    {
        var blobs = Silo.GetRequiredService<IBlobStore>();
        return blobs.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes(content + Guid.NewGuid().ToString("N"))), 1 << 20, CancellationToken.None);
    }

    private Task<long> SweepRemindersAsync(long bucket) => fixture.Database.ScalarAsync<long>(
        $"SELECT count(*) FROM orleansreminderstable WHERE remindername = 'sweep' AND grainid LIKE '%/{bucket:x}'");
}
