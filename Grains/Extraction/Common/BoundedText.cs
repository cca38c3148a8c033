using System.Text;

namespace LaserGrains.Grains.Extraction.Common;

/// <summary>Collects search text up to a fixed length so one huge file cannot bloat the catalogue.</summary>
internal sealed class BoundedText(int maxChars = BoundedText.DefaultMaxChars)
{
    public const int DefaultMaxChars = 200_000;

    private readonly StringBuilder _text = new();

    public bool Truncated { get; private set; }

    public bool IsFull => _text.Length >= maxChars;

    /// <summary>Appends one line; later lines are dropped once the limit is reached.</summary>
    public void AppendLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        var room = maxChars - _text.Length;
        if (room <= 0)
        {
            Truncated = true;
            return;
        }

        var trimmed = line.Trim();
        if (trimmed.Length + 1 > room)
        {
            Truncated = true;
            _text.Append(trimmed.AsSpan(0, Math.Max(0, room - 1)));
            _text.Append('\n');
            return;
        }

        _text.Append(trimmed).Append('\n');
    }

    public string? ToStringOrNull() => _text.Length == 0 ? null : _text.ToString().TrimEnd('\n');
}
