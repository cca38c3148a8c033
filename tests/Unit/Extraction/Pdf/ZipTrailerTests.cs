using System.IO.Compression;
using Xunit;
using LaserGrains.Grains.Extraction.Pdf;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;
using UglyToad.PdfPig.Content;

namespace LaserGrains.Tests.Unit.Extraction.Pdf;

public class ZipTrailerTests
{
    [Fact]
    public void EndsLikeZip_APdfWithAZipAppended_IsTrue()
    {
        Assert.True(ZipTrailer.EndsLikeZip([.. TestPdfs.WithTitle("Plate", "MATERIAL: MS"), .. SmallZip()]));
    }

    [Fact]
    public void EndsLikeZip_APlainPdf_IsFalse()
    {
        Assert.False(ZipTrailer.EndsLikeZip(TestPdfs.WithLines(PageSize.A4, ["PART: Plate"])));
    }

    [Fact]
    public void EndsLikeZip_AnEndRecordWithoutADirectory_IsFalse()
    {
        Assert.False(ZipTrailer.EndsLikeZip([.. "%PDF-1.4\n"u8.ToArray(), .. "PK\u0005\u0006"u8.ToArray(), .. new byte[18]]));
    }

    [Fact]
    public void Extract_APdfThatIsAlsoAZip_FailsWithAReasonForAPerson()
    {
        var failure = Run.Fails(new PdfExtractor(), FileKind.Pdf, [.. TestPdfs.WithTitle("Plate", "MATERIAL: MS"), .. SmallZip()]);

        Assert.Equal("invalid_file", failure.Code);
        Assert.Contains("zip archive", failure.Message, StringComparison.Ordinal);
    }

    private static byte[] SmallZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("inside.dxf").Open();
            entry.Write("0\nEOF\n"u8);
        }

        return buffer.ToArray();
    }
}
