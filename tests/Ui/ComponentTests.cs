using System.Text.Json;
using Bunit;
using LaserGrains.Gateway.Ui.FileDetail;
using LaserGrains.Gateway.Ui.Shell;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Tests.Ui;

/// <summary>Components rendered without a browser: what they show for a given record.</summary>
public sealed class ComponentTests : IDisposable
{
    private readonly BunitContext _ctx = new();

    private static FileRecord Record(FileMetadata metadata) => new()
    {
        IngestId = 7, OriginalFilename = "Bracket.dxf", Kind = FileKind.DxfAscii, FileSize = 1234, Sha256 = new string('a', 64),
        Status = FileStatus.Completed, Metadata = metadata, CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Metadata_card_shows_source_and_offers_clear_only_for_manual_values()
    {
        var record = Record(new FileMetadata
        {
            Material = new MetadataField<string>("Mild Steel", MetadataSource.Manual, 1),
            ThicknessMm = new MetadataField<double>(3, MetadataSource.UploadHint, 0.95),
        });

        var cut = _ctx.Render<MetadataCard>(p => p.Add(c => c.Record, record));

        var material = cut.Find("tr[data-field=material]");
        Assert.Equal("manual", material.QuerySelector(".src")!.TextContent);
        Assert.NotNull(material.QuerySelector("button[name=clear][value=material]"));
        var thickness = cut.Find("tr[data-field=thickness_mm]");
        Assert.Equal("upload_hint", thickness.QuerySelector(".src")!.TextContent);
        Assert.Null(thickness.QuerySelector("button[name=clear]"));
        Assert.Equal("/ui/files/7/metadata", cut.Find("form").GetAttribute("hx-post"));
    }

    [Fact]
    public void Metadata_card_shows_a_correction_error()
    {
        var cut = _ctx.Render<MetadataCard>(p => p.Add(c => c.Record, Record(FileMetadata.Empty)).Add(c => c.Error, "'thickness_mm' must be a number"));

        Assert.Equal("'thickness_mm' must be a number", cut.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void File_table_draws_thumbnails_only_for_finished_drawings_and_encodes_names()
    {
        var rows = JsonDocument.Parse("""
            [{"ingest_id":1,"original_filename":"<b>plate</b>.dxf","kind":"dxf_ascii","status":"completed","file_size":10,"defects":[{"code":"open_contour"}]},
             {"ingest_id":2,"original_filename":"sheet.pdf","kind":"pdf","status":"completed","file_size":10},
             {"ingest_id":3,"original_filename":"busy.dxf","kind":"dxf_ascii","status":"processing","file_size":10}]
            """).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();

        var cut = _ctx.Render<FileTable>(p => p.Add(c => c.Items, rows).Add(c => c.Selectable, true));

        var img = Assert.Single(cut.FindAll("img.thumb"));
        Assert.Equal("/files/1/preview.svg", img.GetAttribute("src"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("<b>plate</b>.dxf", cut.Find("tbody tr a").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, cut.FindAll("input[type=checkbox][form=bulk]").Count);
    }

    public void Dispose() => _ctx.Dispose();
}
