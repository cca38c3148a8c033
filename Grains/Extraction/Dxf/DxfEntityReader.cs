namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Reads one entity (with its VERTEX/ATTRIB followers) from a tokenizer positioned at its 0/TYPE tag.</summary>
internal sealed class DxfEntityReader(DxfTokenizer tokenizer)
{
    private readonly HashSet<string> _paperspaceOwners = new(StringComparer.OrdinalIgnoreCase);

    public bool LastWasPaperspace { get; private set; }

    /// <summary>Handles of *Paper_Space block records: entities owned by them are not modelspace.</summary>
    public void AddPaperspaceOwner(string handle) => _paperspaceOwners.Add(handle);

    /// <summary>Reads the entity whose type tag is current; leaves the tokenizer on the next 0 tag (or at the end).</summary>
    public DxfEntity Read()
    {
        var type = tokenizer.String;
        var entity = Create(type);
        ReadTags(entity);
        if (entity is DxfPolyline { Type: "POLYLINE" } polyline)
        {
            ReadFollowers(polyline, null);
        }
        else if (entity is DxfInsert insert)
        {
            ReadFollowers(null, insert);
        }

        return entity;
    }

    private void ReadTags(DxfEntity entity)
    {
        var t = tokenizer;
        var paper = false;
        var ext = DxfVec.UnitZ;
        var embedded = false;
        while (t.Next() && t.Code != 0)
        {
            switch (t.Code)
            {
                case 8: entity.Layer = t.String; break;
                case 67: paper = t.Long == 1; break;
                case 210: ext.X = t.Double; break;
                case 220: ext.Y = t.Double; break;
                case 230: ext.Z = t.Double; break;
                case 330 when _paperspaceOwners.Count > 0: paper |= _paperspaceOwners.Contains(t.String); break;
                case 101: embedded = true; break; // MTEXT embedded objects repeat geometry codes
                case >= 1000 or 102 or 100 or 5 or 105: break;
                default:
                    if (!embedded)
                    {
                        entity.ReadTag(t);
                    }

                    break;
            }
        }

        entity.Extrusion = ext;
        entity.Complete();
        LastWasPaperspace = paper;
    }

    /// <summary>Reads VERTEX (into <paramref name="polyline"/>) or ATTRIB (into <paramref name="insert"/>) up to SEQEND.</summary>
    private void ReadFollowers(DxfPolyline? polyline, DxfInsert? insert)
    {
        var followerType = polyline is not null ? "VERTEX" : "ATTRIB";
        var paper = LastWasPaperspace;
        var t = tokenizer;
        while (t.Code == 0 && !t.AtEnd)
        {
            var isFollower = t.Raw.SequenceEqual(followerType == "VERTEX" ? "VERTEX"u8 : "ATTRIB"u8);
            if (!isFollower && !t.Raw.SequenceEqual("SEQEND"u8))
            {
                break;
            }

            var e = Create(isFollower ? followerType : "SEQEND");
            ReadTags(e);
            if (isFollower)
            {
                // Not a lambda: a closure per POLYLINE/INSERT was an allocation on every one of them.
                if (polyline is not null) polyline.Add((DxfVertex)e);
                else insert!.Attributes.Add((DxfText)e);
            }
            else
            {
                break;
            }
        }

        LastWasPaperspace = paper;
    }

    private static DxfEntity Create(string type) => type switch
    {
        "LINE" => new DxfLine(),
        "CIRCLE" => new DxfCircle(),
        "ARC" => new DxfArc(),
        "ELLIPSE" => new DxfEllipse(),
        "LWPOLYLINE" or "POLYLINE" => new DxfPolyline(type),
        "VERTEX" => new DxfVertex(),
        "SPLINE" => new DxfSpline(),
        "POINT" => new DxfPointEntity(),
        "TEXT" or "MTEXT" or "ATTRIB" or "ATTDEF" => new DxfText(type),
        "INSERT" => new DxfInsert(),
        _ => new DxfOtherEntity(type),
    };
}
