namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>One cut curve (one entity after block expansion): a slice of the shared point buffer plus its true length.</summary>
internal readonly record struct CurveRecord(int Start, int Count, double Length, bool Closed, int Layer, double SpatialLength);
