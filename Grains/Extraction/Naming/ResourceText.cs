using System.Reflection;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Reads the default data files shipped inside the assembly.</summary>
internal static class ResourceText
{
    public static string Read(string logicalName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded resource '{logicalName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
