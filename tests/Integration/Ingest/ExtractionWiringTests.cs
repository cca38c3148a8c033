using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Ingest;

/// <summary>Real corpus files uploaded through the gateway reach their extractor and come back with its facts.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ExtractionWiringTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("pdf/haplokuon__sample.pdf", "pdf", "pdf")]
    [InlineData("lightburn/nucarve__op-4-cut-modes.lbrn", "light_burn", "lightburn")]
    public async Task Ingest_CorpusFile_CompletesWithContentFacts(string corpusPath, string kind, string fileType)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.CorpusRoot, corpusPath));
        var (status, body) = await fixture.Cluster.UploadAsync(Path.GetFileName(corpusPath), bytes);

        Assert.Equal(201, status);
        Assert.Equal("completed", body.GetProperty("status").GetString());
        Assert.Equal(kind, body.GetProperty("kind").GetString());
        Assert.Equal(fileType, body.GetProperty("file_type").GetString());
        Assert.NotEmpty(body.GetProperty("properties").EnumerateObject());
    }
}
