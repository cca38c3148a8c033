namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Walks modelspace, expanding INSERTs, and turns every cut entity into world-space curves.</summary>
internal sealed class DxfGeometryWalker(DxfDrawing drawing, CurveCollector sink, DxfAnalyzerOptions options, CancellationToken cancellationToken)
{
    private readonly HashSet<string> _expanding = new(StringComparer.OrdinalIgnoreCase);
    private readonly DxfEntityBudget _budget = new(options.MaxEntities, cancellationToken);
    private readonly DxfCurveEmitter _emit = new(sink, options.ChordTolerance);

    public Dictionary<string, int> EntityCounts { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Layers { get; } = new(StringComparer.Ordinal);

    public List<DxfTextItem> Texts { get; } = [];

    public List<string> MissingBlocks { get; } = [];

    /// <summary>Told of every entity that became a curve, with its world transform and curve index (the preview draws arcs from it).</summary>
    public Action<DxfEntity, Affine2, int>? CurveAdded { get; init; }

    public void WalkModelspace()
    {
        foreach (var e in drawing.Entities)
        {
            EntityCounts[e.Type] = EntityCounts.GetValueOrDefault(e.Type) + 1;
        }

        Walk(drawing.Entities, Affine2.Identity, 1, null, 0);
    }

    private void Walk(List<DxfEntity> entities, Affine2 xf, double zScale, string? parentLayer, int depth)
    {
        foreach (var e in entities)
        {
            _budget.Count();
            var layer = parentLayer is not null && e.Layer == "0" ? parentLayer : e.Layer;
            Layers.Add(layer);
            switch (e)
            {
                case DxfInsert insert: Expand(insert, xf, zScale, layer, depth); break;
                case DxfText text: AddText(text, xf, layer); break;
                default: Emit(e, xf, layer, zScale); break;
            }
        }
    }

    private void Emit(DxfEntity e, Affine2 xf, string layer, double zScale)
    {
        var before = sink.Curves.Count;
        _emit.Emit(e, xf, layer, zScale);
        if (CurveAdded is not null && sink.Curves.Count > before) CurveAdded(e, xf, before);
    }

    private void Expand(DxfInsert insert, Affine2 xf, double zScale, string layer, int depth)
    {
        foreach (var attrib in insert.Attributes)
        {
            AddText(attrib, xf, layer);
        }

        if (!drawing.Blocks.TryGetValue(insert.BlockName, out var block))
        {
            MissingBlocks.Add(insert.BlockName);
            return;
        }

        if (_expanding.Contains(block.Name))
        {
            throw new ExtractionFailedException(
                "block_recursion", $"The DXF block \"{block.Name}\" includes itself (directly or through other blocks); the drawing cannot be expanded.");
        }

        if (depth + 1 > options.MaxNestingDepth)
        {
            throw new ExtractionFailedException(
                "limit_exceeded", $"The DXF blocks are nested more than {options.MaxNestingDepth} levels deep.");
        }

        var ocs = Affine2.Ocs(insert.Extrusion, insert.Insertion.Z);
        var rotation = Affine2.Rotation(insert.RotationDeg * Math.PI / 180);
        var place = Affine2.Translation(insert.Insertion.X, insert.Insertion.Y).Then(ocs).Then(xf);
        var local = Affine2.Translation(-block.BasePoint.X, -block.BasePoint.Y).Then(Affine2.Scaling(insert.Scale.X, insert.Scale.Y));
        _expanding.Add(block.Name);
        for (var row = 0; row < insert.Rows; row++)
        {
            for (var col = 0; col < insert.Columns; col++)
            {
                // MINSERT spacing is measured in the rotated but unscaled frame of the insert.
                var cell = local.Then(Affine2.Translation(col * insert.ColumnSpacing, row * insert.RowSpacing)).Then(rotation).Then(place);
                Walk(block.Entities, cell, zScale * Math.Abs(insert.Scale.Z), layer, depth + 1);
            }
        }

        _expanding.Remove(block.Name);
    }

    private void AddText(DxfText text, Affine2 xf, string layer)
    {
        var p = text.Type == "TEXT" || text.Type == "ATTDEF" || text.Type == "ATTRIB"
            ? Affine2.Ocs(text.Extrusion, text.Position.Z).Then(xf).Apply(text.Position.X, text.Position.Y)
            : xf.Apply(text.Position.X, text.Position.Y);
        Texts.Add(new DxfTextItem(text.Type, text.Value, p.X, p.Y, layer));
    }
}
