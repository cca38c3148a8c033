namespace LaserGrains.Grains.Preview;

/// <summary>What a contour is for the cutter; each role has its own CSS class in the preview.</summary>
public enum ContourRole
{
    Outer,
    Hole,
    Open,
    Duplicate,
}
