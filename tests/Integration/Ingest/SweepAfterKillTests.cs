using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Library;

namespace LaserGrains.Tests.Integration.Ingest;

/// <summary>
/// Files accepted (202) and then interrupted by a SIGKILL finish after the restart without anyone reading them: the
/// sweep of their id bucket brings them back. None keeps a reminder of its own, and the bucket's goes once all are done.
/// </summary>
public sealed class SweepAfterKillTests
{
    private const int Files = 24;

    [Fact]
    public async Task UploadsAccepted_SiloKilledAtOnce_EveryFileCompletesUnread_AndNoReminderIsLeft()
    {
        await using var c = await LocalCluster.StartAsync(1, new()
        {
            ["LG_INGEST_WAIT_SECONDS"] = "0", // answered once accepted: most are still queued for extraction at the kill
            ["LG_MAX_CONCURRENT_EXTRACTIONS"] = "1",
            ["LG_FILE_SWEEP_PERIOD"] = "00:00:02",
        });
        var uploads = Enumerable.Range(0, Files).Select(i => c.UploadAsync($"swept-{i}.dxf", SampleFiles.RectangleDxf($"swept-{i}-{Guid.NewGuid()}")));
        var answers = await Task.WhenAll(uploads);
        await c.Silos[0].KillAsync();
        Assert.All(answers, a => Assert.True(a.Status is 201 or 202, $"upload answered {a.Status}"));
        var ids = string.Join(',', answers.Select(a => a.Body.Id()));

        await c.StartSiloAsync();

        // Only the catalog is read (GET /files would activate the grains itself).
        var completed = await Eventually.GetAsync(
            () => c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_files WHERE status = 'completed' AND ingest_id IN ({ids})"),
            n => n == Files, TimeSpan.FromSeconds(120), "every accepted file to complete");
        Assert.Equal(Files, completed);
        await Eventually.GetAsync(
            () => c.Database.ScalarAsync<long>("SELECT count(*) FROM orleansreminderstable WHERE remindername IN ('sweep', 'resume-processing')"),
            n => n == 0, TimeSpan.FromSeconds(60), "no reminder left once every file is settled");
        var (status, list) = await c.GetJsonAsync("/files");
        Assert.Equal(200, status);
        Assert.Equal(Files, list.GetProperty("total").GetInt64());
    }
}
