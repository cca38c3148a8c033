using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Gateway.Ingest;

/// <summary>A parsed upload: the files already in the blob store, and the plain form fields.</summary>
public sealed record UploadForm(IReadOnlyList<UploadedFile> Files, IReadOnlyDictionary<string, string> Fields);

/// <summary>One uploaded file, stored, with the name the client gave it.</summary>
public sealed record UploadedFile(string Filename, BlobRef Blob);
