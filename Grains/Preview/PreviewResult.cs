namespace LaserGrains.Grains.Preview;

/// <summary>One rendered preview: the SVG, whether it was simplified, and how many vertices it draws.</summary>
public sealed record PreviewResult(string Svg, bool Simplified, int Vertices);
