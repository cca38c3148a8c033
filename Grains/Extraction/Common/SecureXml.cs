using System.Xml;
using System.Xml.Linq;

namespace LaserGrains.Grains.Extraction.Common;

/// <summary>Loads untrusted XML with DTDs and external resources refused and size and depth bounded.</summary>
internal static class SecureXml
{
    /// <summary>Characters one XML document may hold; far above real LightBurn and SVG files.</summary>
    public const long MaxCharacters = 64L * 1024 * 1024;

    public static XmlReaderSettings Settings(long maxCharacters = MaxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Parses <paramref name="bytes"/>; too deep, too large, DTD-bearing or malformed XML fails as "invalid_file" or "limit_exceeded".</summary>
    public static XDocument Load(byte[] bytes, ExtractionLimits limits, string what, CancellationToken cancellationToken)
    {
        var maxChars = Math.Min(MaxCharacters, Math.Max(1024, limits.MaxBytes));
        try
        {
            // A first streaming pass bounds the depth before any tree exists, so later recursive walks stay shallow.
            CheckDepth(bytes, maxChars, limits.MaxNestingDepth, what, cancellationToken);
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, Settings(maxChars));
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            throw new ExtractionFailedException("limit_exceeded", $"The {what} file is larger than {maxChars} characters of XML.", ex);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new ExtractionFailedException("invalid_file", $"The {what} file declares a DTD, which is not allowed.", ex);
        }
        catch (XmlException ex)
        {
            throw new ExtractionFailedException("invalid_file", $"The {what} file is not well-formed XML (the first fault is on line {ex.LineNumber}).", ex);
        }
    }

    private static void CheckDepth(byte[] bytes, long maxChars, int maxDepth, string what, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings(maxChars));
        var nodes = 0;
        while (reader.Read())
        {
            if (reader.Depth > maxDepth)
            {
                throw new ExtractionFailedException("limit_exceeded", $"The {what} file nests elements deeper than {maxDepth} levels.");
            }

            if (++nodes % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
