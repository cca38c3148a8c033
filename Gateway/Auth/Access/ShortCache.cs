using System.Collections.Concurrent;

namespace LaserGrains.Gateway.Auth.Access;

/// <summary>A bounded cache whose entries live at most <see cref="Lifetime"/>: how long a revoked key, link or session may still work.</summary>
public sealed class ShortCache<TValue>(TimeProvider time)
    where TValue : class
{
    /// <summary>The bound docs/SECURITY.md promises for revocations to reach every gateway.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (TValue? Value, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    /// <summary>The cached value for <paramref name="key"/>, or a fresh one from <paramref name="load"/> (null values are cached too).</summary>
    public async Task<TValue?> GetAsync(string key, Func<Task<TValue?>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var hit) && hit.Until > now) return hit.Value;
        var value = await load();
        // Unknown tokens are cached too, so guessing cannot hammer the database; past the bound start over.
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = (value, now + Lifetime);
        return value;
    }

    public void Forget(string key) => _entries.TryRemove(key, out _);
}
