namespace LaserGrains.LoadGen.Measure;

/// <summary>Something that runs statements of its own on the measured database, so they can be subtracted.</summary>
public interface IStatementCounter
{
    long Statements { get; }
}
