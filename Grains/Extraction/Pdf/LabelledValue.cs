namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>A value found beside (or below) a title-block label, with how sure the layout makes us.</summary>
internal sealed record LabelledValue(string Value, double Confidence);
