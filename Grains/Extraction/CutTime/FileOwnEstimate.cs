using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>A cut estimate from the seconds a file's own layer settings give (LightBurn speed and passes).</summary>
public static class FileOwnEstimate
{
    public const string Basis = "the file's own layer speeds and passes (pierce time not included)";

    public static CutEstimate From(double cutLengthMm, double secondsPerPart, int quantity)
    {
        var q = Math.Max(1, quantity);
        var speed = secondsPerPart > 0 ? Math.Round(cutLengthMm / secondsPerPart * 60, 1) : 0;
        return new CutEstimate(secondsPerPart, 0, secondsPerPart, Math.Round(secondsPerPart * q, 1), speed, Basis);
    }
}
