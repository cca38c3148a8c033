using LaserGrains.Grains.Files;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Files;

public sealed class MetadataDiffTests
{
    [Fact]
    public void Changed_ValueChangedOrAdded_NamesTheFields()
    {
        var before = new FileMetadata { PartName = F("Bracket"), ThicknessMm = new MetadataField<double>(5, MetadataSource.Filename, 0.8) };
        var after = new FileMetadata
        {
            PartName = F("Bracket", MetadataSource.Content),
            ThicknessMm = new MetadataField<double>(6, MetadataSource.Content, 0.9),
            ClientCode = F("CL0001"),
        };

        Assert.Equal(["client_code", "thickness_mm"], MetadataDiff.Changed(before, after));
    }

    private static MetadataField<string> F(string v, MetadataSource s = MetadataSource.Filename) => new(v, s, 0.8);
}
