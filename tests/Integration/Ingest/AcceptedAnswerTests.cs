using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Library;

namespace LaserGrains.Tests.Integration.Ingest;

/// <summary>When processing outlasts LG_INGEST_WAIT_SECONDS the gateway answers 202 with the status URL, and the file completes anyway.</summary>
public sealed class AcceptedAnswerTests
{
    [Fact]
    public async Task IngestAndReExtract_PastTheWait_Answer202_ThenTheFileCompletes()
    {
        // No wait at all: every file is still being processed when the bound ends.
        await using var c = await LocalCluster.StartAsync(1, new() { ["LG_INGEST_WAIT_SECONDS"] = "0" });

        var (status, body) = await c.UploadAsync("late.dxf", SampleFiles.RectangleDxf("late-" + Guid.NewGuid()));

        Assert.Equal(202, status);
        var id = body.Id();
        Assert.Equal("received", body.Str("status"));
        await Completed(c, id);

        using var response = await c.Http.PostAsync(c.Url($"/files/{id}/re-extract"), null);
        Assert.Equal(202, (int)response.StatusCode);
        Assert.Equal($"/files/{id}", response.Headers.Location?.OriginalString);
        var history = await Eventually.GetAsync(
            async () => (await c.GetJsonAsync($"/files/{id}")).Body,
            f => f.GetProperty("extraction_history").GetArrayLength() == 2, TimeSpan.FromSeconds(60), "the re-extraction to run");
        Assert.Equal("re-extract", history.GetProperty("extraction_history")[1].Str("trigger"));
    }

    private static Task<string> Completed(LocalCluster c, long id) =>
        Eventually.GetAsync(async () => (await c.GetJsonAsync($"/files/{id}")).Body.Str("status"), s => s == "completed",
            TimeSpan.FromSeconds(60), $"file {id} to complete");
}
