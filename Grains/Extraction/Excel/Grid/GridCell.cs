namespace LaserGrains.Grains.Extraction.Excel.Grid;

/// <summary>One cell's text; <see cref="Unknown"/> when a formula's result could not be known (text is then null).</summary>
internal readonly record struct GridCell(string? Text, bool Unknown = false);
