using System.Globalization;

namespace LaserGrains.Grains.Extraction.Svg;

/// <summary>Flattens SVG path data ("d") into subpaths: every command of SVG 1.1, absolute and relative; stops at the first error as SVG does.</summary>
internal static class SvgPathData
{
    public static List<(List<(double X, double Y)> Points, bool Closed)> Read(string d, Vector.PointBudget budget, CancellationToken cancellationToken)
    {
        var result = new List<(List<(double X, double Y)> Points, bool Closed)>();
        var r = new Cursor(d);
        List<(double X, double Y)>? current = null;
        (double X, double Y) pen = (0, 0), start = (0, 0), lastControl = (0, 0);
        var command = '\0';
        var previous = '\0';
        var commands = 0;
        var spent = 0;
        while (r.More())
        {
            if (++commands % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            Pay();

            if (r.Letter() is { } letter) command = letter;
            else if (command is '\0' or 'z' or 'Z') break;
            var rel = char.IsLower(command);
            // Relative points are relative to the pen where the command starts: compute them before moving it.
            (double X, double Y) At(double x, double y) => rel ? (pen.X + x, pen.Y + y) : (x, y);
            var upper = char.ToUpperInvariant(command);
            if (upper == 'Z')
            {
                Pay();
                if (current is { Count: > 1 }) result.Add((current, true));
                current = null;
                spent = 0;
                pen = start;
                previous = 'Z';
                continue;
            }

            if (!r.Numbers(Arity(upper), out var n)) break;
            if (upper == 'M')
            {
                Pay();
                if (current is { Count: > 1 }) result.Add((current, false));
                pen = start = At(n[0], n[1]);
                current = [pen];
                spent = 0;
                command = rel ? 'l' : 'L';
                previous = 'M';
                continue;
            }

            current ??= [pen];
            var from = pen;
            switch (upper)
            {
                case 'L': pen = At(n[0], n[1]); current.Add(pen); break;
                case 'H': pen = (rel ? pen.X + n[0] : n[0], pen.Y); current.Add(pen); break;
                case 'V': pen = (pen.X, rel ? pen.Y + n[0] : n[0]); current.Add(pen); break;
                case 'C':
                    var first = At(n[0], n[1]);
                    lastControl = At(n[2], n[3]);
                    pen = At(n[4], n[5]);
                    Vector.Curves.AddCubic(current, from, first, lastControl, pen);
                    break;
                case 'S':
                    var c1 = previous is 'C' or 'S' ? Reflect(lastControl, from) : from;
                    lastControl = At(n[0], n[1]);
                    pen = At(n[2], n[3]);
                    Vector.Curves.AddCubic(current, from, c1, lastControl, pen);
                    break;
                case 'Q':
                    lastControl = At(n[0], n[1]);
                    pen = At(n[2], n[3]);
                    Vector.Curves.AddQuadratic(current, from, lastControl, pen);
                    break;
                case 'T':
                    lastControl = previous is 'Q' or 'T' ? Reflect(lastControl, from) : from;
                    pen = At(n[0], n[1]);
                    Vector.Curves.AddQuadratic(current, from, lastControl, pen);
                    break;
                case 'A':
                    pen = At(n[5], n[6]);
                    SvgArc.Add(current, from, n[0], n[1], n[2], n[3] != 0, n[4] != 0, pen);
                    break;
                default: return result;
            }

            previous = upper;
        }

        if (current is { Count: > 1 }) result.Add((current, false));
        return result;

        // Points are paid for as they are made, so one path of a million curves is refused early.
        void Pay()
        {
            if (current is null) return;
            budget.Spend(current.Count - spent);
            spent = current.Count;
        }
    }

    private static int Arity(char upper) => upper switch { 'M' or 'L' or 'T' => 2, 'H' or 'V' => 1, 'C' => 6, 'S' or 'Q' => 4, 'A' => 7, _ => 0 };

    private static (double X, double Y) Reflect((double X, double Y) control, (double X, double Y) about) => ((2 * about.X) - control.X, (2 * about.Y) - control.Y);

    private sealed class Cursor(string text)
    {
        private int at;

        public bool More()
        {
            Skip();
            return at < text.Length;
        }

        public char? Letter()
        {
            Skip();
            return at < text.Length && char.IsAsciiLetter(text[at]) && text[at] is not ('e' or 'E') ? text[at++] : null;
        }

        // An arc's two flags may be written without separators ("a5 5 0 013 4"): read them as single digits.
        public bool Numbers(int count, out double[] values)
        {
            values = new double[count];
            for (var i = 0; i < count; i++)
            {
                Skip();
                if (count == 7 && i is 3 or 4)
                {
                    if (at >= text.Length || text[at] is not ('0' or '1')) return false;
                    values[i] = text[at++] - '0';
                    continue;
                }

                var m = SvgNumbers.Number().Match(text, at);
                if (!m.Success || m.Index != at || !double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i])) return false;
                at += m.Length;
            }

            return true;
        }

        private void Skip()
        {
            while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == ',')) at++;
        }
    }
}
