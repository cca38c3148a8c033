namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Counts entities against the limit and checks for cancellation every few hundred.</summary>
internal sealed class DxfEntityBudget(int maxEntities, CancellationToken cancellationToken)
{
    private int _count;

    public int Used => _count;

    public void Count(int n = 1)
    {
        _count += n;
        if (_count > maxEntities)
        {
            throw new ExtractionFailedException(
                "limit_exceeded", $"The DXF drawing has more than {maxEntities} entities (after expanding blocks).");
        }

        if ((_count & 255) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
