namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Reads a DXF stream (ASCII or binary, R12 and older up to R2018) into a <see cref="DxfDrawing"/>.</summary>
public static class DxfReader
{
    /// <summary>Reads the sections that matter for cutting; tolerant of missing sections, stray tags and trash after EOF.</summary>
    public static DxfDrawing Read(Stream stream, DxfReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DxfReadOptions.Default;
        using var t = DxfTokenizer.Open(stream, options);
        var drawing = new DxfDrawing { IsBinary = t.IsBinary };
        var sections = new SectionReader(t, drawing, new DxfEntityBudget(options.MaxEntities, cancellationToken));
        t.Next();
        while (!t.AtEnd)
        {
            if (t.Is(0, "SECTION"u8))
            {
                sections.Read();
            }
            else if (t.Is(0, "EOF"u8))
            {
                break;
            }
            else
            {
                t.Next(); // e.g. an ENDSEC without SECTION, as dxflib writes
            }
        }

        // Some writers put modelspace into the *Model_Space block instead of the ENTITIES section.
        if (drawing.Blocks.TryGetValue("*Model_Space", out var model) && model.Entities.Count > 0)
        {
            drawing.Entities.AddRange(model.Entities);
        }

        drawing.Encoding = t.Decoder.EncodingName;
        drawing.Recoveries.AddRange(t.Recoveries);
        return drawing;
    }

    /// <summary>Reads one section at a time, leaving the tokenizer on the tag that follows it.</summary>
    private sealed class SectionReader(DxfTokenizer t, DxfDrawing drawing, DxfEntityBudget budget)
    {
        private readonly DxfEntityReader _entities = new(t);

        public void Read()
        {
            t.Next();
            var name = t.Code == 2 ? t.String : "";
            t.Next();
            switch (name)
            {
                case "HEADER": DxfHeaderReader.Read(t, drawing); break;
                case "TABLES": ReadTables(); break;
                case "BLOCKS": ReadBlocks(); break;
                case "ENTITIES": ReadEntities(); break;
                default: SkipToSectionEnd(); break;
            }

            if (t.Is(0, "ENDSEC"u8))
            {
                t.Next();
            }
        }

        private bool AtSectionEnd() =>
            t.AtEnd || (t.Code == 0 && (t.Raw.SequenceEqual("ENDSEC"u8) || t.Raw.SequenceEqual("SECTION"u8) || t.Raw.SequenceEqual("EOF"u8)));

        private void SkipToSectionEnd()
        {
            while (!AtSectionEnd())
            {
                t.Next();
            }
        }

        private void ReadTables()
        {
            var inLayer = false;
            while (!AtSectionEnd())
            {
                if (t.Code == 0)
                {
                    inLayer = t.Raw.SequenceEqual("LAYER"u8);
                }
                else if (t.Code == 2 && inLayer)
                {
                    drawing.LayerTable.Add(t.String);
                    inLayer = false;
                }

                t.Next();
            }
        }

        private void ReadEntities()
        {
            SkipToEntityStart();
            while (!AtSectionEnd())
            {
                var e = _entities.Read();
                budget.Count();
                if (_entities.LastWasPaperspace)
                {
                    drawing.PaperspaceEntities++;
                }
                else if (e is not (DxfVertex or DxfOtherEntity { Type: "SEQEND" or "ENDBLK" or "BLOCK" }))
                {
                    drawing.Entities.Add(e);
                }
            }
        }

        private void ReadBlocks()
        {
            SkipToEntityStart();
            while (!AtSectionEnd())
            {
                if (!t.Raw.SequenceEqual("BLOCK"u8))
                {
                    _entities.Read(); // a stray entity or ENDBLK outside a block
                    continue;
                }

                var block = ReadBlockHeader();
                while (!AtSectionEnd() && !t.Raw.SequenceEqual("ENDBLK"u8) && !t.Raw.SequenceEqual("BLOCK"u8))
                {
                    block.Entities.Add(_entities.Read());
                    budget.Count();
                }

                if (t.Raw.SequenceEqual("ENDBLK"u8))
                {
                    _entities.Read();
                }
            }
        }

        private DxfBlock ReadBlockHeader()
        {
            string name = "", owner = "";
            var basePoint = default(DxfVec);
            while (t.Next() && t.Code != 0)
            {
                switch (t.Code)
                {
                    case 2: name = t.String; break;
                    case 330: owner = t.String; break;
                    case 10: basePoint.X = t.Double; break;
                    case 20: basePoint.Y = t.Double; break;
                    case 30: basePoint.Z = t.Double; break;
                }
            }

            if (name.StartsWith("*Paper_Space", StringComparison.OrdinalIgnoreCase) && owner.Length > 0)
            {
                _entities.AddPaperspaceOwner(owner);
            }

            var block = new DxfBlock(name) { BasePoint = basePoint };
            drawing.Blocks[name] = block;
            return block;
        }

        private void SkipToEntityStart()
        {
            while (!t.AtEnd && t.Code != 0)
            {
                t.Next();
            }
        }
    }
}
