using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Webhooks;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>
/// A job sheet with more parts than a record keeps: the record and its event carry the first parts and the count,
/// GET /files/{id}/parts pages through all of them, the event body stays within its limit, hard delete removes them.
/// </summary>
public sealed class LargeJobSheetTests : IAsyncLifetime
{
    private const int Rows = 450;
    private const int EventLimit = 16 * 1024;
    private LocalCluster _cluster = null!;
    private TestReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await TestReceiver.StartAsync();
        _cluster = await LocalCluster.StartAsync(extra: new()
        {
            ["LG_RECORD_MAX_PARTS"] = "100",
            ["LG_WEBHOOK_ALLOWED_TARGETS"] = TestReceiver.Address, // the test's receiver, nothing else on loopback
            ["LG_EVENT_MAX_BODY_BYTES"] = EventLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task LargeSheet_RecordCapped_PartsPaged_EventBounded_HardDeleteForgets()
    {
        await _cluster.SubscribeAsync(_receiver.Url, "file.processed");
        await Task.Delay(TimeSpan.FromSeconds(3)); // the fan-out's subscription cache

        var (status, record) = await _cluster.UploadAsync("CL0042-JB-2025-10-CL0042-009-Parts-list.xlsx", Sheet(Rows));

        Assert.Equal(201, status);
        Assert.Equal("completed", record.GetProperty("status").GetString());
        var id = record.GetProperty("ingest_id").GetInt64();
        Assert.Equal(100, record.GetProperty("parts").GetArrayLength());
        Assert.Equal(Rows, record.GetProperty("parts_total").GetInt32());
        Assert.True(record.GetProperty("parts_truncated").GetBoolean());

        var names = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            var (ok, body) = await _cluster.GetJsonAsync($"/files/{id}/parts?page={page}&page_size=100");
            Assert.Equal(200, ok);
            Assert.Equal(Rows, body.GetProperty("total").GetInt32());
            names.AddRange(body.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("part_name").GetString()!));
        }

        Assert.Equal(Enumerable.Range(1, Rows).Select(i => $"Part {i:0000}"), names);
        Assert.Equal(400, (await _cluster.GetJsonAsync($"/files/{id}/parts?page_size=0")).Status);

        var processed = await Eventually.GetAsync(
            () => Task.FromResult(_receiver.Delivered.FirstOrDefault(r => r.EventType == "file.processed" && r.IngestId == id)),
            r => r is not null, TimeSpan.FromSeconds(60), "the file.processed event");
        Assert.True(Encoding.UTF8.GetByteCount(processed!.Body) <= EventLimit, $"event body is {Encoding.UTF8.GetByteCount(processed.Body)} bytes");
        var fileData = JsonDocument.Parse(processed.Body).RootElement.GetProperty("file_data");
        Assert.Equal(Rows, fileData.GetProperty("parts_total").GetInt32());
        Assert.True(fileData.GetProperty("parts_truncated").GetBoolean());
        Assert.True(fileData.GetProperty("file_data_truncated").GetBoolean());

        using (var delete = await _cluster.Http.DeleteAsync(_cluster.Url($"/files/{id}?hard_delete=true"))) Assert.Equal(200, (int)delete.StatusCode);
        Assert.Equal(404, (await _cluster.GetJsonAsync($"/files/{id}/parts")).Status);
        Assert.Equal(0L, await _cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_file_parts WHERE ingest_id = {id}"));
    }

    private static byte[] Sheet(int rows)
    {
        using var workbook = new XLWorkbook();
        var s = workbook.AddWorksheet("Parts");
        string[] header = ["Item", "Description", "Material", "Thickness (mm)", "Qty", "Drawing"];
        for (var c = 0; c < header.Length; c++) s.Cell(1, c + 1).Value = header[c];
        for (var r = 1; r <= rows; r++)
        {
            s.Cell(r + 1, 1).Value = r;
            s.Cell(r + 1, 2).Value = $"Part {r:0000}";
            s.Cell(r + 1, 3).Value = "Mild Steel";
            s.Cell(r + 1, 4).Value = 5;
            s.Cell(r + 1, 5).Value = 1 + (r % 7);
            s.Cell(r + 1, 6).Value = $"DRW-{r:0000}-with-a-longer-drawing-reference.dxf";
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }
}
