using System.Text;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Storage;
using LaserGrains.Tests.Grains.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LaserGrains.Tests.Grains.Files;

/// <summary>FileGrain on the Orleans test host, with state, reminders and catalog in real PostgreSQL.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class FileGrainTests(GrainClusterFixture fixture)
{
    private static long _nextId = 1_000;

    private const string Dxf = "0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n10\n21\n0\n0\nENDSEC\n0\nEOF\n";

    [Fact]
    public async Task IngestAsync_NewFile_CompletesWithFactsFromNameAndHints()
    {
        var (grain, blob) = await NewFileAsync(Dxf);

        var record = await IngestAndWaitAsync(grain, new IngestRequest(blob, "CL0002-JB-2026-01-CL0002-004-Gusset-SS-3mm-x8-v1.dxf",
            new UploadHints(Quantity: 9), DateTimeOffset.UtcNow));

        Assert.Equal(FileStatus.Completed, record.Status);
        Assert.Equal(FileKind.DxfAscii, record.Kind);
        Assert.Equal("CL0002", record.Metadata.ClientCode?.Value);
        Assert.Equal(MetadataSource.Filename, record.Metadata.ClientCode?.Source);
        Assert.Equal(3, record.Metadata.ThicknessMm?.Value);
        Assert.Equal(9, record.Metadata.Quantity?.Value);
        Assert.Equal(MetadataSource.UploadHint, record.Metadata.Quantity?.Source);
        Assert.InRange(record.ConfidenceScore, 0.01, 1);
    }

    [Fact]
    public async Task IngestAsync_StateSurvivesDeactivation_AndCatalogRowMatches()
    {
        var (grain, blob) = await NewFileAsync(Dxf + "999\nsurvive\n");
        var first = await IngestAndWaitAsync(grain, new IngestRequest(blob, "part.dxf", UploadHints.None, DateTimeOffset.UtcNow));

        await fixture.Cluster.DeactivateAsync(grain.GetGrainId());
        var again = await grain.GetAsync();

        Assert.NotNull(again);
        Assert.Equal(first.Sha256, again.Sha256);
        Assert.Equal(first.ProcessedAt, again.ProcessedAt);
        Assert.Equal("completed", await fixture.Database.ScalarAsync<string>($"SELECT status FROM lg_files WHERE ingest_id = {first.IngestId}"));
        Assert.Equal(first.Sha256, (await fixture.Database.ScalarAsync<string>($"SELECT sha256 FROM lg_files WHERE ingest_id = {first.IngestId}"))?.Trim());
    }

    [Fact]
    public async Task IngestAsync_RepeatedWithSameBytes_ReturnsSameRecord()
    {
        var (grain, blob) = await NewFileAsync(Dxf + "999\nrepeat\n");
        var request = new IngestRequest(blob, "part.dxf", UploadHints.None, DateTimeOffset.UtcNow);

        var first = await IngestAndWaitAsync(grain, request);
        var second = await grain.IngestAsync(request);

        Assert.Equal(first.ProcessedAt, second.ProcessedAt);
        Assert.Equal(first.UpdatedAt, second.UpdatedAt);
    }

    [Fact]
    public async Task IngestAsync_SameIdDifferentBytes_IsRefusedAndFirstFileKept()
    {
        var (grain, blob) = await NewFileAsync(Dxf + "999\nfirst\n");
        var other = await StoreAsync(Dxf + "999\nsecond\n");
        await grain.IngestAsync(new IngestRequest(blob, "a.dxf", UploadHints.None, DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.IngestAsync(new IngestRequest(other, "b.dxf", UploadHints.None, DateTimeOffset.UtcNow)));

        Assert.Equal(blob.Sha256, (await grain.GetAsync())?.Sha256);
    }

    [Fact]
    public async Task IngestAsync_UnreadableContent_FailsWithReason()
    {
        var (grain, blob) = await NewFileAsync("%%% these bytes are no drawing %%%");

        var record = await IngestAndWaitAsync(grain, new IngestRequest(blob, "mystery.bin", UploadHints.None, DateTimeOffset.UtcNow));

        Assert.Equal(FileStatus.Failed, record.Status);
        Assert.Equal(FileKind.Unknown, record.Kind);
        Assert.False(string.IsNullOrWhiteSpace(record.FailureReason));
    }

    [Fact]
    public async Task IngestAsync_AnswersReceivedThenCompletes()
    {
        var (grain, blob) = await NewFileAsync(Dxf + "999\nlater\n");

        var accepted = await grain.IngestAsync(new IngestRequest(blob, "later.dxf", UploadHints.None, DateTimeOffset.UtcNow));

        Assert.Equal(FileStatus.Received, accepted.Status);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        FileRecord? now;
        do
        {
            await Task.Delay(50);
            now = await grain.GetAsync();
        }
        while (now?.Status != FileStatus.Completed && DateTime.UtcNow < deadline);
        Assert.Equal(FileStatus.Completed, now?.Status);
    }

    [Fact]
    public async Task GetAsync_NeverIngested_ReturnsNull()
    {
        var grain = fixture.Client.GetGrain<IFileGrain>(Interlocked.Increment(ref _nextId) + 500_000);

        Assert.Null(await grain.GetAsync());
    }

    private static async Task<FileRecord> IngestAndWaitAsync(IFileGrain grain, IngestRequest request)
    {
        var accepted = await grain.IngestAsync(request);
        var settled = await grain.WaitSettledAsync(new FileProgress(accepted, Busy: true), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5),
            TimeProvider.System, CancellationToken.None);
        Assert.False(settled.Busy, $"file {accepted.IngestId} still busy after 30 s");
        return settled.Record!;
    }

    private async Task<(IFileGrain Grain, BlobRef Blob)> NewFileAsync(string content) =>
        (fixture.Client.GetGrain<IFileGrain>(Interlocked.Increment(ref _nextId)), await StoreAsync(content));

    private async Task<BlobRef> StoreAsync(string content)
    {
        var blobs = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IBlobStore>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await blobs.PutAsync(stream, 1 << 20, CancellationToken.None);
    }
}
