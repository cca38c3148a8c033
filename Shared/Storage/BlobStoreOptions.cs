using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Shared.Storage;

/// <summary>Where the file-system blob store keeps its bytes.</summary>
public sealed class BlobStoreOptions
{
    public const string Section = "Storage";

    /// <summary>Root folder for blobs; relative paths are resolved against the working directory.</summary>
    [Required]
    public string Root { get; set; } = ".data/files";
}
