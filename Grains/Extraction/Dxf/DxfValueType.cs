namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>How a group code's value is stored; binary DXF needs it to know how many bytes follow.</summary>
internal enum DxfValueType
{
    String,
    Double,
    Int16,
    Int32,
    Int64,
    Bool,
    Binary,
}
