using LaserGrains.Gateway.Ingest;
using Xunit;

namespace LaserGrains.Tests.Unit.Architecture;

/// <summary>The gateway is an Orleans client: it uses the grain contracts and the shared library, never the grain implementation or its parsers.</summary>
public sealed class GatewayReferencesTests
{
    [Fact]
    public void GatewayAssembly_ReferencesNoGrainImplementationOrParser()
    {
        var referenced = typeof(IngestService).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("LaserGrains.Grains.Interfaces", referenced);
        Assert.Contains("LaserGrains.Shared", referenced);
        Assert.DoesNotContain("LaserGrains.Grains", referenced);
        Assert.DoesNotContain(referenced, name => name.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal)
            || name is "ClosedXML" or "MetadataExtractor" or "Microsoft.Orleans.Runtime" or "Orleans.Runtime");
    }
}
