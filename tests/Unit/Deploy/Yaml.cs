using YamlDotNet.RepresentationModel;

namespace LaserGrains.Tests.Unit.Deploy;

/// <summary>Just enough YAML reading for the deployment files: documents, child lookup, and merge keys (<c>&lt;&lt;: *x</c>) applied.</summary>
internal static class Yaml
{
    public static IReadOnlyList<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    /// <summary>The mapping's entries with merge keys resolved, as compose reads them (an entry of its own wins).</summary>
    public static Dictionary<string, YamlNode> Entries(YamlNode? node)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map) return entries;
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (name == "<<")
            {
                foreach (var (k, v) in Entries(value)) entries.TryAdd(k, v);
            }
            else
            {
                entries[name] = value;
            }
        }

        return entries;
    }

    public static YamlNode? At(YamlNode? node, params string[] path)
    {
        foreach (var step in path)
        {
            if (node is null || !Entries(node).TryGetValue(step, out node)) return null;
        }

        return node;
    }

    public static string? Text(YamlNode? node) => (node as YamlScalarNode)?.Value;

    /// <summary>The scalars of a sequence (compose's short secret list, a label list).</summary>
    public static IEnumerable<string> Items(YamlNode? node) =>
        node is YamlSequenceNode seq ? seq.Children.Select(c => Text(c) ?? Text(At(c, "source")) ?? "") : [];

    /// <summary>A mapping's scalar values (environment, ConfigMap data, labels).</summary>
    public static Dictionary<string, string> Scalars(YamlNode? node) =>
        Entries(node).Where(e => e.Value is YamlScalarNode).ToDictionary(e => e.Key, e => Text(e.Value) ?? "", StringComparer.Ordinal);
}
