using System.Security.Cryptography;
using System.Text;
using LaserGrains.Grains.Extraction.Dxf;
using LaserGrains.LoadGen.Payload;
using Xunit;

namespace LaserGrains.Tests.Unit.LoadGen;

public class DxfVariationTests
{
    private static readonly string Panel = Path.Combine(LaserGrains.Tests.Common.TestEnvironment.CorpusRoot, "dxf", "mozman__ASCII_R12.dxf");

    [Fact]
    public void Vary_Circle_ReadsAsTheSameCircle()
    {
        var original = DxfReader.Read(new MemoryStream(CircleDxf.Bytes()));

        var varied = DxfReader.Read(new MemoryStream(DxfVariation.Vary(CircleDxf.Bytes(), "run1", 42)));

        var circle = Assert.IsType<DxfCircle>(Assert.Single(varied.Entities));
        Assert.Equal(25, circle.Radius);
        Assert.Equal(new DxfVec(50, 50, 0), circle.Center);
        Assert.Equal(original.Version, varied.Version);
        Assert.Empty(varied.Recoveries);
    }

    [Fact]
    public void CircleDxf_IsAboutHundredFiftyBytes() => Assert.InRange(CircleDxf.Bytes().Length, 120, 180);

    [Fact]
    public void Vary_Panel_KeepsEveryEntity()
    {
        var template = File.ReadAllBytes(Panel);
        var original = DxfReader.Read(new MemoryStream(template));

        var varied = DxfReader.Read(new MemoryStream(DxfVariation.Vary(template, "run1", 7)));

        Assert.NotEmpty(original.Entities);
        Assert.Equal(original.Entities.Count, varied.Entities.Count);
        Assert.Equal(original.Entities.Select(e => e.GetType().Name), varied.Entities.Select(e => e.GetType().Name));
        Assert.Equal(original.Recoveries.Count, varied.Recoveries.Count);
    }

    [Fact]
    public void Vary_EachCounter_GivesDifferentBytes()
    {
        var hashes = Enumerable.Range(0, 1000).Select(i => Convert.ToHexString(SHA256.HashData(DxfVariation.Vary(CircleDxf.Bytes(), "run1", i)))).ToHashSet();

        Assert.Equal(1000, hashes.Count);
    }

    [Fact]
    public void Vary_CrLfTemplate_WritesTheCommentWithCrLf()
    {
        var template = Encoding.ASCII.GetBytes("0\r\nSECTION\r\n2\r\nENTITIES\r\n0\r\nENDSEC\r\n0\r\nEOF\r\n");

        var varied = Encoding.ASCII.GetString(DxfVariation.Vary(template, "r", 3));

        Assert.StartsWith("999\r\nlasergrains-loadgen r 3\r\n0\r\nSECTION", varied, StringComparison.Ordinal);
    }
}
