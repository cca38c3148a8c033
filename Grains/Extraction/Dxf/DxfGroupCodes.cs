namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>The DXF reference's table of value types by group-code range.</summary>
internal static class DxfGroupCodes
{
    /// <summary>The value type of <paramref name="code"/>; unknown codes are strings so they can be skipped.</summary>
    public static DxfValueType TypeOf(int code) => code switch
    {
        >= 0 and <= 9 => DxfValueType.String,
        >= 10 and <= 59 => DxfValueType.Double,
        >= 60 and <= 79 => DxfValueType.Int16,
        >= 90 and <= 99 => DxfValueType.Int32,
        >= 110 and <= 149 => DxfValueType.Double,
        >= 160 and <= 169 => DxfValueType.Int64,
        >= 170 and <= 179 => DxfValueType.Int16,
        >= 210 and <= 239 => DxfValueType.Double,
        >= 270 and <= 289 => DxfValueType.Int16,
        >= 290 and <= 299 => DxfValueType.Bool,
        >= 310 and <= 319 => DxfValueType.Binary,
        >= 370 and <= 389 => DxfValueType.Int16,
        >= 400 and <= 409 => DxfValueType.Int16,
        >= 420 and <= 429 => DxfValueType.Int32,
        >= 440 and <= 459 => DxfValueType.Int32,
        >= 460 and <= 469 => DxfValueType.Double,
        1004 => DxfValueType.Binary,
        >= 1010 and <= 1059 => DxfValueType.Double,
        >= 1060 and <= 1070 => DxfValueType.Int16,
        1071 => DxfValueType.Int32,
        _ => DxfValueType.String,
    };
}
