using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Shared.Storage;

/// <summary>Which blob store holds file bytes, and the local folder the file-system store (and every archive spool) uses.</summary>
public sealed class BlobStoreOptions
{
    public const string Section = "Storage";

    /// <summary>Root folder for blobs; relative paths are resolved against the working directory.</summary>
    [Required]
    public string Root { get; set; } = ".data/files";

    /// <summary>auto, filesystem or postgres (LG_BLOB_STORE); see <see cref="BlobStoreChoice"/>.</summary>
    [Required]
    [RegularExpression("^(auto|filesystem|postgres)$", ErrorMessage = "Storage:Kind must be auto, filesystem or postgres.")]
    public string Kind { get; set; } = "auto";
}
