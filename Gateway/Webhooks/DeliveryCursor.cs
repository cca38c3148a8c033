using System.Globalization;
using System.Text;
using LaserGrains.Grains.Interfaces.Webhooks;

namespace LaserGrains.Gateway.Webhooks;

/// <summary>The opaque cursors of the delivery lists: where the next page starts. Anything this API did not hand out is a <see cref="FormatException"/>.</summary>
public static class DeliveryCursor
{
    private const string Refused = "'cursor' is not a cursor this API handed out; start again without it.";

    public static string Encode(DeadLetterPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $"{position.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{position.EventId}"));
    }

    public static string Encode(long before) => before.ToString(CultureInfo.InvariantCulture);

    /// <summary>The dead letter after which the page starts; null for the first page.</summary>
    public static DeadLetterPosition? DeadLetter(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && bar < text.Length - 1 && long.TryParse(text[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTime.MaxValue.Ticks)
            {
                return new DeadLetterPosition(new DateTimeOffset(ticks, TimeSpan.Zero), text[(bar + 1)..]);
            }
        }
        catch (FormatException)
        {
            // Not base64: refused below like any other foreign cursor.
        }

        throw new FormatException(Refused);
    }

    /// <summary>The attempt id below which the page starts; null for the first page.</summary>
    public static long? Attempt(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        return long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : throw new FormatException(Refused);
    }
}
