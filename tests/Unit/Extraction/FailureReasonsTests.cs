using System.Text;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction;

/// <summary>failure_reason is a sentence for a person; what an exception said never reaches it.</summary>
public sealed class FailureReasonsTests
{
    [Theory]
    [InlineData("invalid_file", FileKind.DxfAscii, "DXF")]
    [InlineData("limit_exceeded", FileKind.Xlsx, "Excel")]
    [InlineData("encrypted", FileKind.Pdf, "PDF")]
    [InlineData("timeout", FileKind.LightBurn, "LightBurn")]
    [InlineData("something_new", FileKind.Png, "PNG")]
    public void For_EveryCode_IsOneSentenceNamingTheKind(string code, FileKind kind, string kindText)
    {
        var reason = FailureReasons.For(code, kind);

        Assert.EndsWith(".", reason, StringComparison.Ordinal);
        Assert.Contains(kindText, reason, StringComparison.Ordinal);
        Assert.DoesNotContain(code, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_KeepsAnExtractorsSentence()
    {
        Assert.Equal("The DXF file is empty.", FailureReasons.Choose("invalid_file", FileKind.DxfAscii, "The DXF file is empty."));
    }

    [Theory]
    [InlineData("Index was outside the bounds of the array")]
    [InlineData("System.InvalidCastException: Unable to cast.")]
    [InlineData("Bad thing.\n   at Foo.Bar()")]
    [InlineData("")]
    [InlineData(null)]
    public void Choose_ReplacesAnythingThatIsNotASentence(string? message)
    {
        Assert.Equal(FailureReasons.Unreadable(FileKind.Svg), FailureReasons.Choose("invalid_file", FileKind.Svg, message));
    }

    [Fact]
    public async Task Pipeline_ExtractorBug_FailsWithASentence_NotTheExceptionMessage()
    {
        var pipeline = new ExtractionPipeline([new Throwing()]);
        var bytes = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>");

        var outcome = await pipeline.RunAsync(() => new MemoryStream(bytes), "part.svg", new ExtractionContext { Kind = FileKind.Unknown }, CancellationToken.None);

        Assert.Equal("invalid_file", outcome.FailureCode);
        Assert.Equal(FailureReasons.Unreadable(FileKind.Svg), outcome.FailureReason);
        Assert.DoesNotContain("cast", outcome.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class Throwing : IFileExtractor
    {
        public string Name => "throwing";

        public string Version => "1";

        public bool CanExtract(FileKind kind) => kind == FileKind.Svg;

        public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken) =>
            throw new InvalidCastException("Unable to cast object of type 'XElement' to type 'XText'.");
    }
}
