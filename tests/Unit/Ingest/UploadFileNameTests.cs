using LaserGrains.Gateway.Ingest;
using Xunit;

namespace LaserGrains.Tests.Unit.Ingest;

/// <summary>Which upload file names are plain names, and how a refused one is shown.</summary>
public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("part.dxf")]
    [InlineData("JB-2026-02-CL0019-003 Bracket 5mm MS qty10.dxf")]
    [InlineData("..hidden.dxf")]
    [InlineData("Ärger ½ Zoll.svg")]
    [InlineData("👍 ok.pdf")] // a surrogate pair is not a control character
    [InlineData("a:b.dxf")]
    public void Plain_names_pass(string name) => Assert.Null(UploadFileName.Problem(name));

    [Theory]
    [InlineData("", "needs a file name")]
    [InlineData("   ", "needs a file name")]
    [InlineData(".", "not a file name")]
    [InlineData("..", "not a file name")]
    [InlineData("../x.dxf", "contains a path")]
    [InlineData("a\\b.dxf", "contains a path")]
    [InlineData("/etc/passwd", "contains a path")]
    [InlineData("a\u0000.dxf", "control character")]
    [InlineData("a\t.dxf", "control character")]
    [InlineData("a\u007f.dxf", "control character")]
    [InlineData("a\u009b.dxf", "control character")]
    [InlineData("a\u202efxd.exe", "control character")]
    [InlineData("a\u2066.dxf", "control character")]
    [InlineData("a\u200f.dxf", "control character")]
    public void Other_names_are_refused_with_a_reason(string name, string reason) =>
        Assert.Contains(reason, UploadFileName.Problem(name), StringComparison.Ordinal);

    [Fact]
    public void The_length_limit_is_255()
    {
        Assert.Null(UploadFileName.Problem(new string('a', 251) + ".dxf"));
        Assert.Equal("The file name is 256 characters long; at most 255 are accepted.", UploadFileName.Problem(new string('a', 252) + ".dxf"));
    }

    [Fact]
    public void Printable_escapes_what_cannot_be_seen() =>
        Assert.Equal("a\\u0001b\\u202E.dxf", UploadFileName.Printable("a\u0001b\u202e.dxf"));
}
