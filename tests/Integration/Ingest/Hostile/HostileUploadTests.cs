using System.Net.Sockets;
using System.Text;
using static LaserGrains.Tests.Integration.Ingest.Hostile.HostileUploadFixture;

namespace LaserGrains.Tests.Integration.Ingest.Hostile;

/// <summary>
/// Hostile uploads through the real gateway and silo: each gets a clear 4xx or a failed file with a readable reason,
/// nothing is written outside the storage root, and the silo keeps serving (health and a normal upload after each).
/// </summary>
public sealed class HostileUploadTests(HostileUploadFixture fixture) : IClassFixture<HostileUploadFixture>
{
    [Theory]
    [InlineData("../../" + Marker + ".dxf")]
    [InlineData("..\\..\\" + Marker + ".dxf")]
    [InlineData("/tmp/" + Marker + ".dxf")]
    [InlineData("sub/dir/" + Marker + ".dxf")]
    [InlineData("C:\\" + Marker + ".dxf")]
    [InlineData("..")]
    [InlineData(Marker + "\u0000.dxf")]
    [InlineData(Marker + "\u0001.dxf")]
    [InlineData(Marker + "\n.dxf")]
    [InlineData(Marker + "\u001b[31m.dxf")]
    [InlineData(Marker + "\u007f.dxf")]
    [InlineData(Marker + "\u0085.dxf")]
    [InlineData(Marker + "\u202efxd.dxf")] // right-to-left override: shows as "…dxf.dxf"
    public async Task Traversal_and_control_character_names_are_refused(string filename)
    {
        var (status, body) = await fixture.PostAsync(RawMultipart.FileNamed(filename, SampleFiles.RectangleDxf(Guid.NewGuid().ToString("N"))));
        Assert.Equal(400, status);
        Assert.Contains("name", body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        await fixture.AssertContainedAndServingAsync();
    }

    [Fact]
    public async Task A_name_of_600_characters_is_refused()
    {
        var name = Marker + new string('a', 600 - Marker.Length - 4) + ".dxf";
        var (status, body) = await fixture.PostAsync(RawMultipart.FileNamed(name, SampleFiles.RectangleDxf(Guid.NewGuid().ToString("N"))));
        Assert.Equal(400, status);
        Assert.Contains("600", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await fixture.AssertContainedAndServingAsync();
    }

    [Theory]
    [InlineData("svg", "laughs")]
    [InlineData("svg", "external")]
    [InlineData("lbrn", "laughs")]
    [InlineData("lbrn", "external")]
    [InlineData("xlsx", "laughs")]
    [InlineData("xlsx", "external")]
    public async Task Xml_bombs_and_external_entities_fail_the_file(string extension, string attack)
    {
        var dtd = attack == "laughs" ? HostileXml.BillionLaughsDtd("svg") : HostileXml.ExternalDtd("svg");
        var reference = attack == "laughs" ? "&lol10;" : "&xxe;&net;";
        var bytes = extension switch
        {
            "svg" => HostileXml.Svg(dtd, reference),
            "lbrn" => HostileXml.LightBurn(dtd, reference),
            _ => HostileArchives.Xlsx(dtd, reference),
        };
        var answer = await fixture.PostAsync(RawMultipart.FileNamed($"{attack}-{Guid.NewGuid():N}.{extension}", bytes));
        var reason = await fixture.RefusedAsync(answer);
        Assert.DoesNotContain("root:", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", reason, StringComparison.Ordinal);
        await fixture.AssertContainedAndServingAsync();
    }

    [Fact]
    public async Task A_zip_bomb_is_refused()
    {
        var (status, body) = await fixture.PostAsync(RawMultipart.FileNamed("bomb.zip", HostileArchives.Bomb(64)));
        Assert.Equal(422, status);
        Assert.Contains("zip bomb", body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        await fixture.AssertContainedAndServingAsync();
    }

    [Fact]
    public async Task A_zip_of_too_many_entries_is_refused()
    {
        var entries = Enumerable.Range(0, 1001).Select(i => ($"p{i}.dxf", new[] { (byte)'x' })).ToArray();
        var (status, body) = await fixture.PostAsync(RawMultipart.FileNamed("many.zip", HostileArchives.Zip(entries)));
        Assert.Equal(422, status);
        Assert.Contains("1001", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await fixture.AssertContainedAndServingAsync();
    }

    [Theory]
    [InlineData("../../" + Marker + ".dxf")]
    [InlineData("ok/../../" + Marker + ".dxf")]
    [InlineData("/tmp/" + Marker + ".dxf")]
    [InlineData("..\\..\\" + Marker + ".dxf")]
    [InlineData("C:/" + Marker + ".dxf")]
    [InlineData(Marker + "\u0001.dxf")]
    public async Task Zip_entries_with_traversal_or_control_names_are_refused(string entryName)
    {
        var zip = HostileArchives.Zip(("fine.dxf", SampleFiles.RectangleDxf(Guid.NewGuid().ToString("N"))), (entryName, SampleFiles.RectangleDxf("evil")));
        var (status, body) = await fixture.PostAsync(RawMultipart.FileNamed($"traversal-{Guid.NewGuid():N}.zip", zip));
        Assert.Equal(422, status);
        Assert.Contains("entry", body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        await fixture.AssertContainedAndServingAsync();
    }

    [Fact]
    public async Task A_pdf_that_is_also_a_zip_fails_as_a_polyglot_and_is_never_expanded()
    {
        var record = await fixture.SettledAsync(await fixture.PostAsync(
            RawMultipart.FileNamed($"polyglot-{Guid.NewGuid():N}.pdf", HostileArchives.PdfZipPolyglot(Guid.NewGuid().ToString("N")))));
        Assert.Equal("pdf", record.GetProperty("kind").GetString());
        Assert.Equal("failed", record.GetProperty("status").GetString());
        Assert.Contains("zip archive", record.GetProperty("failure_reason").GetString(), StringComparison.Ordinal);

        await fixture.AssertContainedAndServingAsync();
    }

    [Theory]
    [InlineData("recursive")]
    [InlineData("exponential")]
    public async Task Recursive_and_exponential_dxf_blocks_fail_the_file(string shape)
    {
        var tag = Guid.NewGuid().ToString("N");
        var bytes = shape == "recursive" ? HostileDrawings.RecursiveBlockDxf(tag) : HostileDrawings.ExponentialBlocksDxf(tag);
        var reason = await fixture.RefusedAsync(await fixture.PostAsync(RawMultipart.FileNamed($"{shape}-{tag}.dxf", bytes)));
        Assert.Matches("(?i)block|nested|entit|limit", reason);
        await fixture.AssertContainedAndServingAsync();
    }

    [Fact]
    public async Task A_png_claiming_two_gigapixels_fails_the_file()
    {
        var reason = await fixture.RefusedAsync(await fixture.PostAsync(RawMultipart.FileNamed($"huge-{Guid.NewGuid():N}.png", HostileDrawings.HugePngHeader())));
        Assert.Contains("pixel", reason, StringComparison.OrdinalIgnoreCase);
        await fixture.AssertContainedAndServingAsync();
    }

    [Fact]
    public async Task A_declared_size_far_above_the_limit_is_refused_before_the_body()
    {
        var answer = await RawRequestAsync(declaredLength: 50L * 1024 * 1024 * 1024, RawMultipart.FileNamed("big.dxf", SampleFiles.RectangleDxf("big")), halfClose: false);
        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        await fixture.AssertContainedAndServingAsync();
    }

    [Fact]
    public async Task A_body_shorter_than_its_declared_size_is_refused()
    {
        // The client has stopped sending: the gateway answers 400 if the socket still takes it, or just closes it.
        var answer = await RawRequestAsync(declaredLength: 10L * 1024 * 1024, RawMultipart.FileNamed("short.dxf", SampleFiles.RectangleDxf("short")), halfClose: true);
        Assert.Matches("^(HTTP/1.1 400|closed)", answer);
        await fixture.AssertContainedAndServingAsync();
    }

    [Fact]
    public async Task A_part_header_claiming_a_huge_size_is_ignored_and_the_real_bytes_are_stored()
    {
        var content = SampleFiles.RectangleDxf(Guid.NewGuid().ToString("N"));
        var multipart = RawMultipart.File($"filename=\"declared-{Guid.NewGuid():N}.dxf\"", content, "Content-Length: 99999999999\r\n");
        var record = await fixture.SettledAsync(await fixture.PostAsync(multipart));
        Assert.Equal(content.Length, record.GetProperty("file_size").GetInt64());
        await fixture.AssertContainedAndServingAsync();
    }

    /// <summary>An HTTP/1.1 POST written to the gateway's loopback socket, with a Content-Length of the test's choosing.</summary>
    private async Task<string> RawRequestAsync(long declaredLength, byte[] body, bool halfClose)
    {
        var gateway = new Uri(fixture.Cluster.GatewayUrl);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", gateway.Port);
        var stream = client.GetStream();
        var head = $"POST /ingest HTTP/1.1\r\nHost: {gateway.Authority}\r\nContent-Type: {RawMultipart.ContentType}\r\nContent-Length: {declaredLength}\r\n" +
            $"Authorization: {fixture.Cluster.Http.DefaultRequestHeaders.Authorization}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        try
        {
            await stream.WriteAsync(body);
        }
        catch (IOException)
        {
            // The server may answer and close before it reads the body.
        }

        if (halfClose) client.Client.Shutdown(SocketShutdown.Send);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            return await reader.ReadLineAsync(timeout.Token) ?? "closed";
        }
        catch (IOException)
        {
            return "closed";
        }
    }
}
