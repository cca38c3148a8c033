namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>One primitive of a Path: a line or a cubic Bézier from vertex <see cref="From"/> to vertex <see cref="To"/>.</summary>
internal readonly record struct PathPrim(bool Bezier, int From, int To);
