namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Reads the HEADER variables the extractor needs and sets the text encoding from them.</summary>
internal static class DxfHeaderReader
{
    public static void Read(DxfTokenizer t, DxfDrawing drawing)
    {
        string? variable = null;
        while (!t.AtEnd && t.Code != 0)
        {
            if (t.Code == 9)
            {
                variable = t.String;
            }
            else
            {
                switch (variable)
                {
                    case "$ACADVER" when t.Code == 1: drawing.Version = t.String; break;
                    case "$INSUNITS" when t.Code == 70: drawing.InsUnits = t.Int; break;
                    case "$MEASUREMENT" when t.Code == 70: drawing.Measurement = t.Int; break;
                    case "$DWGCODEPAGE" when t.Code == 3: drawing.CodePage = t.String; break;
                }
            }

            t.Next();
        }

        // Text after the header is decoded with the file's own encoding: UTF-8 from R2007 (AC1021) on.
        if (drawing.Version is { } v && string.CompareOrdinal(v, "AC1021") >= 0)
        {
            t.Decoder.SetUtf8();
        }
        else
        {
            t.Decoder.SetCodePage(drawing.CodePage);
        }
    }
}
