using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads a cell's value as text, evaluating formulas when no cached result was saved; null text means unknown.</summary>
internal static partial class CellReading
{
    private const int MaxFormulaLength = 256;

    /// <summary>The cell's text; <paramref name="unknown"/> is set when a formula's result cannot be known.</summary>
    public static string? Text(IXLCell cell, out bool unknown)
    {
        unknown = false;
        if (!cell.HasFormula) return Plain(cell.Value);

        if (Plain(cell.CachedValue) is { } cached) return cached;
        if (Evaluate(cell) is { } evaluated) return evaluated;
        unknown = true;
        return null;
    }

    /// <summary>Text for search: formulas contribute only a result that is already known.</summary>
    public static string? SearchText(IXLCell cell) => cell.HasFormula ? Plain(cell.CachedValue) : Plain(cell.Value);

    private static string? Evaluate(IXLCell cell)
    {
        var formula = cell.FormulaA1;
        // Whole-column or whole-row references make ClosedXML walk a million cells: treat them as unknown.
        if (formula.Length > MaxFormulaLength || WholeLineReference().IsMatch(formula)) return null;
        try
        {
            // Value evaluates in the sheet's context (cell references); EvaluateExpr covers constant expressions.
            return Plain(cell.Value) ?? Plain(XLWorkbook.EvaluateExpr(formula));
        }
#pragma warning disable CA1031 // ClosedXML's calc engine throws many types for formulas it cannot evaluate: all mean "unknown".
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static string? Plain(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) || s.StartsWith('#') ? null : s.Trim(),
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() is { Length: > 0 } t ? t : null,
    };

    [GeneratedRegex(@"(?:\$?[A-Z]{1,3}:\$?[A-Z]{1,3}\b)|(?:\b\$?\d+:\$?\d+\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeLineReference();
}
